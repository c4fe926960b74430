/// Who made a revision: the person, their counsellor, the portal acting for them, or Jalon itself
/// (a migration, a restore).
public struct RevisionAuthor: Sendable, Equatable, Hashable {
    public enum Role: String, Sendable, CaseIterable, Hashable {
        case person
        case counsellor
        case portal
        case jalon

        public var frenchName: String {
            switch self {
            case .person: "personne"
            case .counsellor: "conseiller"
            case .portal: "portail"
            case .jalon: "Jalon"
            }
        }
    }

    public var role: Role
    /// A display name or pseudonym; nil when not given.
    public var name: String?

    public init(role: Role, name: String? = nil) {
        self.role = role
        self.name = name
    }

    public static let person = RevisionAuthor(role: .person)
}
