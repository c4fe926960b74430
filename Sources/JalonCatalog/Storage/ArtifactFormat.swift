import Foundation

/// The bundled catalogue is one binary file: a directory of named sections, each a run of
/// little-endian 32-bit words (tables) or bytes (the string pool). Loading copies each section into a
/// Swift array in one `memcpy`, so a catalogue is ready in a few milliseconds, without parsing.
///
/// Layout: `JALONCAT` · u32 format version · u32 section count · per section: 16-byte ASCII name
/// (zero padded), u32 byte length, bytes (padded to 4).
enum ArtifactFormat {
    static let magic = Array("JALONCAT".utf8)
    static let version: UInt32 = 1
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

/// Reads the section directory of an artifact and hands out sections as arrays.
struct ArtifactReader {
    private let data: Data
    private var sections: [String: Range<Int>] = [:]
    let source: String

    init(data: Data, source: String) throws(CatalogueError) {
        self.data = data
        self.source = source
        let headerLength = ArtifactFormat.magic.count + 8
        guard data.count >= headerLength, Array(data.prefix(ArtifactFormat.magic.count)) == ArtifactFormat.magic else {
            throw .notACatalogue(path: source)
        }
        let version = Self.word(in: data, at: ArtifactFormat.magic.count)
        guard version == ArtifactFormat.version else {
            throw .unsupportedFormat(path: source, found: Int(version), expected: Int(ArtifactFormat.version))
        }
        let count = Self.word(in: data, at: ArtifactFormat.magic.count + 4)
        var offset = headerLength
        for _ in 0..<count {
            guard offset + ArtifactFormat.nameLength + 4 <= data.count else { throw .truncated(path: source, offset: offset) }
            let nameBytes = data[data.startIndex + offset ..< data.startIndex + offset + ArtifactFormat.nameLength].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            let length = Int(Self.word(in: data, at: offset + ArtifactFormat.nameLength))
            let start = offset + ArtifactFormat.nameLength + 4
            guard start + length <= data.count else { throw .truncated(path: source, offset: start) }
            sections[name] = start ..< start + length
            offset = start + length + (4 - length % 4) % 4
        }
    }

    private static func word(in data: Data, at offset: Int) -> UInt32 {
        data.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    }

    func bytes(_ name: String) throws(CatalogueError) -> [UInt8] {
        guard let range = sections[name] else { throw .missingSection(path: source, name: name) }
        return [UInt8](data[data.startIndex + range.lowerBound ..< data.startIndex + range.upperBound])
    }

    func words(_ name: String) throws(CatalogueError) -> [UInt32] {
        guard let range = sections[name] else { throw .missingSection(path: source, name: name) }
        let count = range.count / 4
        return data.withUnsafeBytes { raw in
            [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
                let slice = UnsafeRawBufferPointer(rebasing: raw[range])
                buffer.withMemoryRebound(to: UInt8.self) { target in
                    _ = slice.copyBytes(to: target)
                }
                #if _endian(big)
                for index in 0..<count { buffer[index] = UInt32(littleEndian: buffer[index]) }
                #endif
                initialized = count
            }
        }
    }
}
