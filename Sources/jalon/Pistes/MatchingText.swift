import Foundation
import JalonCore

/// The sentences of the matching commands, French first.
enum MatchingText {
    static func points(_ value: Double) -> String { String(format: "%.1f", value) }
    /// A total as shown: its tenths, so that it equals the sum of the parts shown.
    static func points(_ score: MatchScore) -> String { points(tenths: score.shownTotalTenths) }
    static func points(tenths: Int) -> String { "\(tenths / 10).\(tenths % 10)" }

    /// "  3. ", or "  3= " when other fiches share the shown total (a tie).
    static func rank(_ match: MetierMatch) -> String {
        String(format: "%3d", match.rank) + (match.tiedRanks == nil ? ". " : "= ")
    }
    static func percent(_ value: Double) -> String { String(format: "%.0f", value * 100) }

    static func partName(_ part: MatchScore.Part) -> String {
        switch part {
        case .interets: L("intérêts", "interests")
        case .competences: L("compétences", "skills")
        case .acces: L("accès", "access")
        case .mobilite: L("mobilité", "mobility")
        case .preferences: L("préférence", "preference")
        case .debouches: L("débouchés", "prospects")
        }
    }

    /// "Compétences 42 % × 35 % = 14.7 pts": the value, the weight read from `MatchingWeights`, the points
    /// shown; a bonus closes its weight of the gap left by the base ("× 20 % de l’écart (1 − base)").
    static func partLine(_ part: MatchScore.Part, _ score: MatchScore) -> String {
        let name = partName(part)
        let weight =
            part.isBonus
            ? L(
                " × \(percent(part.weight)) % de l’écart à 100 (\(percent(1 - score.base)) %)",
                " × \(percent(part.weight))% of the gap to 100 (\(percent(1 - score.base))%)")
            : " × \(percent(part.weight)) %"
        return name.prefix(1).uppercased() + name.dropFirst() + " \(percent(score.value(part))) %" + weight
            + " = \(points(tenths: score.shownPointTenths[part]!)) pts"
    }

    static func maitrise(_ maitrise: Maitrise) -> String { maitrise.label(in: RunLanguage.current) }

    static func rubrique(_ rubrique: FicheItem.Rubrique) -> String {
        switch rubrique {
        case .savoirFaire: L("savoir-faire", "know-how")
        case .savoirEtre: L("savoir-être", "soft skill")
        case .savoir: L("savoir", "knowledge")
        case .contexte: L("contexte", "context")
        }
    }

    static func level(_ diplome: DiplomeLePlusEleve?) -> String {
        switch diplome {
        case nil: L("niveau non renseigné", "level not stated")
        case .aucun: L("sans diplôme", "no diploma")
        case .niveau(let niveau): L("niveau \(niveau) (\(niveau.usualName))", "level \(niveau) (\(niveau.usualName))")
        }
    }

    static func access(_ reason: AccessExplanation.Reason) -> String { reason.sentence(in: RunLanguage.current) }

    static func mobilite(_ source: MobiliteSource) -> String { source.sentence(in: RunLanguage.current) }

    /// One line saying why a métier is suggested (the sentences are JalonCore's, shared with the record).
    static func pourquoi(_ match: MetierMatch) -> String { match.reasons(in: RunLanguage.current).joined(separator: " · ") }
}
