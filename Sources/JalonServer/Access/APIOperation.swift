/// Everything a caller can do through the API, with the roles allowed to do it: the one table the
/// routes consult, so the access rules are read in one place.
public enum APIOperation: String, Sendable, CaseIterable {
    case createProject = "project.create"
    case link = "project.link"
    case readProject = "project.read"
    case erase = "project.erase"
    case readConsent = "project.consent.read"
    case updateConsent = "project.consent.update"
    case updateSection = "project.section.update"
    case advance = "project.advance"
    case readStatus = "project.status"
    case readReadiness = "project.readiness"
    case restore = "project.restore"
    case readQuestionnaire = "questionnaire.read"
    case rateCentres = "project.interets.rate"
    case answerQuestionnaire = "project.questionnaire.answer"
    case editSkills = "project.skills.edit"
    case editPistes = "project.pistes.edit"
    case saveTrainings = "project.trainings.save"
    case chooseFormation = "project.formations.choose"
    case editPlan = "project.plan.edit"
    case readSuggestions = "project.suggestions.read"
    case saveSuggestions = "project.suggestions.save"
    case explainMetier = "project.metier.explain"
    case readPasserelles = "project.passerelles.read"
    case readTrainings = "project.trainings.read"
    case export = "project.export"
    case readHistory = "project.history"
    case readNotes = "project.notes.read"
    case addNote = "project.notes.add"
    case editNote = "project.notes.edit"
    case listDossiers = "dossiers.list"
    case searchCatalogue = "catalogue.search"
    case readFiche = "catalogue.fiche"
    case createSignInLink = "web.sign-in-link.create"
    case searchExperiences = "catalogue.experiences"

    /// The roles allowed. The portal creates and links but does not read a person's content; the
    /// counsellor reads and annotates; the person reads and edits their own project.
    public var roles: Set<Role> {
        switch self {
        case .createProject, .link, .createSignInLink: [.portal]
        case .readStatus: [.person, .counsellor, .portal]
        // The person's right; the portal exercises it on the person's behalf.
        case .erase: [.person, .portal]
        case .updateSection, .advance, .saveSuggestions, .restore, .rateCentres, .answerQuestionnaire, .editSkills, .editPistes,
            .saveTrainings, .chooseFormation, .editPlan, .readConsent, .updateConsent:
            [.person]
        case .addNote, .editNote, .listDossiers: [.counsellor]
        case .readProject, .readSuggestions, .explainMetier, .readPasserelles, .readTrainings, .export, .readHistory, .readNotes, .readReadiness:
            [.person, .counsellor]
        case .searchCatalogue, .readFiche, .readQuestionnaire, .searchExperiences: [.person, .counsellor, .portal]
        }
    }

    /// Whether `role` may do this (a linked caller without the right gets 403).
    func allows(_ role: Role) -> Bool { roles.contains(role) }
}
