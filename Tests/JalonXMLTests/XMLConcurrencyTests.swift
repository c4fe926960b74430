import JalonXML
import Testing

/// JalonXML collects libxml2's reports through per-thread handlers and per-context errors. Parsing
/// and fingerprinting on many threads at once must keep every report with its own document.
@Suite("Parallel parsing keeps each report with its document")
struct XMLConcurrencyTests {
    /// One job: a malformed document, a document C14N refuses, and a good one, all named `n`.
    static func run(_ n: Int) -> [String] {
        var problems: [String] = []
        let name = "doc-\(n).xml"
        do {
            _ = try XMLDocument(bytes: Array("<e\(n)><x></e\(n)>".utf8), sourceName: name)
            problems.append("\(name): malformed document accepted")
        } catch {
            if error.location.sourceName != name || !error.detail.contains("e\(n)") {
                problems.append("\(name): report of another document? \(error)")
            }
        }
        do {
            let relative = try XMLDocument(bytes: Array(#"<r\#(n) xmlns="rel\#(n)"/>"#.utf8), sourceName: name)
            _ = try relative.fingerprint()
            problems.append("\(name): relative namespace canonicalised")
        } catch {
            if error.kind != .canonicalization || error.location.sourceName != name || error.detail.isEmpty {
                problems.append("\(name): \(error)")
            }
        }
        do {
            let good = try XMLDocument(bytes: Array(#"<g xmlns="urn:g" n="\#(n)"/>"#.utf8), sourceName: name)
            let fingerprint = try good.fingerprint()
            if good.root?.attribute("n") != "\(n)" || fingerprint.count != 64 {
                problems.append("\(name): good document misread")
            }
        } catch {
            problems.append("\(name): good document refused: \(error)")
        }
        return problems
    }

    @Test func manyParsesAtOnce() async {
        let problems = await withTaskGroup(of: [String].self) { group in
            for n in 0..<400 {
                group.addTask { Self.run(n) }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }
}
