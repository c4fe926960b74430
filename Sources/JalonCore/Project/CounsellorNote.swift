/// A counsellor's remark on one section of the project. The status follows the usual reading grid of
/// a guidance interview: what the person can lean on, what they need, what is still unexplored.
public struct CounsellorNote: Hashable, Sendable, Identifiable {
    public enum Status: String, CaseIterable, Sendable, CustomStringConvertible {
        case pointAppui = "point-appui"
        case besoin
        case nonExplore = "non-explore"
        public var description: String { rawValue }
    }

    public let id: NoteID
    public var auteur: String
    /// The counsellor's service ("Mission locale de Dijon"), if given.
    public var structure: String?
    public var date: Timestamp
    public var section: Step
    public var status: Status
    public var texte: String

    public init(
        id: NoteID, auteur: String, structure: String? = nil, date: Timestamp, section: Step,
        status: Status, texte: String
    ) {
        self.id = id
        self.auteur = auteur
        self.structure = structure
        self.date = date
        self.section = section
        self.status = status
        self.texte = texte
    }
}
