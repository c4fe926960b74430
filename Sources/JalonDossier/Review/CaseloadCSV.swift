import Foundation
import JalonCore
import JalonLocale

/// The review as CSV for a spreadsheet: RFC 4180 (comma-separated, CRLF line ends, a field quoted
/// when it holds a comma, a quote or a line break, quotes doubled), UTF-8, one header line. Comma
/// rather than the semicolon French spreadsheets default to, because RFC 4180 and every CSV reader
/// (LibreOffice asks, Python's csv, R, pandas) take it; the quoting makes any label safe. One column
/// per flag (oui/non) so a spreadsheet can filter on each.
public enum CaseloadCSV {
    public static func render(_ rows: [CaseloadRow], language: Language) -> String {
        rows.reduce(into: headerLine(in: language)) { $0 += line(of: $1, in: language) }
    }

    /// The header line, CRLF included: what a review written row by row starts with.
    public static func headerLine(in language: Language) -> String { joined(header(in: language)) }

    /// One row's line, CRLF included.
    public static func line(of row: CaseloadRow, in language: Language) -> String { joined(fields(of: row, in: language)) }

    private static func joined(_ fields: [String]) -> String { fields.map(escaped).joined(separator: ",") + "\r\n" }

    static func header(in language: Language) -> [String] {
        language == .fr
            ? [
                "fichier", "type", "projet", "personne", "etape", "pistes_retenues", "derniere_modification",
                "jours_sans_modification", "etapes_a_revoir", "aucune_piste_retenue", "plan_vide", "sans_activite",
                "incoherences", "empreinte_alteree", "erreur"
            ]
            : [
                "file", "kind", "project", "person", "step", "kept_targets", "last_change",
                "days_since_change", "stale_steps", "no_target_kept", "empty_plan", "inactive",
                "inconsistencies", "fingerprint_altered", "error"
            ]
    }

    static func fields(of row: CaseloadRow, in language: Language) -> [String] {
        guard let summary = row.summary else {
            return [row.file] + Array(repeating: "", count: 13) + [row.readError?.positioned ?? ""]
        }
        func yesNo(_ flag: CaseloadFlag) -> String {
            summary.flags.contains(flag) ? language.pick(fr: "oui", en: "yes") : language.pick(fr: "non", en: "no")
        }
        return [
            row.file, summary.kind.rawValue, summary.projectID.description, summary.person,
            CaseloadColumn.step.text(of: row, in: language),
            summary.keptTargets.map(\.labelled).joined(separator: "; "),
            summary.lastChange.iso8601, String(summary.daysSinceChange),
            summary.staleSteps.map { $0.title(in: language) }.joined(separator: "; "),
            yesNo(.noTargetKept), yesNo(.emptyPlan), yesNo(.inactive),
            summary.inconsistencies.map { $0.message(in: language) }.joined(separator: "; "),
            summary.fingerprintIntact == nil ? "" : yesNo(.fingerprintAltered),
            ""
        ]
    }

    /// Quoted when needed; a cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first:
    /// a name typed by anyone) gets a leading apostrophe, OWASP's advice against CSV injection.
    static func escaped(_ field: String) -> String {
        var field = field
        if let first = field.first, "=+-@\t\r".contains(first) { field = "'" + field }
        // Bytes, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
        else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
