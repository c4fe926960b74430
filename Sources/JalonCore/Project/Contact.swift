/// How a counsellor may reach the person, only if the person chose to say.
public struct Contact: Hashable, Sendable {
    public var courriel: String?
    public var telephone: String?

    public init(courriel: String? = nil, telephone: String? = nil) {
        self.courriel = courriel
        self.telephone = telephone
    }
}
