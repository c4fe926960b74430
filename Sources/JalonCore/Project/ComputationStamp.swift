/// What produced a saved result: the catalogue version, the instant, the engine version. Kept with the
/// result so a counsellor reading it months later knows which data and which rules gave those scores.
public struct ComputationStamp: Hashable, Sendable {
    /// The catalogue's version string as it states it (free text, e.g. the catalogue version and its
    /// sources' versions).
    public var catalogue: String
    public var computed: Timestamp
    /// The engine's version (`JalonVersion.current` when it ran).
    public var engine: String

    public init(catalogue: String, computed: Timestamp, engine: String) {
        self.catalogue = catalogue
        self.computed = computed
        self.engine = engine
    }
}
