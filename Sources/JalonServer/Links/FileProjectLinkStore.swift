import Foundation
import JalonCore
import JalonStore
import Synchronization

/// Links as `STORE/links/<project id>.json`, each replaced whole by `DurableFile` (temporary file,
/// fsync, rename, fsync of the folder): a crash leaves the old links or the new ones.
public final class FileProjectLinkStore: ProjectLinkStore {
    public let folder: String
    /// Serialises writers inside this process; links are written by the portal only, rarely.
    private let writing = Mutex(())

    public init(storeRoot: String) throws {
        folder = storeRoot + "/links"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func path(of project: ProjectID) -> String { folder + "/" + project.rawValue + ".json" }

    public func links(of project: ProjectID) throws -> ProjectLinks? {
        guard let data = FileManager.default.contents(atPath: path(of: project)) else { return nil }
        return try JSONDecoder().decode(ProjectLinks.self, from: data)
    }

    public func save(_ links: ProjectLinks) throws {
        guard let id = ProjectID(links.project) else { throw CocoaError(.fileWriteInvalidFileName) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let bytes = Array(try encoder.encode(links))
        try writing.withLock { _ in try DurableFile.write(bytes, to: path(of: id)) }
    }

    public func projects(sharedWith counsellor: String) throws -> [ProjectID] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        return try names.sorted().compactMap { name -> ProjectID? in
            guard name.hasSuffix(".json"), !name.hasPrefix("."), let id = ProjectID(String(name.dropLast(5))) else { return nil }
            return try links(of: id)?.counsellors.contains(counsellor) == true ? id : nil
        }
    }
}
