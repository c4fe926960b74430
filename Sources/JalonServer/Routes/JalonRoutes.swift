/// Every route of the API, in one place: method, path, operation (its roles: `APIOperation.roles`) and
/// handler. The router, the 405 check and the OpenAPI test all read this list.
public enum JalonRoutes {
    public static let all: [JalonRoute] = [
        JalonRoute(.get, "/health", nil, DirectoryHandlers.health),
        JalonRoute(.get, "/openapi.yaml", nil, DirectoryHandlers.openAPI),
        JalonRoute(.get, "/.well-known/jalon-keys.pem", nil, DirectoryHandlers.signingKeys),

        JalonRoute(.post, "/v1/projects", .createProject, ProjectHandlers.create),
        JalonRoute(.post, "/v1/projects/{id}/links", .link, ProjectHandlers.link),
        JalonRoute(.get, "/v1/projects/{id}", .readProject, ProjectHandlers.read),
        JalonRoute(.delete, "/v1/projects/{id}", .erase, ProjectHandlers.erase),
        JalonRoute(.put, "/v1/projects/{id}/sections/{section}", .updateSection, SectionHandlers.put),
        JalonRoute(.post, "/v1/projects/{id}/advance", .advance, ProjectHandlers.advance),
        JalonRoute(.get, "/v1/projects/{id}/consent", .readConsent, ConsentHandlers.read),
        JalonRoute(.put, "/v1/projects/{id}/consent", .updateConsent, ConsentHandlers.update),
        JalonRoute(.get, "/v1/projects/{id}/status", .readStatus, ProjectHandlers.status),

        JalonRoute(.get, "/v1/projects/{id}/suggestions", .readSuggestions, ComputedHandlers.read),
        JalonRoute(.post, "/v1/projects/{id}/suggestions", .saveSuggestions, ComputedHandlers.save),
        JalonRoute(.get, "/v1/projects/{id}/metiers/{code}", .explainMetier, ComputedHandlers.explain),
        JalonRoute(.get, "/v1/projects/{id}/trainings/{code}", .readTrainings, ComputedHandlers.trainings),

        JalonRoute(.get, "/v1/projects/{id}/export", .export, HistoryHandlers.export),
        JalonRoute(.get, "/v1/projects/{id}/history", .readHistory, HistoryHandlers.history),
        JalonRoute(.get, "/v1/projects/{id}/diff", .readHistory, HistoryHandlers.diff),

        JalonRoute(.get, "/v1/projects/{id}/notes", .readNotes, NoteHandlers.list),
        JalonRoute(.post, "/v1/projects/{id}/notes", .addNote, NoteHandlers.add),

        JalonRoute(.get, "/v1/catalogue/search", .searchCatalogue, DirectoryHandlers.search),
        JalonRoute(.get, "/v1/catalogue/fiches/{code}", .readFiche, DirectoryHandlers.fiche),
        JalonRoute(.get, "/v1/dossiers", .listDossiers, DirectoryHandlers.dossiers),
    ]
}
