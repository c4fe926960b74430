import JalonCore

extension ProjectRepository {
    /// A change saved: the project as saved, its revision, and what the change returned.
    public struct Mutation<Result> {
        public var project: Project
        public var revision: RevisionInfo
        public var result: Result
    }

    /// Load, change, save, as one revision based on the revision read: `base`, when given, must be the
    /// latest (else `StoreError.conflict`, nothing computed); the store's compare-and-set refuses a save
    /// that lost a race the same way. A change that throws saves nothing.
    public func mutate<Result>(
        _ id: ProjectID, basedOn base: Int? = nil, author: RevisionAuthor,
        _ change: (inout Project) throws -> (message: String, result: Result)
    ) throws -> Mutation<Result> {
        let loaded = try load(id)
        if let base, base != loaded.revision.number {
            throw RepositoryError.store(.conflict(id, expected: base, actual: loaded.revision.number))
        }
        var project = loaded.project
        let (message, result) = try change(&project)
        let revision = try save(project, basedOn: loaded.revision.number, author: author, message: message)
        return Mutation(project: project, revision: revision, result: result)
    }

    /// One `ProjectEdit` applied and saved as one revision (see above): the one way every door changes a project.
    public func mutate<Edit: ProjectEdit>(
        _ id: ProjectID, basedOn base: Int? = nil, author: RevisionAuthor,
        in context: EditContext, _ edit: Edit
    ) throws -> Mutation<EditResult<Edit.Change>> {
        try mutate(id, basedOn: base, author: author) { project in
            let result = try edit.apply(to: &project, in: context)
            return (result.message, result)
        }
    }
}
