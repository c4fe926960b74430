/// Every route of the API, in one place: method, path, operation (its roles: `APIOperation.roles`) and
/// handler. The router, the 405 check and the OpenAPI test all read this list.
public enum JalonRoutes {
    public static let all: [JalonRoute] = [
        JalonRoute(.get, "/health", nil, DirectoryHandlers.health),
        JalonRoute(.get, "/openapi.yaml", nil, DirectoryHandlers.openAPI),
        JalonRoute(.get, "/ready", nil, OperationsHandlers.ready),
        JalonRoute(.get, "/metrics", nil, OperationsHandlers.metrics),
        JalonRoute(.get, "/.well-known/jalon-keys.pem", nil, DirectoryHandlers.signingKeys),

        JalonRoute(.post, "/v1/projects", .createProject, ProjectHandlers.create),
        JalonRoute(.post, "/v1/projects/{id}/links", .link, ProjectHandlers.link),
        JalonRoute(.get, "/v1/projects/{id}", .readProject, ProjectHandlers.read),
        JalonRoute(.delete, "/v1/projects/{id}", .erase, ProjectHandlers.erase),
        JalonRoute(.put, "/v1/projects/{id}/sections/{section}", .updateSection, SectionHandlers.put),
        JalonRoute(.post, "/v1/projects/{id}/advance", .advance, ProjectHandlers.advance),
        JalonRoute(.get, "/v1/projects/{id}/partage", .readConsent, formerly: "/v1/projects/{id}/consent", ConsentHandlers.read),
        JalonRoute(.put, "/v1/projects/{id}/partage", .updateConsent, formerly: "/v1/projects/{id}/consent", ConsentHandlers.update),
        JalonRoute(.get, "/v1/projects/{id}/status", .readStatus, ProjectHandlers.status),
        JalonRoute(.get, "/v1/projects/{id}/readiness", .readReadiness, JourneyHandlers.readiness),
        JalonRoute(.post, "/v1/projects/{id}/restore", .restore, JourneyHandlers.restore),

        JalonRoute(.get, "/v1/questionnaire", .readQuestionnaire, JourneyHandlers.questionnaire),
        JalonRoute(.post, "/v1/projects/{id}/interets/centres", .rateCentres, JourneyHandlers.rateCentres),
        JalonRoute(.put, "/v1/projects/{id}/questionnaire/answers", .answerQuestionnaire, JourneyHandlers.answer),

        JalonRoute(.post, "/v1/projects/{id}/experiences", .editSkills, JourneyHandlers.addExperience),
        JalonRoute(.delete, "/v1/projects/{id}/experiences/{experience}", .editSkills, JourneyHandlers.removeExperience),
        JalonRoute(.post, "/v1/projects/{id}/competences", .editSkills, formerly: "/v1/projects/{id}/skills", JourneyHandlers.addSkill),
        JalonRoute(.put, "/v1/projects/{id}/competences/{ogr}", .editSkills, formerly: "/v1/projects/{id}/skills/{ogr}", JourneyHandlers.rateSkill),
        JalonRoute(.delete, "/v1/projects/{id}/competences/{ogr}", .editSkills, formerly: "/v1/projects/{id}/skills/{ogr}", JourneyHandlers.removeSkill),

        JalonRoute(.post, "/v1/projects/{id}/pistes/{code}/keep", .editPistes, JourneyHandlers.keep),
        JalonRoute(.post, "/v1/projects/{id}/pistes/{code}/drop", .editPistes, JourneyHandlers.drop),

        JalonRoute(.post, "/v1/projects/{id}/formations/{code}", .saveTrainings, formerly: "/v1/projects/{id}/trainings/{code}", JourneyHandlers.savePaths),
        JalonRoute(.post, "/v1/projects/{id}/formations", .chooseFormation, JourneyHandlers.choose),

        JalonRoute(.post, "/v1/projects/{id}/plan", .editPlan, JourneyHandlers.addAction),
        JalonRoute(.post, "/v1/projects/{id}/plan/{action}/done", .editPlan, JourneyHandlers.completeAction),
        JalonRoute(.delete, "/v1/projects/{id}/plan/{action}", .editPlan, JourneyHandlers.removeAction),

        JalonRoute(.get, "/v1/projects/{id}/suggestions", .readSuggestions, ComputedHandlers.read),
        JalonRoute(.post, "/v1/projects/{id}/suggestions", .saveSuggestions, ComputedHandlers.save),
        JalonRoute(.get, "/v1/projects/{id}/pistes/{code}", .explainMetier, formerly: "/v1/projects/{id}/metiers/{code}", ComputedHandlers.explain),
        JalonRoute(.get, "/v1/projects/{id}/passerelles", .readPasserelles, ComputedHandlers.passerelles),
        JalonRoute(.get, "/v1/projects/{id}/formations/{code}", .readTrainings, formerly: "/v1/projects/{id}/trainings/{code}", ComputedHandlers.trainings),

        JalonRoute(.get, "/v1/projects/{id}/export", .export, HistoryHandlers.export),
        JalonRoute(.get, "/v1/projects/{id}/history", .readHistory, HistoryHandlers.history),
        JalonRoute(.get, "/v1/projects/{id}/diff", .readHistory, HistoryHandlers.diff),

        JalonRoute(.get, "/v1/projects/{id}/notes", .readNotes, NoteHandlers.list),
        JalonRoute(.post, "/v1/projects/{id}/notes", .addNote, NoteHandlers.add),
        JalonRoute(.patch, "/v1/projects/{id}/notes/{note}", .editNote, NoteHandlers.edit),

        JalonRoute(.get, "/v1/catalogue/search", .searchCatalogue, DirectoryHandlers.search),
        JalonRoute(.get, "/v1/catalogue/experiences", .searchExperiences, DirectoryHandlers.experiences),
        JalonRoute(.get, "/v1/catalogue/fiches/{code}", .readFiche, DirectoryHandlers.fiche),
        JalonRoute(.get, "/v1/dossiers", .listDossiers, DirectoryHandlers.dossiers),

        JalonRoute(.post, "/v1/sign-in-links", .createSignInLink, SignInLinkHandlers.create)
    ]
}
