/// A French region by its INSEE code, as InserJeunes uses them.
public struct Region: Sendable, Equatable, Hashable {
    public let code: String
    public let name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    /// The service's home region, the default for insertion rates.
    public static let bourgogneFrancheComteCode = "27"
}
