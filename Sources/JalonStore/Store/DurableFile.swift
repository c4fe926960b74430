import Foundation

#if canImport(Glibc)
    import Glibc
#else
    #error("Jalon's file store is written for Linux (glibc's readdir, fsync, O_DIRECTORY): see Package.swift")
#endif

/// Writes a whole file so that a crash leaves either the old file or the new one, never a mix:
/// temporary file in the same folder, fsync, rename over the target, fsync of the folder.
///
/// Only a regular file (or a new path) is replaced: a device, a FIFO or a socket already at `path` is
/// written through, as `cat > path` would. Renaming over `/dev/null` would replace the system's device
/// node with a plain file; over a FIFO, leave its reader with nothing.
public enum DurableFile {
    public static func write(_ bytes: [UInt8], to path: String, fileSystem: any StoreFileSystem = POSIXStoreFileSystem()) throws(StoreIOError) {
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            return try writeThrough(bytes, to: path)
        }
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

extension DurableFile {
    /// Writes `bytes` into the existing special file at `path`, without creating or truncating anything.
    static func writeThrough(_ bytes: [UInt8], to path: String) throws(StoreIOError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw .current("open", path) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw .current("write", path)
            }
            written += result
        }
    }
}
