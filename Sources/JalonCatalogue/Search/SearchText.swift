/// Turns labels and queries into search terms: lower-case ASCII without accents, split on anything
/// that is not a letter or digit (hyphens, apostrophes, slashes), French stop words dropped, and each
/// word reduced to a gender- and number-neutral stem so that "aide-soignante", "AIDE SOIGNANT" and
/// "aides-soignants" meet on the same terms. Index and query use the same function, so the stem only
/// has to be consistent, not linguistically exact.
public enum SearchText {
    /// Terms of a text, in order, duplicates kept.
    public static func terms(_ text: String) -> [String] {
        words(text).compactMap { word in stopWords.contains(word) ? nil : stem(word) }
    }

    /// Terms of a query with the folded word each comes from, duplicates removed: acronyms and codes are
    /// indexed as typed too, and the word as typed ("deaes") must beat its stem ("dea").
    public static func queryTerms(_ text: String) -> [(stem: String, word: String)] {
        var result: [(stem: String, word: String)] = []
        for word in words(text) where !stopWords.contains(word) {
            let stem = stem(word)
            if !result.contains(where: { $0.stem == stem && $0.word == word }) { result.append((stem, word)) }
        }
        return result
    }

    /// Folded words of a text (accents removed, lower case), stop words kept.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
                default: flush()
                }
            } else if let folded = folding[value] {
                current += folded.utf8
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Initials of the significant words ("Management commercial opérationnel" → "mco"), so that users'
    /// abbreviations find certification titles. Nil below two words.
    public static func acronym(_ text: String) -> String? {
        let significant = words(text).filter { !stopWords.contains($0) && $0.first.map { !$0.isNumber } == true }
        guard significant.count >= 2, significant.count <= 6 else { return nil }
        return String(significant.compactMap(\.first))
    }

    /// Gender- and number-neutral stem of a folded word.
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.count > 3, bytes.allSatisfy({ $0 >= UInt8(ascii: "a") }) else { return word }
        if bytes.last == UInt8(ascii: "s"), bytes[bytes.count - 2] != UInt8(ascii: "s") {
            bytes.removeLast()
        }
        for (suffix, replacement) in genderSuffixes where bytes.count > suffix.count + 2 && bytes.ends(with: suffix) {
            bytes.removeLast(suffix.count)
            bytes += replacement
            return String(decoding: bytes, as: UTF8.self)
        }
        if bytes.count > 3, bytes.last == UInt8(ascii: "e") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Feminine (and a few plural) endings and the common form they map to; first match wins.
    private static let genderSuffixes: [([UInt8], [UInt8])] = [
        ("euse", "eur"), ("rice", "eur"), ("ienne", "ien"), ("onne", "on"), ("ette", "et"),
        ("ere", "er"), ("ive", "if"), ("eaux", "eau"), ("aux", "al")
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    static let stopWords: Set<String> = [
        "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "un", "une",
        "pour", "par", "sur", "dans", "avec", "sans", "sous", "s", "n", "y"
    ]

    /// Latin letters with diacritics and ligatures, to their ASCII letters.
    private static let folding: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
            ("òóôõöøÒÓÔÕÖØ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y")
        ]
        for (letters, ascii) in groups { for scalar in letters.unicodeScalars { table[scalar.value] = ascii } }
        for (scalar, ascii) in [("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("Æ", "ae"), ("ß", "ss")] {
            table[scalar.unicodeScalars.first!.value] = ascii
        }
        return table
    }()
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
