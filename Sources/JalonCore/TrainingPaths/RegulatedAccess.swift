import Foundation

/// Which certifications a regulated métier requires, read from ROME's "accès au métier" text: a
/// certification is required when every significant word of its title (type acronym spelt out, words
/// in parentheses dropped) occurs in that text. J1501's text says "Diplôme d'Etat d'Aide-Soignant,
/// obligatoire pour exercer"; the title "DE - DE Aide-Soignant" gives diplome, etat, aide, soignant.
enum RegulatedAccess {
    /// Acronyms that open certification titles, spelt out as the accès texts write them.
    static let acronyms: [String: String] = [
        "de": "diplome d etat", "tp": "titre professionnel", "cap": "certificat d aptitude professionnelle",
        "bts": "brevet de technicien superieur", "bp": "brevet professionnel", "but": "bachelor universitaire de technologie",
        "cqp": "certificat de qualification professionnelle", "mc": "mention complementaire"
    ]
    static let stopWords: Set<String> = [
        "d", "de", "du", "des", "l", "la", "le", "les", "et", "en", "a", "au", "aux", "un", "une", "pour", "option", "mention", "specialite"
    ]
    /// Fewer words than this say too little to name a diploma.
    static let minimumWords = 3

    static func isRequired(_ certification: Certification, accesAuMetier: String) -> Bool {
        let text = Set(words(accesAuMetier))
        let title = significantWords(ofTitle: certification.title)
        return title.count >= minimumWords && title.allSatisfy(text.contains)
    }

    static func significantWords(ofTitle title: String) -> [String] {
        var title = title
        // "DE - DE Aide-Soignant": the part before " - " repeats the type.
        if let range = title.range(of: " - "), title[..<range.lowerBound].count <= 12 { title = String(title[range.upperBound...]) }
        while let open = title.firstIndex(of: "("), let close = title[open...].firstIndex(of: ")") { title.removeSubrange(open...close) }
        var result = words(title)
        if let first = result.first, let expansion = acronyms[first] { result = expansion.split(separator: " ").map(String.init) + result.dropFirst() }
        return result.filter { !stopWords.contains($0) }
    }

    /// Lower-case ASCII words: accents folded, apostrophes and hyphens as separators.
    static func words(_ text: String) -> [String] {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            .split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }
}
