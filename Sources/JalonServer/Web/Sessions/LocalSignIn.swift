import JalonCore

extension JalonApplication {
    /// The subject of the person who runs `jalon open` on their own computer.
    public static let localPerson = "local"

    /// A single-use sign-in path for the person of `project` (`jalon open`): a project not yet linked
    /// to anyone is linked to the local person; one linked to a person opens as that person.
    public static func localSignInPath(services: ServerServices, project: ProjectID) throws -> String {
        _ = try services.repository.store.history(of: project)  // an unknown project fails here, before any link is written
        let links = try services.links.update(project) { links in
            var changed = links ?? ProjectLinks(project: project, portal: localPerson)
            if changed.person == nil { changed.person = localPerson }
            links = changed
        }
        let token = try services.web.issueLink(role: .person, subject: links?.person ?? localPerson, project: project)
        return "/connexion/" + token
    }
}
