import JalonCore
import JalonStore

/// Load, change, save: every command that changes a project goes through here, so each change is
/// exactly one revision based on the revision it read (a concurrent save is a conflict, exit 75) and a
/// change that throws saves nothing.
@discardableResult
func mutateProject(_ global: GlobalOptions, _ id: ProjectID, author: RevisionAuthor = .person,
                   _ change: (inout Project) throws -> String) throws -> Project {
    try mutateProject(in: global.repository(), id, author: author, change).project
}

/// The same, in a repository already open (`jalon demo` runs every step in one process).
@discardableResult
func mutateProject(in repository: ProjectRepository, _ id: ProjectID, author: RevisionAuthor = .person,
                   _ change: (inout Project) throws -> String) throws -> (project: Project, revision: RevisionInfo) {
    let loaded = try repository.load(id)
    var project = loaded.project
    let message = try change(&project)
    project.metadata.updated = .now()
    let revision = try repository.save(project, basedOn: loaded.revision.number, author: author, message: message)
    return (project, revision)
}

/// Today, as a plan day: dates in the past are refused against it.
func today() -> Day { Timestamp.now().day }

/// The next free identifier `prefixN` among `existing` (`a1`, `a2`… for actions, `n1`… for notes).
func nextLocalID<Kind>(prefix: String, after existing: [LocalID<Kind>]) -> LocalID<Kind> {
    LocalID.next(prefix: prefix, after: existing)
}
