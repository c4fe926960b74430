import Foundation

/// Runs Debian's `xmllint` (package libxml2-utils) as an independent referee for the schema: if
/// Jalon's validation and xmllint's ever disagree, one of them is wrong about the format.
enum Xmllint {
    struct Verdict {
        var valid: Bool
        /// Lines of the errors xmllint reported, in order (`FILE:LINE: … error : …`).
        var errorLines: [Int]
        var output: String
    }

    /// The executable found on PATH, or nil when libxml2-utils is not installed.
    static let path: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/xmllint" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var isAvailable: Bool { path != nil }

    static func validate(_ file: URL, schema: URL) throws -> Verdict {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = ["--noout", "--schema", schema.path, file.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        let prefix = file.path + ":"
        let lines = output.split(separator: "\n").compactMap { line -> Int? in
            guard line.hasPrefix(prefix), line.contains("error") else { return nil }
            return Int(line.dropFirst(prefix.count).prefix { $0.isNumber })
        }
        return Verdict(valid: process.terminationStatus == 0, errorLines: lines, output: output)
    }
}
