import Foundation

/// The identity of a project document, stable across saves, exports and revisions.
public struct ProjectID: Hashable, Sendable, CustomStringConvertible {
    public let uuid: UUID

    public init(_ uuid: UUID = UUID()) { self.uuid = uuid }

    /// Accepts the canonical 8-4-4-4-12 form in either case.
    public init?(_ text: String) {
        guard let uuid = UUID(uuidString: text) else { return nil }
        self.uuid = uuid
    }

    /// Lower case, as RFC 9562 recommends and the schema requires.
    public var rawValue: String { uuid.uuidString.lowercased() }
    public var description: String { rawValue }
}
