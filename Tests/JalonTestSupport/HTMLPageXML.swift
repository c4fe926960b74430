import JalonXML

/// Jalon's HTML pages (the dossier, the caseload review) are also well-formed XML once HTML5's
/// `<!DOCTYPE html>` line is set aside: the hardened parser refuses every DOCTYPE, so the tests read
/// the rest with it, as any XML input.
public enum HTMLPageXML {
    public static let doctype = "<!DOCTYPE html>\n"

    public struct MissingDoctype: Error, CustomStringConvertible {
        public var description: String { "the page does not start with the HTML5 doctype line" }
    }

    /// The page after its doctype line, parsed by JalonXML; throws when the line is missing or the
    /// rest is not well-formed.
    public static func parse(_ html: String, sourceName: String) throws -> XMLDocument {
        guard html.hasPrefix(doctype) else { throw MissingDoctype() }
        return try XMLDocument(bytes: Array(html.utf8.dropFirst(doctype.utf8.count)), sourceName: sourceName)
    }
}
