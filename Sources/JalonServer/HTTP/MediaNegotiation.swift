import Hummingbird

/// `Accept` negotiation, simply: the first offered type the header accepts (by q-value order, `*/*` and
/// `type/*` included); no header means the first offered.
enum MediaNegotiation {
    static func choose(_ request: Request, offered: [String]) -> String? {
        guard let header = request.headers[.accept], !header.trimmingCharacters(in: .whitespaces).isEmpty else { return offered.first }
        let ranges = header.split(separator: ",").compactMap { part -> (range: String, q: Double)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let range = pieces.first, !range.isEmpty else { return nil }
            let q = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (range, q)
        }.filter { $0.q > 0 }.sorted { $0.q > $1.q }
        for (range, _) in ranges {
            if let match = offered.first(where: { accepts(range, $0) }) { return match }
        }
        return nil
    }

    private static func accepts(_ range: String, _ type: String) -> Bool {
        if range == "*/*" || range == type { return true }
        return range.hasSuffix("/*") && type.hasPrefix(range.dropLast())
    }
}
