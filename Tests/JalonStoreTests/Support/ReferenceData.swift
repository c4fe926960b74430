import Foundation

/// The public reference extracts the samples are built from (ROME 4.0 v460, RNCP export 2026-02), read
/// from `../shared/data` next to the repository, or from `JALON_REFERENCE_DATA`. Absent on machines
/// without them; the tests that need them skip.
enum ReferenceData {
    static let directory: URL? = {
        let candidates = [
            ProcessInfo.processInfo.environment["JALON_REFERENCE_DATA"].map { URL(fileURLWithPath: $0) },
            TestFiles.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
        ].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("rome-4.0-v460").path) }
    }()

    static var isAvailable: Bool { directory != nil }

    /// ROME appellations: code_ogr → long label.
    static let appellations = table("rome-4.0-v460/unix_referentiel_appellation_v460_utf8.csv", key: "code_ogr", value: "libelle_appellation_long")
    /// ROME compétences (savoir-faire, savoir-être): code_ogr → label.
    static let competences = table("rome-4.0-v460/unix_referentiel_competence_v460_utf8.csv", key: "code_ogr", value: "libelle_competence")
    /// ROME fiches: code_rome → label.
    static let fiches = table("rome-4.0-v460/unix_referentiel_code_rome_v460_utf8.csv", key: "code_rome", value: "libelle_rome")

    /// ROME centres d'intérêt: code → statement.
    static let centres = table("rome-4.0-v460/unix_centre_interet_v460_utf8.csv", key: "code_centre_interet", value: "libelle_centre_interet")

    /// InserJeunes rows as `region millésime voie emploi6 emploi12 emploi18 emploi24 poursuite` (empty
    /// where unpublished), to check a saved rate was really published.
    static let insertionRates: Set<String> = {
        let rows = records("inserjeunes/ij_region_data.csv", separator: UInt8(ascii: ";"))
        let columns = [
            "code_region", "millesime", "voie", "taux_emploi_6_mois", "taux_emploi_12_mois", "taux_emploi_18_mois",
            "taux_emploi_24_mois", "taux_poursuite_etudes"
        ]
        return Set(rows.map { row in columns.map { row[$0] ?? "" }.joined(separator: " ") })
    }()

    /// RNCP/RS fiche ↔ ROME code links, as `RNCP35191 I1304`.
    static let certificationLinks: Set<String> = {
        let rows = records("rncp-2026-02/export_fiches_CSV_Rome_2026_02_01.csv", separator: UInt8(ascii: ";"))
        return Set(rows.compactMap { row in row["Numero_Fiche"].flatMap { fiche in row["Codes_Rome_Code"].map { "\(fiche) \($0)" } } })
    }()

    private static func table(_ path: String, key: String, value: String) -> [String: String] {
        var result: [String: String] = [:]
        for row in records(path, separator: UInt8(ascii: ",")) {
            if let k = row[key], let v = row[value] { result[k] = v }
        }
        return result
    }

    /// Rows of a CSV file as dictionaries keyed by the header (RFC 4180 quoting, BOM and CRLF tolerated).
    private static func records(_ path: String, separator: UInt8) -> [[String: String]] {
        guard let directory, let data = FileManager.default.contents(atPath: directory.appendingPathComponent(path).path) else { return [] }
        let rows = CSV.parse([UInt8](data), separator: separator)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { fields in
            Dictionary(zip(header, fields), uniquingKeysWith: { first, _ in first })
        }
    }
}

/// A small RFC 4180 reader: quoted fields may hold separators, doubled quotes and newlines.
enum CSV {
    static func parse(_ input: [UInt8], separator: UInt8) -> [[String]] {
        var bytes = input[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var index = bytes.startIndex
        func endField() { row.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        while index < bytes.endIndex {
            let byte = bytes[index]
            if quoted {
                if byte == quote {
                    if bytes.index(after: index) < bytes.endIndex, bytes[bytes.index(after: index)] == quote {
                        field.append(quote)
                        index = bytes.index(after: index)
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == quote {
                quoted = true
            } else if byte == separator {
                endField()
            } else if byte == newline {
                endField()
                rows.append(row)
                row = []
            } else if byte != carriageReturn {
                field.append(byte)
            }
            index = bytes.index(after: index)
        }
        if !field.isEmpty || !row.isEmpty {
            endField()
            rows.append(row)
        }
        return rows
    }
}
