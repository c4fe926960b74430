import JalonCore
import JalonStore

/// The person's consent, applied to every view the API gives a counsellor (`ProjectViewer`): `load()`
/// hands every handler the project as this caller may see it, and the derived views (history,
/// differences, exports, the dossier list) ask `viewer`.
extension RouteCall {
    var viewer: ProjectViewer { ProjectViewer(role: authenticated.role, subject: authenticated.subject) }

    /// What this caller may see of `project`; nil for the person, who sees everything.
    func grant(of project: Project) -> Grant? { viewer.grant(of: project) }

    /// The latest revision as this caller may see it.
    func load() async throws -> ProjectRepository.Loaded {
        var loaded = try await loadStored()
        loaded.project = viewer.seen(loaded.project)
        return loaded
    }

}
