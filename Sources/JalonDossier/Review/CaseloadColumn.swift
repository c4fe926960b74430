import JalonCore
import JalonLocale

/// The columns a person reads in the text and HTML reviews, with each cell's text. CSV and JSON,
/// read by programs, have their own finer columns (one per flag, ISO dates).
public enum CaseloadColumn: String, CaseIterable, Sendable {
    case person, step, targets, lastChange = "last-change", stale, file, flags

    public func title(in language: Language) -> String {
        switch self {
        case .person: language.pick(fr: "Personne", en: "Person")
        case .step: language.pick(fr: "Étape", en: "Step")
        case .targets: language.pick(fr: "Pistes retenues", en: "Kept targets")
        case .lastChange: language.pick(fr: "Dernière modification", en: "Last change")
        case .stale: language.pick(fr: "À revoir", en: "To review")
        case .file: language.pick(fr: "Fichier", en: "File")
        case .flags: language.pick(fr: "Signaux", en: "Flags")
        }
    }

    /// The cell of `row` in this column; an unreadable file shows its error in the flags column.
    public func text(of row: CaseloadRow, in language: Language) -> String {
        if self == .file { return row.file }
        guard let summary = row.summary else {
            if self == .flags, let error = row.readError {
                return language.pick(fr: "illisible : ", en: "unreadable: ") + error.positioned
            }
            return "—"
        }
        switch self {
        case .person: return summary.person
        case .step: return "\(summary.currentStep.number) · \(summary.currentStep.title(in: language))"
        case .targets: return summary.keptTargets.map(\.labelled).joined(separator: ", ")
        case .lastChange:
            return language.pick(
                fr: "\(summary.lastChange.day) (\(summary.daysSinceChange) j)",
                en: "\(summary.lastChange.day) (\(summary.daysSinceChange) d)")
        case .stale: return summary.staleSteps.map { $0.title(in: language) }.joined(separator: ", ")
        case .flags: return summary.flags.map { $0.label(in: language, daysSinceChange: summary.daysSinceChange) }.joined(separator: ", ")
        case .file: return row.file
        }
    }
}

extension Piste {
    /// `J1501 Aide-soignant` (the code alone when no label was copied).
    var labelled: String { libelle.map { "\(fiche) \($0)" } ?? fiche.description }
}

/// The counts a review ends with: files, unreadable ones, and files per flag.
public struct CaseloadTotals: Hashable, Sendable {
    public var rows: Int
    public var unreadable: Int
    public var flagged: [CaseloadFlag: Int]

    public init(_ rows: [CaseloadRow]) {
        self.rows = rows.count
        unreadable = rows.count { $0.summary == nil }
        var flagged: [CaseloadFlag: Int] = [:]
        for flag in rows.lazy.compactMap(\.summary).flatMap(\.flags) { flagged[flag, default: 0] += 1 }
        self.flagged = flagged
    }

    /// « 12 dossiers, 1 illisible ; aucune piste retenue : 3, … ».
    public func sentence(in language: Language, stalledDays: Int) -> String {
        var parts = [language.pick(fr: "\(rows) fichier(s)", en: "\(rows) file(s)")]
        if unreadable > 0 { parts.append(language.pick(fr: "\(unreadable) illisible(s)", en: "\(unreadable) unreadable")) }
        let flags = CaseloadFlag.allCases.compactMap { flag in
            flagged[flag].map { flag.label(in: language, daysSinceChange: stalledDays) + language.pick(fr: " : ", en: ": ") + String($0) }
        }
        let separator = language == .fr ? " ; " : "; "
        return parts.joined(separator: ", ") + (flags.isEmpty ? "" : separator + flags.joined(separator: ", "))
    }
}
