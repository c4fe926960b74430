import Foundation

#if canImport(Glibc)
    import Glibc
#else
    #error("Jalon's file store is written for Linux (glibc's readdir, fsync, O_DIRECTORY): see Package.swift")
#endif

/// Where a command streams its output (`-o FILE`, too long to hold whole): `-` is standard output; a
/// device or a FIFO already at the path is written through, never replaced (as `cat > path` would);
/// anything else is created or truncated, readable by its owner only (0600).
func openOutputStream(_ path: String) throws -> FileHandle {
    if path == "-" { return FileHandle.standardOutput }
    var status = stat()
    let special = stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG
    let descriptor = special ? open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY) : open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOCTTY, 0o600)
    guard descriptor >= 0 else {
        let reason = String(cString: strerror(errno))
        throw CommandFailure(message: L("\(path) : écriture impossible (\(reason))", "\(path): cannot write (\(reason))"), exitCode: JalonExitCode.ioError)
    }
    return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
}

/// Whether `path` names (or will name) a regular file: what a command writes beside it (the catalogue's
/// NOTICE) goes only beside a regular file, never into `/dev` beside a device.
func isRegularOutput(_ path: String) -> Bool {
    guard path != "-" else { return false }
    var status = stat()
    return stat(path, &status) != 0 || (status.st_mode & S_IFMT) == S_IFREG
}
