import Foundation
import JalonCore
import JalonStore
import Synchronization

/// Links as `STORE/links/<project id>.json`, each replaced whole by `DurableFile` (temporary file,
/// fsync, rename, fsync of the folder): a crash leaves the old links or the new ones. Changes hold
/// `STORE/links/.lock` (flock), so two servers over one folder never interleave theirs.
public final class FileProjectLinkStore: ProjectLinkStore {
    public let folder: String
    private let fileSystem = POSIXStoreFileSystem()
    /// flock does not order threads of one process holding separate descriptors fairly: a mutex first.
    private let writing = Mutex(())

    /// A folder that cannot be made is a `StoreError` naming it (a read-only store: « accès refusé »).
    public init(storeRoot: String) throws {
        folder = storeRoot + "/links"
        do throws(StoreIOError) { try POSIXStoreFileSystem().makeDirectory(folder) } catch { throw StoreError.io(error) }
    }

    private func path(of project: ProjectID) -> String { folder + "/" + project.rawValue + ".json" }

    public func links(of project: ProjectID) throws -> ProjectLinks? {
        guard let data = FileManager.default.contents(atPath: path(of: project)) else { return nil }
        return try JSONDecoder().decode(ProjectLinks.self, from: data)
    }

    @discardableResult
    public func update(_ project: ProjectID, _ change: (inout ProjectLinks?) throws -> Void) throws -> ProjectLinks? {
        try writing.withLock { _ in
            let lock = try fileSystem.lockExclusively(folder + "/.lock")
            return try withExtendedLifetime(lock) {
                let before = try self.links(of: project)
                var links = before
                try change(&links)
                guard let links else {
                    // Set to nil: the project's links go (an erasure), file and all.
                    if before != nil {
                        try fileSystem.remove(path(of: project))
                        try fileSystem.syncDirectory(folder)
                    }
                    return nil
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                try DurableFile.write(Array(try encoder.encode(links)), to: path(of: project))
                return links
            }
        }
    }

    public func projects(sharedWith counsellor: String) throws -> [ProjectID] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        return try names.sorted().compactMap { name -> ProjectID? in
            guard name.hasSuffix(".json"), !name.hasPrefix("."), let id = ProjectID(String(name.dropLast(5))) else { return nil }
            return try links(of: id)?.counsellors.contains(counsellor) == true ? id : nil
        }
    }
}
