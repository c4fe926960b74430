/// What a token holder is to Jalon. Each role sees only the projects linked to its subject.
public enum Role: String, Sendable, Codable, CaseIterable, Hashable {
    /// The person whose project it is.
    case person
    /// A guidance counsellor the person shared the project with.
    case counsellor
    /// A regional portal: creates projects and links them to people and counsellors.
    case portal
}
