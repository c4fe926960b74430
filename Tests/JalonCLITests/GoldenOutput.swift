import Foundation
import Testing

/// A command's output compared with its golden file (`Tests/JalonCLITests/Golden/`), once what changes
/// from run to run is normalised. A difference fails with the first differing line; a missing golden
/// fails too. To accept new outputs: `JALON_UPDATE_GOLDEN=1 swift test --skip-build --filter Golden`,
/// then review `git diff Tests/JalonCLITests/Golden`. An update run still records an issue for every
/// file it rewrites, so it can never pass unnoticed.
struct GoldenOutput {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var isUpdating: Bool { ProcessInfo.processInfo.environment["JALON_UPDATE_GOLDEN"] == "1" }

    /// Paths of this run (the store, temporary folders), replaced by a placeholder.
    var paths: [(path: String, placeholder: String)]

    /// Ids, today's and later dates, instants and fingerprints become placeholders; past dates (the
    /// catalogue's sources) stay, since they do not change from run to run.
    func normalised(_ text: String) -> String {
        var text = text
        for (path, placeholder) in paths.sorted(by: { $0.path.count > $1.path.count }) {
            text = text.replacingOccurrences(of: path, with: placeholder)
        }
        text = Self.replace(#"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"#, in: text) { _ in "<ID>" }
        text = Self.replace(#"(sha256:)?[0-9a-f]{64}"#, in: text) { _ in "<FINGERPRINT>" }
        text = Self.replace(#"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?"#, in: text) { _ in "<INSTANT>" }
        let today = Self.today
        text = Self.replace(#"\b\d{4}-\d{2}-\d{2}\b"#, in: text) { date in date >= today ? "<DATE>" : date }
        return text
    }

    /// Checks `output` (normalised) against `Golden/name`.
    func check(_ output: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = normalised(output)
        let url = Self.folder.appendingPathComponent(name)
        let expected = try? String(contentsOf: url, encoding: .utf8)
        guard expected != actual else { return }
        if Self.isUpdating {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record(
                    "golden \(name) rewritten (JALON_UPDATE_GOLDEN=1): review git diff, then run again without it",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("golden \(name) could not be written: \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected else {
            Issue.record(
                "golden \(name) missing: create it with JALON_UPDATE_GOLDEN=1 swift test --skip-build --filter Golden",
                sourceLocation: sourceLocation)
            return
        }
        let want = expected.components(separatedBy: "\n"), got = actual.components(separatedBy: "\n")
        let line = zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(want.count, got.count)
        Issue.record(
            """
            output differs from golden \(name) at line \(line + 1) (JALON_UPDATE_GOLDEN=1 to accept after review)
              golden: \(line < want.count ? want[line] : "<end>")
              actual: \(line < got.count ? got[line] : "<end>")
            """, sourceLocation: sourceLocation)
    }

    static var today: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    private static func replace(_ pattern: String, in text: String, with replacement: (String) -> String) -> String {
        let expression = try! NSRegularExpression(pattern: pattern)
        let source = text as NSString
        let result = NSMutableString(string: text)
        for match in expression.matches(in: text, range: NSRange(location: 0, length: source.length)).reversed() {
            result.replaceCharacters(in: match.range, with: replacement(source.substring(with: match.range)))
        }
        return result as String
    }
}
