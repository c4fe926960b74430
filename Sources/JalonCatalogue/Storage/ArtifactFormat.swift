import Foundation

/// The bundled catalogue is one binary file: a directory of named sections, each a run of
/// little-endian 32-bit words (tables) or bytes (the string pool). Loading maps the file and reads
/// sections in place, so a catalogue is ready in about a millisecond, without parsing or copying.
///
/// Layout: `JALONCAT` · u32 format version · u32 section count · per section: 16-byte ASCII name
/// (zero padded), u32 byte length, bytes (padded to 4).
enum ArtifactFormat {
    static let magic = Array("JALONCAT".utf8)
    /// Raised whenever a table gains or loses a column, or a section becomes required: an older file is
    /// then refused, not misread. 3: the stored matching index (`match.*`).
    static let version: UInt32 = 3
    static let nameLength = 16
}

/// Accumulates sections in the order they are added; the same calls give the same bytes.
struct ArtifactWriter {
    private(set) var bytes: [UInt8] = []
    private var sectionCount: UInt32 = 0
    private var sectionBytes: [UInt8] = []

    mutating func addSection(_ name: String, bytes payload: [UInt8]) {
        precondition(name.utf8.count <= ArtifactFormat.nameLength, "section name too long: \(name)")
        var nameBytes = Array(name.utf8)
        nameBytes += Array(repeating: 0, count: ArtifactFormat.nameLength - nameBytes.count)
        sectionBytes += nameBytes
        Self.append(UInt32(payload.count), to: &sectionBytes)
        sectionBytes += payload
        sectionBytes += Array(repeating: 0, count: (4 - payload.count % 4) % 4)
        sectionCount += 1
    }

    mutating func addSection(_ name: String, words: [UInt32]) {
        var payload: [UInt8] = []
        payload.reserveCapacity(words.count * 4)
        for word in words { Self.append(word, to: &payload) }
        addSection(name, bytes: payload)
    }

    func finish() -> [UInt8] {
        var output = ArtifactFormat.magic
        Self.append(ArtifactFormat.version, to: &output)
        Self.append(sectionCount, to: &output)
        return output + sectionBytes
    }

    static func append(_ word: UInt32, to bytes: inout [UInt8]) {
        bytes.append(UInt8(truncatingIfNeeded: word))
        bytes.append(UInt8(truncatingIfNeeded: word >> 8))
        bytes.append(UInt8(truncatingIfNeeded: word >> 16))
        bytes.append(UInt8(truncatingIfNeeded: word >> 24))
    }
}

/// Reads the section directory of an artifact and hands out sections as views into its bytes.
struct ArtifactReader {
    let bytes: ArtifactBytes
    private var sections: [String: Range<Int>] = [:]
    let source: String

    init(data: Data, source: String) throws(CatalogueError) {
        try self.init(bytes: ArtifactBytes(copying: data), source: source)
    }

    init(bytes: ArtifactBytes, source: String) throws(CatalogueError) {
        self.bytes = bytes
        self.source = source
        let headerLength = ArtifactFormat.magic.count + 8
        guard bytes.count >= headerLength, bytes.buffer.prefix(ArtifactFormat.magic.count).elementsEqual(ArtifactFormat.magic) else {
            throw .notACatalogue(path: source)
        }
        let version = bytes.word(at: ArtifactFormat.magic.count)
        guard version == ArtifactFormat.version else {
            throw .unsupportedFormat(path: source, found: Int(version), expected: Int(ArtifactFormat.version))
        }
        let count = bytes.word(at: ArtifactFormat.magic.count + 4)
        var offset = headerLength
        for _ in 0..<count {
            guard offset + ArtifactFormat.nameLength + 4 <= bytes.count else { throw .truncated(path: source, offset: offset) }
            let nameBytes = bytes.buffer[offset..<offset + ArtifactFormat.nameLength].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            let length = Int(bytes.word(at: offset + ArtifactFormat.nameLength))
            let start = offset + ArtifactFormat.nameLength + 4
            guard start + length <= bytes.count else { throw .truncated(path: source, offset: start) }
            sections[name] = start..<start + length
            offset = start + length + (4 - length % 4) % 4
        }
    }

    func range(_ name: String) throws(CatalogueError) -> Range<Int> {
        guard let range = sections[name] else { throw .missingSection(path: source, name: name) }
        return range
    }

    func contains(_ name: String) -> Bool { sections[name] != nil }

    func bytes(_ name: String) throws(CatalogueError) -> [UInt8] { Array(bytes.buffer[try range(name)]) }

    func words(_ name: String) throws(CatalogueError) -> Words {
        let range = try range(name)
        return Words(storage: bytes, byteOffset: range.lowerBound, count: range.count / 4)
    }
}

/// The bytes of a loaded artifact: a read-only file mapping (nothing is copied; pages are read when
/// first touched) or a private copy. The one owner of that memory, released in `deinit`.
final class ArtifactBytes: @unchecked Sendable {
    // @unchecked: the memory is written once, before `init` returns, and only read afterwards.
    let base: UnsafeRawPointer
    let count: Int
    private let isMapping: Bool

    var buffer: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    init(copying data: Data) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(data.count, 1), alignment: 16)
        data.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: data.count) }
        base = UnsafeRawPointer(memory)
        count = data.count
        isMapping = false
    }

    init(mapping path: String) throws(CatalogueError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .fileUnreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .fileUnreadable(path: path, reason: String(cString: strerror(errno))) }
        let size = Int(status.st_size)
        guard size > 0 else { throw .notACatalogue(path: path) }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else {
            throw .fileUnreadable(path: path, reason: String(cString: strerror(errno)))
        }
        base = UnsafeRawPointer(mapped)
        count = size
        isMapping = true
    }

    deinit {
        if isMapping {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }

    func word(at offset: Int) -> UInt32 { UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
}

/// A run of little-endian 32-bit words inside the artifact, read in place.
struct Words: RandomAccessCollection, Sendable {
    let storage: ArtifactBytes
    let byteOffset: Int
    let count: Int

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(index: Int) -> UInt32 {
        // A corrupt artifact must trap here rather than read outside its memory.
        precondition(index >= 0 && index < count, "index hors de la section")
        return storage.word(at: byteOffset + 4 * index)
    }

    func slice(_ range: Range<Int>) -> Words {
        precondition(range.lowerBound >= 0 && range.upperBound <= count)
        return Words(storage: storage, byteOffset: byteOffset + 4 * range.lowerBound, count: range.count)
    }
}
