import Foundation
import JalonCore

/// The sentences of the matching commands, French first.
enum MatchingText {
    static func points(_ value: Double) -> String { String(format: "%.1f", value) }
    static func percent(_ value: Double) -> String { String(format: "%.0f", value * 100) }

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
