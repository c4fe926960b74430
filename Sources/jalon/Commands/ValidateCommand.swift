import ArgumentParser
import Foundation
import JalonStore
import JalonXML

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: L("Vérifie des documents projet XML (structure, version, schéma).", "Checks XML project documents (structure, version, schema)."),
        discussion: L(
            """
            Code de sortie 0 si tous sont valides, 1 sinon ; une ligne par erreur : FICHIER:LIGNE:COL: message.
            Exemple : jalon validate Samples/*.xml
            """,
            """
            Exit code 0 when all are valid, else 1; one line per error: FILE:LINE:COL: message.
            Example: jalon validate Samples/*.xml
            """))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOutputOptions
    @Argument(help: ArgumentHelp(L("Fichiers à vérifier.", "Files to check."), valueName: "FILE")) var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError(L("indiquez au moins un fichier.", "name at least one file.")) }
    }

    struct FileResult: Encodable {
        var file: String
        var valid: Bool
        var version: String?
        var errors: [Diagnostic]
    }

    struct Diagnostic: Encodable {
        var line: Int
        var column: Int
        var message: String
    }

    func run() throws {
        let loader = ProjectDocumentLoader()
        let results = files.map { check($0, loader: loader) }
        if output.json {
            try JSONOutput.print(results)
        } else {
            for result in results {
                if result.valid {
                    print(L("\(result.file) : valide (format \(result.version ?? "?"))", "\(result.file): valid (format \(result.version ?? "?"))"))
                }
                for error in result.errors {
                    let place = error.line > 0 ? "\(result.file):\(error.line):\(error.column)" : result.file
                    printRaw("\(place): \(error.message)")
                }
            }
        }
        if results.contains(where: { !$0.valid }) { throw ExitCode(JalonExitCode.invalidData) }
    }

    private func check(_ file: String, loader: ProjectDocumentLoader) -> FileResult {
        let bytes: [UInt8]
        do { bytes = try readInputFile(file) } catch {
            return FileResult(file: file, valid: false, errors: [Diagnostic(line: 0, column: 0, message: error.reason)])
        }
        do {
            let loaded = try loader.load(bytes: bytes, sourceName: file)
            return FileResult(file: file, valid: true, version: loaded.originalVersion.description, errors: [])
        } catch {
            return FileResult(file: file, valid: false, errors: Self.diagnostics(of: error))
        }
    }

    /// One entry per problem; schema errors keep libxml2's line and message, the others say what
    /// Jalon expected.
    static func diagnostics(of error: ProjectLoadError) -> [Diagnostic] {
        if case .invalid(let diagnostics) = error {
            return diagnostics.map { Diagnostic(line: $0.line, column: $0.column, message: $0.message) }
        }
        return [
            Diagnostic(
                line: error.location?.line ?? 0, column: error.location?.column ?? 0,
                message: error.reason(in: RunLanguage.current))
        ]
    }
}

/// A diagnostic line on stderr, without the `jalon:` prefix, so editors can jump to FILE:LINE:COL.
func printRaw(_ line: String) {
    writeStandardError(line)
}
