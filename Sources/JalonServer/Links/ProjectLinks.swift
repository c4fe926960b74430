import JalonCore

/// Who may see a project: the portal that created it, the person it belongs to, the counsellors it
/// is shared with. Subjects are the tokens' subjects.
public struct ProjectLinks: Sendable, Equatable, Codable {
    public var project: String
    public var portal: String
    public var person: String?
    public var counsellors: [String]

    public init(project: ProjectID, portal: String, person: String? = nil, counsellors: [String] = []) {
        self.project = project.rawValue
        self.portal = portal
        self.person = person
        self.counsellors = counsellors
    }

    /// Whether `caller` is linked to the project at all (else the project does not exist for them).
    public func admits(_ caller: Caller) -> Bool {
        switch caller.role {
        case .person: person == caller.subject
        case .counsellor: counsellors.contains(caller.subject)
        case .portal: portal == caller.subject
        }
    }
}

/// Where links live. The file store keeps one file per project beside the projects; a shared database
/// can take its place when several servers run (docs/serveur.md, « Passer à plusieurs machines »).
public protocol ProjectLinkStore: Sendable {
    /// The links of `project`, nil when it has none (then nobody but an administrator can reach it).
    func links(of project: ProjectID) throws -> ProjectLinks?
    /// Reads, changes and writes the links of `project` as one step that no other change (from this
    /// process or another server) can interleave with; `change` gets nil for a project without links,
    /// and setting nil removes them.
    @discardableResult
    func update(_ project: ProjectID, _ change: (inout ProjectLinks?) throws -> Void) throws -> ProjectLinks?
    /// The projects shared with `counsellor`.
    func projects(sharedWith counsellor: String) throws -> [ProjectID]
}
