import JalonCore
import JalonLocale

/// What the person should do next, as a command they can type: the one place where the journey's
/// steps meet the CLI's commands, shared by `status` and the refusal of `advance`.
struct NextStep: Equatable {
    var command: String
    var why: String

    init(project: Project, readiness: Readiness, language: Language) {
        let id = project.id.rawValue
        let current = readiness.current
        if readiness.mayAdvance && current == .synthese && readiness[.synthese].state == .terminee {
            command = "jalon export \(id) --format html -o dossier.html"
            why = language.pick(fr: "le parcours est terminé : partager le dossier", en: "the journey is finished: share the dossier")
            return
        }
        if readiness.mayAdvance {
            command = "jalon advance \(id)"
            why = language.pick(
                fr: "l’étape \(current.number) est complète : passer à la suivante",
                en: "step \(current.number) is complete: move on to the next one")
            return
        }
        // The earliest step that blocks: advancing needs every step up to the current one complete.
        let step = readiness.steps.first { $0.step <= current && !$0.isComplete }?.step ?? current
        why = language.pick(
            fr: "compléter l’étape \(step.number). \(step.title(in: language))",
            en: "complete step \(step.number). \(step.title(in: language))")
        switch step {
        case .profil: command = "jalon profil set \(id) --situation SITUATION --diplome NIVEAU --departement DD"
        case .interets:
            // Centres first (they are quick), then the questionnaire that gives the profile.
            let centresMissing = readiness[.interets].missing.contains { if case .centresTooFew = $0 { true } else { false } }
            command = centresMissing ? "jalon interets rate \(id) CENTRE NOTE" : "jalon interets answer \(id) --answers r1=NOTE,i1=NOTE,…"
        case .pistes:
            // Once suggestions were shown, what is left is to keep some.
            command = project.suggestions == nil ? "jalon pistes suggest \(id)" : "jalon pistes keep \(id) CODE"
        case .formations:
            let fiche = readiness[.formations].missing.lazy.compactMap { finding -> RomeCode? in
                if case .formationNotChosen(let fiche) = finding { fiche } else { nil }
            }.first
            // Paths already shown towards that fiche: choose one; else show them first.
            let shown = fiche.map { fiche in project.parcours?.cibles.contains { $0.fiche == fiche } == true } ?? false
            command = shown ? "jalon formations choose \(id) \(fiche!.rawValue) CERTIFICATION" : "jalon formations \(id) \(fiche?.rawValue ?? "CODE")"
        case .plan: command = "jalon plan add \(id) \"TEXTE\" --date AAAA-MM-JJ"
        case .competences: command = "jalon competences add-experience \(id) \"MÉTIER EXERCÉ\" --accept-core"
        case .synthese: command = "jalon synthese set \(id) \"PARAGRAPHE\" …"
        }
    }
}
