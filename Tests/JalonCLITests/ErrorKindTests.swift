import Foundation
import Testing

/// Every error type in `Sources/` says its kind (`LocalizedFailure.failureKind`, JalonLocale), from which
/// the CLI's exit code and the API's status are derived by exhaustive switches; the compiler checks the
/// switches, this test checks that no error type escapes them and that every code is documented.
@Suite struct ErrorKindTests {
    /// Errors that are not failures of their own: each door's rendering of one, or a carrier that never
    /// leaves its module. Each with the reason it may stay outside.
    static let renderings: [String: String] = [
        "CommandFailure": "the CLI's rendering: a sentence and the exit code already derived from a kind",
        "InputFileError": "the CLI's rendering of a file named on the command line (66 or 74)",
        "Problem": "the API's rendering: an RFC 9457 problem with its status already chosen",
        "PageFailure": "the web pages' rendering: a status and a sentence",
        "FormErrors": "the web forms' rendering: the fields at fault, shown on the page again",
        "LHEOReadFailure": "carried inside JalonLHEO's reader, turned into a LHEOFeedReader.Problem",
        "Problems": "a list of LHEOFeedReader.Problem, each with its kind",
        "UnknownShareWord": "a parse result the CLI and the API turn into a usage error naming the word"
    ]

    /// `(type name, file)` of every type declared in Sources whose inheritance clause names `Error`.
    static func errorTypes() throws -> [(name: String, file: String, conformance: String)] {
        let sources = JalonProcess.repositoryRoot.appendingPathComponent("Sources")
        let declaration = try NSRegularExpression(pattern: #"(?:enum|struct|class|actor)\s+(\w+)\s*:\s*([^{]+)\{"#)
        var found: [(String, String, String)] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for match in declaration.matches(in: text, range: range) {
                let name = String(text[Range(match.range(at: 1), in: text)!])
                let clause = text[Range(match.range(at: 2), in: text)!].split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                if clause.contains("Error") || clause.contains("LocalizedFailure") {
                    found.append((name, url.lastPathComponent, clause.joined(separator: ", ")))
                }
            }
        }
        return found
    }

    @Test func everyErrorTypeSaysItsKind() throws {
        let types = try Self.errorTypes()
        #expect(types.count >= 30, "the scan found \(types.count) error types: the pattern no longer matches the sources")
        let sources = try Self.allSources()
        for type in types where Self.renderings[type.name] == nil {
            let conforms =
                type.conformance.contains("LocalizedFailure") || sources.contains("extension \(type.name): LocalizedFailure")
                || sources.contains(".\(type.name): LocalizedFailure")
            #expect(conforms, "\(type.name) (\(type.file)) is an Error without a kind: adopt LocalizedFailure, or list it as a rendering with why")
        }
        // The exempt list stays true: every name in it is still an error type of the sources.
        for name in Self.renderings.keys {
            #expect(types.contains { $0.name == name }, "\(name) is listed as a rendering but no longer declared")
        }
    }

    @Test func everyKindHasADocumentedExitCodeAndStatus() throws {
        let readme = try String(contentsOf: JalonProcess.repositoryRoot.appendingPathComponent("docs/commandes.md"), encoding: .utf8)
        let exitCodes = try #require(readme.range(of: "Codes de sortie").map { String(readme[$0.lowerBound...].prefix(900)) })
        let kindFile = try String(contentsOf: JalonProcess.repositoryRoot.appendingPathComponent("Sources/JalonLocale/FailureKind.swift"), encoding: .utf8)
        // The kind table's rows: `| `kind` — … | exit | status |`.
        let rows = kindFile.split(separator: "\n").filter { $0.hasPrefix("/// | `") }
        let kinds = try #require(kindFile.range(of: "case ").map { kindFile[$0.upperBound...].prefix { $0 != "\n" } })
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(kinds.count == 7)
        // The CLI's switch (`JalonExitCode.code(for:)`) read from its source: `case .kind: name`, `static let name: Int32 = N`.
        let reporting = try String(
            contentsOf: JalonProcess.repositoryRoot.appendingPathComponent("Sources/jalon/Support/FailureReporting.swift"), encoding: .utf8)
        let constants = Dictionary(
            uniqueKeysWithValues: reporting.split(separator: "\n").compactMap { line -> (String, String)? in
                let words = line.split(whereSeparator: { " :=".contains($0) })
                guard words.count == 5, words[0] == "static", words[1] == "let", words[3] == "Int32" else { return nil }
                return (String(words[2]), String(words[4]))
            })
        for kind in kinds {
            let line = try #require(reporting.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("case .\(kind): ") })
            let name = line.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)
            let row = try #require(kindFile.split(separator: "\n").first { $0.hasPrefix("/// | `\(kind)`") })
            #expect(
                row.contains("| \(constants[name] ?? "?") |"), "\(kind): the CLI gives \(name) = \(constants[name] ?? "?"), FailureKind's table says otherwise")
        }
        for kind in kinds {
            let row = try #require(rows.first { $0.contains("`\(kind)`") }, "\(kind) has no row in FailureKind's table")
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let exit = cells[cells.count - 2], status = cells[cells.count - 1]
            #expect(exitCodes.contains("`\(exit)`"), "exit code \(exit) of \(kind) is not in docs/commandes.md « Codes de sortie »")
            #expect(["400", "404", "409", "422", "500", "503"].contains(status), "\(kind): \(status)")
        }
    }

    static func allSources() throws -> String {
        let sources = JalonProcess.repositoryRoot.appendingPathComponent("Sources")
        var text = ""
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        for case let url as URL in files where url.pathExtension == "swift" { text += try String(contentsOf: url, encoding: .utf8) }
        return text
    }
}
