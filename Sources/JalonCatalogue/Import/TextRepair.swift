/// Repairs of text damage found in the sources; each repair is counted in the import report.
enum TextRepair {
    /// ROME texts (and RNCP's ROME labels) double apostrophes, an SQL export habit: `L''aide`.
    static func undoubleApostrophes(_ text: String) -> String? {
        text.contains("''") ? text.replacingOccurrences(of: "''", with: "'") : nil
    }

    /// UTF-8 read as Windows-1252 and saved again ("DIPLÃ”ME" for "DIPLÔME"): map each character back to
    /// its Windows-1252 byte and decode as UTF-8. Nil when the text is not damaged that way.
    static func undoMojibake(_ text: String) -> String? {
        guard text.contains("Ã") || text.contains("Â") else { return nil }
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
                bytes.append(UInt8(scalar.value))
            } else if let byte = windows1252High[scalar.value] {
                bytes.append(byte)
            } else {
                return nil
            }
        }
        guard let repaired = String(validating: bytes, as: UTF8.self), repaired != text else { return nil }
        return repaired
    }

    private static let windows1252High: [UInt32: UInt8] = {
        let characters: [(Character, UInt8)] = [
            ("€", 0x80), ("‚", 0x82), ("ƒ", 0x83), ("„", 0x84), ("…", 0x85), ("†", 0x86), ("‡", 0x87), ("ˆ", 0x88),
            ("‰", 0x89), ("Š", 0x8A), ("‹", 0x8B), ("Œ", 0x8C), ("Ž", 0x8E), ("‘", 0x91), ("’", 0x92), ("“", 0x93),
            ("”", 0x94), ("•", 0x95), ("–", 0x96), ("—", 0x97), ("˜", 0x98), ("™", 0x99), ("š", 0x9A), ("›", 0x9B),
            ("œ", 0x9C), ("ž", 0x9E), ("Ÿ", 0x9F)
        ]
        return Dictionary(uniqueKeysWithValues: characters.map { ($0.0.unicodeScalars.first!.value, $0.1) })
    }()
}
