/// One problem libxml2 reported (a schema violation, most often), with its place in the document.
public struct XMLDiagnostic: Sendable, Equatable, CustomStringConvertible {
    public var location: XMLSourceLocation
    /// libxml2's own message, in English, without its trailing newline.
    public var message: String

    public init(location: XMLSourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    public var line: Int { location.line }
    public var column: Int { location.column }
    public var sourceName: String { location.sourceName }

    /// `FILE:LINE:COL: message`.
    public var description: String { "\(location): \(message)" }
}
