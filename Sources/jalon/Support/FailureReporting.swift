import ArgumentParser
import Foundation
import JalonCore
import JalonLocale
import JalonServer
import JalonStore
import JalonXML

/// Exit codes (documented in docs/commandes.md): 0 success, 1 invalid data or problems found, 64 usage,
/// 65 some input files unreadable (the output lists them), 66 project, revision or file not found,
/// 69 a service Jalon needs is missing (Chromium, the database), 70 a defect of Jalon,
/// 74 read/write error, 75 conflict (try again).
enum JalonExitCode {
    static let invalidData: Int32 = 1
    /// A bad argument found only once the catalogue or the project is read (an unknown OGR code).
    static let usage: Int32 = 64
    /// `review`: some files could not be read; the output is complete and says which and why.
    static let unreadableInput: Int32 = 65
    static let notFound: Int32 = 66
    static let ioError: Int32 = 74
    static let conflict: Int32 = 75
    static let unavailable: Int32 = 69
    static let internalError: Int32 = 70

    /// Every error's exit code, from its kind: a new kind does not compile until it has one.
    static func code(for kind: FailureKind) -> Int32 {
        switch kind {
        case .invalidInput: invalidData
        case .usage: usage
        case .notFound: notFound
        case .conflict: conflict
        case .io: ioError
        case .unavailable: unavailable
        case .internalError: internalError
        }
    }
}

/// A failure already phrased for the person, with its exit code.
struct CommandFailure: Error {
    var message: String
    var exitCode: Int32
}

extension CommandFailure {
    init(_ failure: any LocalizedFailure, exitCode: Int32? = nil) {
        self.init(message: failure.message(in: RunLanguage.current), exitCode: exitCode ?? Self.exitCode(for: failure))
    }

    /// By the error's kind; an error that says none is a defect of Jalon (70).
    static func exitCode(for failure: any Error) -> Int32 {
        (failure as? any LocalizedFailure).map { JalonExitCode.code(for: $0.failureKind) } ?? JalonExitCode.internalError
    }
}

/// Runs a command body and turns every error into one sentence on stderr and a non-zero exit:
/// no Swift error dump or backtrace ever reaches the person.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as CommandFailure {
        printError(failure.message)
        throw ExitCode(failure.exitCode)
    } catch let failure as InputFileError {
        printError(failure.failure.message)
        throw ExitCode(failure.failure.exitCode)
    } catch let failure as any LocalizedFailure {
        printError(failure.message(in: RunLanguage.current))
        throw ExitCode(CommandFailure.exitCode(for: failure))
    } catch let exit as ExitCode {
        throw exit
    } catch let usage as ValidationError {
        // A value checked again inside the body (a date against today): still a usage error, exit 64.
        throw usage
    } catch {
        printError(L("erreur inattendue : \(error)", "unexpected error: \(error)"))
        throw ExitCode(JalonExitCode.internalError)
    }
}

func printError(_ message: String) {
    writeStandardError(TerminalStyle.standardError.paint("jalon:", .red) + " " + message)
}

/// A line on stderr, best effort. `FileHandle.write(_:)` traps when write(2) fails (stderr on a full
/// disk; found with libfiu), turning a clean exit code into a crash and a backtrace; the throwing
/// variant does not, and with stderr itself broken there is nowhere left to report to.
func writeStandardError(_ line: String) {
    try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
}

/// Bytes on stdout; a failed write is an I/O error (exit 74), not a crash.
func writeStandardOutput(_ data: Data) throws(CommandFailure) {
    do { try FileHandle.standardOutput.write(contentsOf: data) } catch {
        throw CommandFailure(
            message: L(
                "sortie standard : écriture impossible (\(error.localizedDescription))",
                "standard output: cannot write (\(error.localizedDescription))"),
            exitCode: JalonExitCode.ioError)
    }
}

/// A file the person named that cannot be read.
struct InputFileError: Error {
    var path: String
    var missing: Bool

    var reason: String { missing ? L("fichier introuvable", "no such file") : L("lecture impossible", "cannot be read") }
    var failure: CommandFailure {
        CommandFailure(message: "\(path) : \(reason)", exitCode: missing ? JalonExitCode.notFound : JalonExitCode.ioError)
    }
}

/// Reads a file the person named (`-` is standard input).
func readInputFile(_ path: String) throws(InputFileError) -> [UInt8] {
    if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
    guard FileManager.default.fileExists(atPath: path) else { throw InputFileError(path: path, missing: true) }
    guard let data = FileManager.default.contents(atPath: path) else { throw InputFileError(path: path, missing: false) }
    return [UInt8](data)
}

/// Writes to `-o FILE` crash-safely (temp file, fsync, rename, fsync of the folder), or to stdout.
func writeOutput(_ bytes: [UInt8], to path: String?) throws {
    guard let path, path != "-" else {
        return try writeStandardOutput(Data(bytes))
    }
    do {
        try DurableFile.write(bytes, to: path)
    } catch {
        throw CommandFailure(
            message: L("\(path) : écriture impossible (\(error))", "\(path): cannot write (\(error))"),
            exitCode: JalonExitCode.ioError)
    }
}
