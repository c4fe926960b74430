import JalonLocale

/// A rule of the format that spans several parts of a project (a reference, a uniqueness, a count)
/// and that a single value cannot enforce by its type. The schema checks the same rules on every
/// save; this lets an interface say what is wrong in the person's terms before getting there.
public enum ProjectInconsistency: Hashable, Sendable {
    case centreRatedTwice(CentreInteretCode)
    case questionAnsweredTwice(QuestionID)
    case duplicateExperience(ExperienceID)
    case unknownExperience(ExperienceID)
    case competenceItemTwice(OgrCode)
    case ficheInSeveralPistes(RomeCode)
    case tooManyRetenues(Int)
    case rangRetenueInvalid(RomeCode, Int?)
    case rangRetenueTwice(Int)
    /// Saved suggestions (format 1.1): a fiche suggested twice, two suggestions at one rank, a part of
    /// a score given twice for one fiche.
    case suggestionTwice(RomeCode)
    case suggestionRangTwice(Int)
    case scoreComponentTwice(RomeCode, String)
    case formationTargetNotKept(RomeCode)
    case formationTwice(RomeCode, CertificationCode?, Formation.Voie)
    /// Saved training paths (format 1.1): a target listed twice, two paths to one target at one rank.
    case pathTargetTwice(RomeCode)
    case pathRangTwice(RomeCode, Int)
    case duplicateAction(ActionID)
    case actionFicheNotAPiste(ActionID, RomeCode)
    case duplicateNote(NoteID)

    /// The step where the person can fix it.
    public var step: Step {
        switch self {
        case .centreRatedTwice, .questionAnsweredTwice: .interets
        case .duplicateExperience, .unknownExperience, .competenceItemTwice: .competences
        case .ficheInSeveralPistes, .tooManyRetenues, .rangRetenueInvalid, .rangRetenueTwice,
            .suggestionTwice, .suggestionRangTwice, .scoreComponentTwice:
            .pistes
        case .formationTargetNotKept, .formationTwice, .pathTargetTwice, .pathRangTwice: .formations
        case .duplicateAction, .actionFicheNotAPiste: .plan
        case .duplicateNote: .synthese
        }
    }

    public func message(in language: Language) -> String {
        switch self {
        case .centreRatedTwice(let centre):
            language.pick(fr: "le centre d’intérêt \(centre) est noté deux fois", en: "centre d'intérêt \(centre) is rated twice")
        case .questionAnsweredTwice(let question):
            language.pick(fr: "la question \(question) a deux réponses", en: "question \(question) has two answers")
        case .duplicateExperience(let id):
            language.pick(fr: "deux expériences portent l’identifiant \(id)", en: "two experiences have the id \(id)")
        case .unknownExperience(let id):
            language.pick(fr: "une compétence renvoie à l’expérience \(id), qui n’existe pas", en: "a skill refers to experience \(id), which does not exist")
        case .competenceItemTwice(let code):
            language.pick(fr: "la compétence ROME \(code) figure deux fois", en: "ROME skill \(code) appears twice")
        case .ficheInSeveralPistes(let fiche):
            language.pick(fr: "le métier \(fiche) figure plusieurs fois parmi les pistes", en: "métier \(fiche) appears more than once among the pistes")
        case .tooManyRetenues(let count):
            language.pick(
                fr: "\(count) pistes retenues ; on en garde au plus \(Pistes.maximumRetenues)",
                en: "\(count) kept pistes; at most \(Pistes.maximumRetenues) are kept")
        case .rangRetenueInvalid(let fiche, let rang):
            language.pick(
                fr: "la piste retenue \(fiche) a le rang \(rang.map(String.init) ?? "—") ; attendu 1 à \(Pistes.maximumRetenues)",
                en: "kept piste \(fiche) has rank \(rang.map(String.init) ?? "—"); expected 1 to \(Pistes.maximumRetenues)")
        case .rangRetenueTwice(let rang):
            language.pick(fr: "deux pistes retenues ont le rang \(rang)", en: "two kept pistes have rank \(rang)")
        case .suggestionTwice(let fiche):
            language.pick(fr: "le métier \(fiche) est suggéré deux fois", en: "métier \(fiche) is suggested twice")
        case .suggestionRangTwice(let rang):
            language.pick(fr: "deux suggestions ont le rang \(rang)", en: "two suggestions have rank \(rang)")
        case .scoreComponentTwice(let fiche, let nom):
            language.pick(fr: "le score de \(fiche) compte deux fois la composante « \(nom) »", en: "the score of \(fiche) has component '\(nom)' twice")
        case .pathTargetTwice(let fiche):
            language.pick(fr: "les parcours vers \(fiche) figurent deux fois", en: "the paths to \(fiche) are listed twice")
        case .pathRangTwice(let fiche, let rang):
            language.pick(fr: "deux parcours vers \(fiche) ont le rang \(rang)", en: "two paths to \(fiche) have rank \(rang)")
        case .formationTargetNotKept(let fiche):
            language.pick(fr: "une formation vise \(fiche), qui n’est pas une piste retenue", en: "a formation targets \(fiche), which is not a kept piste")
        case .formationTwice(let fiche, let certification, let voie):
            language.pick(
                fr: "le parcours \(fiche) \(certification.map { "\($0) " } ?? "")en \(voie) figure deux fois",
                en: "the path \(fiche) \(certification.map { "\($0) " } ?? "")by \(voie) appears twice")
        case .duplicateAction(let id):
            language.pick(fr: "deux actions du plan portent l’identifiant \(id)", en: "two plan actions have the id \(id)")
        case .actionFicheNotAPiste(let id, let fiche):
            language.pick(
                fr: "l’action \(id) porte sur \(fiche), qui n’est pas parmi les pistes", en: "action \(id) is about \(fiche), which is not among the pistes")
        case .duplicateNote(let id):
            language.pick(fr: "deux notes portent l’identifiant \(id)", en: "two notes have the id \(id)")
        }
    }
}
