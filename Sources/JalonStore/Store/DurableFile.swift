import Foundation

/// Writes a whole file so that a crash leaves either the old file or the new one, never a mix:
/// temporary file in the same folder, fsync, rename over the target, fsync of the folder.
public enum DurableFile {
    public static func write(_ bytes: [UInt8], to path: String, fileSystem: any StoreFileSystem = POSIXStoreFileSystem()) throws(StoreIOError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/.\(url.lastPathComponent).tmp-\(UUID().uuidString.lowercased())"
        do {
            try fileSystem.writeDurably(bytes, toNewFile: temporary)
            try fileSystem.rename(temporary, to: path)
            try fileSystem.syncDirectory(folder)
        } catch {
            try? fileSystem.remove(temporary)
            throw error
        }
    }
}
