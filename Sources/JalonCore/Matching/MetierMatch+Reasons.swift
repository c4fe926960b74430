import JalonLocale

/// The sentences that say why: one place, so the CLI, the server and the saved suggestions (step 4's
/// record) show the same words.
extension MetierMatch {
    /// Why the métier is suggested, each sentence with the points of the part it explains, the largest
    /// contribution first (ties in ``MatchScore/Part`` order): a loved centre d'intérêt (else a close
    /// RIASEC code), the skills held and related, the experience it follows from, a kept piste, an open
    /// access; then what stands in the way of access, with the points it costs. Never empty.
    public func reasons(in language: Language) -> [String] {
        var gains: [(part: MatchScore.Part, text: String)] = []
        let loved = centres.filter { ($0.rating?.value ?? 0) >= 3 }
        if let centre = loved.max(by: { ($0.rating!.value, $0.weight) < ($1.rating!.value, $1.weight) }) {
            gains.append(
                (
                    .interets,
                    language.pick(
                        fr: "vous aimez « \(centre.label) » (\(centre.rating!.value)/4)",
                        en: "you like “\(centre.label)” (\(centre.rating!.value)/4)")
                ))
        } else if let riasec, let congruence = score.congruence, congruence >= 0.5 {
            gains.append(
                (
                    .interets,
                    language.pick(
                        fr: "profil RIASEC proche (\(riasec.person) / \(riasec.fiche))",
                        en: "close RIASEC profile (\(riasec.person) / \(riasec.fiche))")
                ))
        }
        // Items held themselves and items reached through a macro-compétence are said apart.
        let own = matchedItems.filter { if case .own = $0.source { true } else { false } }
        let related = matchedItems.count - own.count
        if let first = own.first {
            gains.append(
                (
                    .competences,
                    language.pick(
                        fr: "\(own.count) compétence(s) du métier, dont « \(first.label) »",
                        en: "\(own.count) of its skills, such as “\(first.label)”")
                        + (related > 0 ? language.pick(fr: ", et \(related) proche(s)", en: ", and \(related) related") : "")
                ))
        } else if related > 0 {
            gains.append(
                (.competences, language.pick(fr: "\(related) compétence(s) proche(s) de celles du métier", en: "\(related) skill(s) related to its own")))
        }
        if let mobilite { gains.append((.mobilite, mobilite.sentence(in: language))) }
        if isRetenue { gains.append((.preferences, language.pick(fr: "piste retenue", en: "kept piste"))) }
        if let prospects, (score.debouches ?? 0) > 0 { gains.append((.debouches, prospects.reason(in: language))) }
        for reason in access.reasons {
            switch reason {
            case .regulatedExperience, .vaeReady: gains.append((.acces, reason.sentence(in: language)))
            default: break
            }
        }
        let shown = score.shownPointTenths
        let order = score.parts
        var parts = gains.sorted { (-shown[$0.part]!, order.firstIndex(of: $0.part)!) < (-shown[$1.part]!, order.firstIndex(of: $1.part)!) }
            .map { "\($0.text) (+\(MatchScore.pointsText(tenths: shown[$0.part]!, language)) pts)" }
        // What access loses: 100 × weight × (1 − A) points.
        let lost = Int((1000 * MatchingWeights.access * (1 - score.access)).rounded())
        for reason in access.reasons {
            if case .regulatedWithoutCertification = reason {
                parts.append(language.pick(fr: "métier réglementé : certification obligatoire", en: "regulated: certification required"))
            }
            if case .levelsMissing(let count, _) = reason {
                parts.append(language.pick(fr: "\(count) niveau(x) de diplôme à gagner", en: "\(count) diploma level(s) to gain"))
            }
            if case .oneStepWithoutDiploma = reason {
                parts.append(
                    language.pick(fr: "une certification à obtenir, accessible sans diplôme", en: "one certification to obtain, open without a diploma"))
            }
        }
        if lost > 0, parts.count > gains.count {
            parts[parts.count - 1] += language.pick(
                fr: " (accès −\(MatchScore.pointsText(tenths: lost, language)) pts)",
                en: " (access −\(MatchScore.pointsText(tenths: lost, language)) pts)")
        }
        return parts.isEmpty ? [language.pick(fr: "aucune raison forte : score d’accès seulement", en: "no strong reason: access score only")] : parts
    }
}

extension MatchScore {
    /// Tenths of a point as the person reads them: "12,3" in French, "12.3" in English.
    public static func pointsText(tenths: Int, _ language: Language) -> String {
        let text = "\(tenths / 10)\(language.pick(fr: ",", en: "."))\(abs(tenths % 10))"
        return tenths < 0 && tenths > -10 ? "-" + text : text
    }
}

extension AccessExplanation.Reason {
    public func sentence(in language: Language) -> String {
        switch self {
        case .regulatedExperience:
            language.pick(
                fr: "vous avez exercé ce métier réglementé : sa certification est tenue pour acquise",
                en: "you have worked in this regulated job: its certification is taken as held")
        case .vaeReady(let coverage):
            language.pick(
                fr: "vous avez exercé ce métier et couvrez \(Int((coverage * 100).rounded())) % de son cœur : VAE envisageable (loi 2022-1598)",
                en: "you have worked in this job and cover \(Int((coverage * 100).rounded()))% of its core: VAE possible (law 2022-1598)")
        case .experienceBelowVAE(let coverage):
            language.pick(
                fr:
                    "vous avez exercé ce métier ; vos compétences confirmées couvrent \(Int((coverage * 100).rounded())) % de son cœur (VAE envisageable dès \(Int(VAEAssessment.minimumCoverage * 100)) %)",
                en:
                    "you have worked in this job; your confirmed skills cover \(Int((coverage * 100).rounded()))% of its core (VAE possible from \(Int(VAEAssessment.minimumCoverage * 100))%)"
            )
        case .levelNotStated:
            language.pick(fr: "niveau de diplôme non renseigné : accès non évalué", en: "diploma level not stated: access not assessed")
        case .noCertificationKnown:
            language.pick(fr: "aucune certification recensée pour ce métier", en: "no certification recorded for this job")
        case .levelReached(let lowest):
            language.pick(
                fr: "votre niveau atteint celui des certifications (dès le niveau \(lowest))",
                en: "your level reaches the certifications' (from level \(lowest))")
        case .levelsMissing(let count, let lowest):
            language.pick(
                fr: "il manque \(count) niveau(x) de diplôme (certifications dès le niveau \(lowest))",
                en: "\(count) diploma level(s) missing (certifications from level \(lowest))")
        case .oneStepWithoutDiploma(let exception, let niveau, let levelGap):
            language.pick(
                fr:
                    "une seule étape pour \(levelGap) niveaux d’écart : une certification de niveau \(niveau) s’obtient sans condition de diplôme (\(exception.name(in: language)))",
                en:
                    "one step for a \(levelGap)-level gap: a level \(niveau) certification is open without a diploma condition (\(exception.name(in: language)))"
            )
        case .regulatedWithoutCertification:
            language.pick(
                fr: "métier réglementé : sa certification est obligatoire et rien n’indique que vous l’avez",
                en: "regulated job: its certification is required and nothing shows you hold it")
        }
    }
}

extension MobiliteSource {
    public func sentence(in language: Language) -> String {
        guard let position else { return language.pick(fr: "métier déjà exercé", en: "a job you have done") }
        return language.pick(
            fr: "passerelle ROME n° \(position) sur \(count) depuis \(from) \(fromLabel)",
            en: "ROME mobility no. \(position) of \(count) from \(from) \(fromLabel)")
    }
}
