import Foundation
import JalonCatalogue

/// Where the real open data lives for tests: `../shared/data` next to the repository, found from
/// this file's path so that tests do not depend on the working directory.
enum TestData {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The data folder, or nil when this checkout has none next to it.
    static let folder: String? = {
        let candidate = repository.deletingLastPathComponent().appendingPathComponent("shared/data").path
        return FileManager.default.fileExists(atPath: candidate + "/rome-4.0-v460") ? candidate : nil
    }()

    static var isAvailable: Bool { folder != nil }

    static func path(_ relative: String) -> String { folder! + "/" + relative }

    /// One import shared by the tests that need it (an import takes seconds in debug builds).
    static let imported: Result<CatalogueImporter.Output, ImportError>? = folder.map { folder in
        Result { () throws(ImportError) in try CatalogueImporter(dataFolder: folder).build() }
    }

    static func importedCatalogue() throws -> (output: CatalogueImporter.Output, catalogue: Catalogue) {
        let output = try imported!.get()
        return (output, try Catalogue(data: Data(output.bytes), source: "import de test"))
    }

    static let bundledArtifact = repository.appendingPathComponent("Resources/" + Catalogue.bundledPath).path
    static var isBundled: Bool { FileManager.default.fileExists(atPath: bundledArtifact) }
}
