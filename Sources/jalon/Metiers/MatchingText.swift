import Foundation
import JalonCore

/// The sentences of the matching commands, French first.
enum MatchingText {
    static func points(_ value: Double) -> String { String(format: "%.1f", value) }
    static func percent(_ value: Double) -> String { String(format: "%.0f", value * 100) }

    static func maitrise(_ maitrise: Maitrise) -> String {
        switch maitrise {
        case .notions: L("notions", "basics")
        case .pratique: L("pratique", "practice")
        case .autonomie: L("autonomie", "autonomy")
        case .expertise: L("expertise", "expertise")
        }
    }

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

    static func access(_ reason: AccessExplanation.Reason) -> String {
        switch reason {
        case .experience: L("vous avez exercé ce métier : accès ouvert, VAE possible", "you have worked in this job: open access, VAE possible")
        case .levelNotStated: L("niveau de diplôme non renseigné : accès non évalué", "diploma level not stated: access not assessed")
        case .noCertificationKnown: L("aucune certification recensée pour ce métier", "no certification recorded for this job")
        case .levelReached(let lowest): L("votre niveau atteint celui des certifications (dès le niveau \(lowest))",
                                          "your level reaches the certifications' (from level \(lowest))")
        case .levelsMissing(let count, let lowest):
            L("il manque \(count) niveau(x) de diplôme (certifications dès le niveau \(lowest))",
              "\(count) diploma level(s) missing (certifications from level \(lowest))")
        case .regulatedWithoutCertification:
            L("métier réglementé : sa certification est obligatoire et rien n’indique que vous l’avez",
              "regulated job: its certification is required and nothing shows you hold it")
        }
    }

    static func mobilite(_ source: MobiliteSource, index: MatchingIndex) -> String {
        guard let position = source.position else { return L("métier déjà exercé", "a job you have done") }
        let from = index.row(of: source.from).map { "\(source.from) \(index.labels[$0])" } ?? source.from.rawValue
        return L("passerelle ROME n° \(position) sur \(source.count) depuis \(from)", "ROME mobility no. \(position) of \(source.count) from \(from)")
    }

    /// One line saying why a métier is suggested: its strongest reasons, most telling first.
    static func pourquoi(_ match: MetierMatch, index: MatchingIndex) -> String {
        var parts: [String] = []
        if let centre = match.centres.filter({ ($0.rating?.value ?? 0) >= 3 }).max(by: { ($0.rating!.value, $0.weight) < ($1.rating!.value, $1.weight) }) {
            parts.append(L("vous aimez « \(centre.label) » (\(centre.rating!.value)/4)", "you like “\(centre.label)” (\(centre.rating!.value)/4)"))
        } else if let riasec = match.riasec, let congruence = match.score.congruence, congruence >= 0.5 {
            parts.append(L("profil RIASEC proche (\(riasec.person) / \(riasec.fiche))", "close RIASEC profile (\(riasec.person) / \(riasec.fiche))"))
        }
        // Items held themselves and items reached through a macro-compétence are said apart.
        let own = match.matchedItems.filter { if case .own = $0.source { true } else { false } }
        let related = match.matchedItems.count - own.count
        if let first = own.first {
            parts.append(L("\(own.count) compétence(s) du métier, dont « \(first.label) »", "\(own.count) of its skills, such as “\(first.label)”")
                + (related > 0 ? L(", et \(related) proche(s)", ", and \(related) related") : ""))
        } else if related > 0 {
            parts.append(L("\(related) compétence(s) proche(s) de celles du métier", "\(related) skill(s) related to its own"))
        }
        if let source = match.mobilite { parts.append(mobilite(source, index: index)) }
        if match.isRetenue { parts.append(L("piste retenue", "kept piste")) }
        for reason in match.access.reasons {
            if case .regulatedWithoutCertification = reason { parts.append(L("métier réglementé : certification obligatoire", "regulated: certification required")) }
            if case .levelsMissing(let count, _) = reason { parts.append(L("\(count) niveau(x) de diplôme à gagner", "\(count) diploma level(s) to gain")) }
        }
        return parts.isEmpty ? L("aucune raison forte : score d’accès seulement", "no strong reason: access score only") : parts.joined(separator: " · ")
    }
}
