import JalonLocale

/// One thing readiness says about a step: done, missing, or to look at again. Each reads as a short
/// sentence that starts with the step ("profil : la situation manque").
public enum ReadinessFinding: Sendable, Equatable {
    // profil
    case situationGiven(Situation)
    case situationMissing
    case diplomeGiven(DiplomeLePlusEleve)
    case diplomeMissing
    case placeGiven(String)
    case placeMissing
    // intérêts
    case centresRated(Int)
    case centresTooFew(rated: Int, minimum: Int)
    case riasecProfileComputed(String)
    case riasecProfileMissing
    // compétences
    case experiencesGiven(Int)
    case experiencesMissing
    case competencesConfirmed(Int)
    case competencesMissing
    // pistes
    case retenuesKept(Int)
    case retenuesMissing
    // formations
    case formationChosen(RomeCode)
    case formationNotChosen(RomeCode)
    case formationsNeedPistes
    // plan
    case actionsDated(Int)
    case actionsMissing
    case actionsUndated(Int)
    // synthèse
    case syntheseWritten(Int)
    case syntheseMissing
    // any step
    case inconsistency(ProjectInconsistency)
    case changedUpstream

    /// "profil : la situation manque".
    public func message(in language: Language, step: Step) -> String {
        step.name(in: language) + language.pick(fr: " : ", en: ": ") + body(in: language)
    }

    func body(in language: Language) -> String {
        switch self {
        case .situationGiven(let situation):
            language.pick(fr: "situation renseignée (\(situation.label(in: language)))", en: "situation given (\(situation.label(in: language)))")
        case .situationMissing: language.pick(fr: "la situation manque", en: "the situation is missing")
        case .diplomeGiven(let diplome):
            language.pick(
                fr: "diplôme le plus élevé renseigné (\(diplome == .aucun ? "aucun" : "niveau \(diplome)"))",
                en: "highest diploma given (\(diplome == .aucun ? "none" : "level \(diplome)"))")
        case .diplomeMissing: language.pick(fr: "le diplôme le plus élevé manque", en: "the highest diploma is missing")
        case .placeGiven(let place): language.pick(fr: "lieu renseigné (\(place))", en: "place given (\(place))")
        case .placeMissing: language.pick(fr: "la commune ou le département manque", en: "the commune or département is missing")
        case .centresRated(let count): language.pick(fr: "\(count) centres d’intérêt notés sur 30", en: "\(count) centres d'intérêt rated out of 30")
        case let .centresTooFew(rated, minimum):
            language.pick(
                fr: "\(rated) centre(s) d’intérêt noté(s) sur 30 (au moins \(minimum) attendus)",
                en: "\(rated) centre(s) d'intérêt rated out of 30 (at least \(minimum) expected)")
        case .riasecProfileComputed(let code): language.pick(fr: "profil RIASEC calculé (\(code))", en: "RIASEC profile computed (\(code))")
        case .riasecProfileMissing:
            language.pick(
                fr: "le profil RIASEC n’est pas calculé (questionnaire à remplir)", en: "the RIASEC profile is not computed (questionnaire to answer)")
        case .experiencesGiven(let count): language.pick(fr: "\(count) expérience(s)", en: "\(count) experience(s)")
        case .experiencesMissing:
            language.pick(fr: "aucune expérience (emploi, stage, bénévolat ou loisir)", en: "no experience (job, internship, volunteering or hobby)")
        case .competencesConfirmed(let count): language.pick(fr: "\(count) compétence(s) confirmée(s)", en: "\(count) confirmed skill(s)")
        case .competencesMissing:
            language.pick(fr: "aucune compétence confirmée (les suggestions restent à confirmer)", en: "no confirmed skill (suggestions are still to confirm)")
        case .retenuesKept(let count): language.pick(fr: "\(count) piste(s) retenue(s)", en: "\(count) kept piste(s)")
        case .retenuesMissing:
            language.pick(fr: "aucune piste retenue (1 à \(Pistes.maximumRetenues) attendues)", en: "no kept piste (1 to \(Pistes.maximumRetenues) expected)")
        case .formationChosen(let fiche): language.pick(fr: "parcours choisi pour \(fiche)", en: "path chosen for \(fiche)")
        case .formationNotChosen(let fiche): language.pick(fr: "aucun parcours choisi pour \(fiche)", en: "no path chosen for \(fiche)")
        case .formationsNeedPistes: language.pick(fr: "pas de piste retenue vers laquelle choisir un parcours", en: "no kept piste to choose a path for")
        case .actionsDated(let count): language.pick(fr: "\(count) action(s) datée(s)", en: "\(count) dated action(s)")
        case .actionsMissing: language.pick(fr: "aucune action datée (au moins une attendue)", en: "no dated action (at least one expected)")
        case .actionsUndated(let count): language.pick(fr: "\(count) action(s) sans date", en: "\(count) action(s) without a date")
        case .syntheseWritten(let count): language.pick(fr: "synthèse rédigée (\(count) paragraphe(s))", en: "summary written (\(count) paragraph(s))")
        case .syntheseMissing: language.pick(fr: "la synthèse n’est pas rédigée", en: "the summary is not written")
        case .inconsistency(let inconsistency): inconsistency.message(in: language)
        case .changedUpstream:
            language.pick(fr: "à revoir : une étape précédente a changé depuis", en: "to review: an earlier step has changed since")
        }
    }
}

extension Step {
    /// The step's name in messages ("profil", "intérêts"; "profile", "interests").
    public func name(in language: Language) -> String {
        switch self {
        case .interets: language.pick(fr: "intérêts", en: "interests")
        case .competences: language.pick(fr: "compétences", en: "skills")
        case .synthese: language.pick(fr: "synthèse", en: "summary")
        case .profil: language.pick(fr: "profil", en: "profile")
        case .pistes: language.pick(fr: "pistes", en: "career leads")
        case .formations: language.pick(fr: "formations", en: "training")
        case .plan: language.pick(fr: "plan", en: "plan")
        }
    }
}
