import Foundation
import Hummingbird
import JalonLocale

/// `limit` and an opaque `cursor` on the lists that grow with use (history, notes, dossiers). The body
/// stays the list; the next page is named by `Link: <…>; rel="next"` (RFC 8288), absent on the last.
/// The cursor holds the key of the last item shown, not an offset, so items added meanwhile neither
/// repeat nor go missing; it names its list, so a history cursor cannot page through notes.
struct Pagination: Sendable {
    static let defaultLimit = 100, maximumLimit = 500

    let list: String
    let limit: Int
    /// The key of the last item of the previous page; nil on the first.
    let after: String?

    init(_ call: RouteCall, list: String) throws {
        self.list = list
        limit = try call.integerQuery("limit", in: 1...Self.maximumLimit, default: Self.defaultLimit)
        let language = call.language
        after = try call.query("cursor").map { text in
            guard let data = Base64URL.decode(text), let decoded = String(data: data, encoding: .utf8),
                decoded.hasPrefix(list + ":")
            else {
                throw Problem.badRequest(
                    language.pick(
                        fr: "cursor : curseur illisible ou d’une autre liste (reprenez le lien « next » reçu)",
                        en: "cursor: unreadable or from another list (use the 'next' link received)"), language)
            }
            return String(decoded.dropFirst(list.count + 1))
        }
    }

    /// The page of `items` (in their stable order) and the headers naming the next page.
    func page<Item>(_ items: [Item], key: (Item) -> String, _ call: RouteCall) throws -> (items: [Item], headers: HTTPFields) {
        var start = 0
        if let after {
            guard let index = items.firstIndex(where: { key($0) == after }) else {
                throw Problem.badRequest(
                    call.language.pick(
                        fr: "cursor : l’élément où reprendre n’existe plus ; recommencez sans cursor",
                        en: "cursor: the item to resume after no longer exists; start again without cursor"), call.language)
            }
            start = index + 1
        }
        let shown = Array(items[start..<min(items.count, start + limit)])
        guard start + limit < items.count, let last = shown.last else { return (shown, [:]) }
        let cursor = Base64URL.encode(Data((list + ":" + key(last)).utf8))
        // `Link` (RFC 8288), which HTTPTypes does not name.
        return (shown, [.init("Link")!: "<\(call.request.uri.path)?limit=\(limit)&cursor=\(cursor)>; rel=\"next\""])
    }
}

extension RouteCall {
    /// An integer query parameter within `range`: 400 naming the parameter and the range when it is not
    /// one (never silently clamped), `defaultValue` when absent.
    func integerQuery(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int) throws -> Int {
        guard let text = query(name) else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw Problem.badRequest(
                language.pick(
                    fr: "\(name) : un nombre de \(range.lowerBound) à \(range.upperBound) (reçu « \(text) »)",
                    en: "\(name): a number from \(range.lowerBound) to \(range.upperBound) (got '\(text)')"), language)
        }
        return value
    }
}
