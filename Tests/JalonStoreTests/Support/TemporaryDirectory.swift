import Foundation

/// A fresh folder under the system's temporary folder, removed when the value goes.
final class TemporaryDirectory {
    let path: String

    init(_ label: String = "jalon-test") {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString.lowercased())").path
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }
}
