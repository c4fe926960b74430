import Foundation

/// A reference to a string of the pool; 0 is the empty string, so "absent" costs nothing.
typealias StringRef = UInt32

/// Interns strings in first-use order, so that the same import gives the same pool.
struct StringPoolBuilder {
    private var indexes: [String: StringRef] = ["": 0]
    private(set) var offsets: [UInt32] = [0, 0]
    private(set) var bytes: [UInt8] = []

    mutating func intern(_ text: String) -> StringRef {
        if let ref = indexes[text] { return ref }
        let ref = StringRef(offsets.count - 1)
        bytes += text.utf8
        offsets.append(UInt32(bytes.count))
        indexes[text] = ref
        return ref
    }

    mutating func intern(_ text: String?) -> StringRef { intern(text ?? "") }

    func write(to writer: inout ArtifactWriter) {
        writer.addSection("strings.offsets", words: offsets)
        writer.addSection("strings.bytes", bytes: bytes)
    }
}

/// The loaded pool: offsets and UTF-8 bytes read in place; strings are made only when asked for.
struct StringPool: Sendable {
    let offsets: Words
    private let bytes: Words.Storage
    private let bytesStart: Int
    private let bytesCount: Int

    init(reader: ArtifactReader) throws(CatalogueError) {
        offsets = try reader.words("strings.offsets")
        let range = try reader.range("strings.bytes")
        bytes = reader.bytes
        bytesStart = range.lowerBound
        bytesCount = range.count
        guard offsets.count >= 2, let last = offsets.last, Int(last) == bytesCount else {
            throw .corrupt(path: reader.source, detail: "string pool")
        }
    }

    var count: Int { offsets.count - 1 }

    subscript(ref: StringRef) -> String { withBytes(ref) { String(decoding: $0, as: UTF8.self) } }

    func optional(_ ref: StringRef) -> String? { ref == 0 ? nil : self[ref] }

    func length(_ ref: StringRef) -> Int { Int(offsets[Int(ref) + 1] - offsets[Int(ref)]) }

    /// Calls `body` with the UTF-8 bytes of a string, without making a `String`.
    func withBytes<R>(_ ref: StringRef, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        let start = Int(offsets[Int(ref)]), end = Int(offsets[Int(ref) + 1])
        precondition(start <= end && end <= bytesCount, "chaîne hors du réservoir")
        return body(UnsafeRawBufferPointer(start: bytes.base + bytesStart + start, count: end - start))
    }
}

extension Words { typealias Storage = ArtifactBytes }
