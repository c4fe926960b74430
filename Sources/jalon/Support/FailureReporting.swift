import ArgumentParser
import Foundation
import JalonLocale
import JalonStore
import JalonXML

/// Exit codes (documented in README): 0 success, 1 invalid data or problems found, 64 usage,
/// 66 project, revision or file not found, 74 read/write error, 75 conflict (try again).
enum JalonExitCode {
    static let invalidData: Int32 = 1
    static let notFound: Int32 = 66
    static let ioError: Int32 = 74
    static let conflict: Int32 = 75
    static let internalError: Int32 = 70
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

    static func exitCode(for failure: any Error) -> Int32 {
        switch failure {
        case let error as RepositoryError:
            switch error {
            case .store(let store): return exitCode(for: store)
            case .load, .decoding: return JalonExitCode.invalidData
            }
        case let error as StoreError:
            switch error {
            case .projectNotFound, .revisionNotFound: return JalonExitCode.notFound
            case .conflict: return JalonExitCode.conflict
            case .io: return JalonExitCode.ioError
            case .corruptRevision, .invalidDocument: return JalonExitCode.invalidData
            }
        default:
            return JalonExitCode.invalidData
        }
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
    } catch {
        printError(L("erreur inattendue : \(error)", "unexpected error: \(error)"))
        throw ExitCode(JalonExitCode.internalError)
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("jalon: " + message + "\n").utf8))
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
        FileHandle.standardOutput.write(Data(bytes))
        return
    }
    do {
        try DurableFile.write(bytes, to: path)
    } catch {
        throw CommandFailure(message: L("\(path) : écriture impossible (\(error))", "\(path): cannot write (\(error))"),
                             exitCode: JalonExitCode.ioError)
    }
}
