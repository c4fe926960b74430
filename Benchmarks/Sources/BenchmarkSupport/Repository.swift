import Foundation

/// The Jalon repository this package sits in, wherever the benchmark is run from.
public enum Repository {
    /// `…/Benchmarks/Sources/BenchmarkSupport/Repository.swift`, four levels up.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// A path under the repository, from a relative one (`Resources/Schemas/dossier-1.0.xsd`).
    public static func path(_ relative: String) -> String { root + "/" + relative }

    /// How the release `jalon` is built, at the repository root: the Swift runtime and Foundation linked
    /// in (start-up, docs/performances.md), in a scratch folder of its own so that it never invalidates
    /// the debug build the tests use.
    public static let releaseBuildCommand =
        "swift build -c release --static-swift-stdlib --product jalon --scratch-path .build-release"

    /// The release `jalon` the whole-process benchmarks run: `JALON_BINARY`, else the one
    /// `releaseBuildCommand` builds.
    public static var releaseJalon: String {
        ProcessInfo.processInfo.environment["JALON_BINARY"] ?? path(".build-release/release/jalon")
    }

    /// Stops the benchmark with the command to run when the release `jalon` is missing.
    public static func requireReleaseJalon(_ binary: String = releaseJalon) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchmarkFailure("\(binary) not found: run `\(releaseBuildCommand)` at the repository root (or set JALON_BINARY)")
        }
        return binary
    }

    /// An executable named on PATH (`python3`), or the name itself.
    public static func executable(_ command: String) -> String {
        if command.hasPrefix("/") { return command }
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/\(command)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return command
    }
}
