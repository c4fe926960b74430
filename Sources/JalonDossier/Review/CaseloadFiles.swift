import Foundation

/// The files a review reads, from the paths a counsellor names: a file as given, a folder as every
/// `*.xml` under it (recursively, sorted by path so the order never depends on the file system), a
/// missing path as itself (its row then says it is missing).
public enum CaseloadFiles {
    public static func expand(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
            return xmlFiles(under: path)
        }
    }

    private static func xmlFiles(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            guard relative.lowercased().hasSuffix(".xml") else { continue }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + relative, isDirectory: &isFolder), !isFolder.boolValue {
                found.append(base + relative)
            }
        }
        // Byte order, not locale order: the same folder lists the same way on every machine.
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
