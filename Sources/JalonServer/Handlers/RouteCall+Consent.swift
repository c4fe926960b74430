import JalonCore
import JalonStore

/// The person's consent, applied to every view the server gives a counsellor. JalonCore holds the rule
/// (`Project.visible(under:)`); this is where the server asks it, once per view: `load()` hands every
/// handler the project as this caller may see it, and the derived views (history, differences,
/// exports, the dossier list) ask `grant(of:)`.
extension RouteCall {
    /// What this caller may see of `project`: for a counsellor, what the person gave them (nothing
    /// personal unless the person chose otherwise); nil for the person, who sees everything. The portal
    /// reaches no content route (`APIOperation.roles`).
    func grant(of project: Project) -> Grant? {
        guard let caller, caller.role == .counsellor else { return nil }
        return project.consent.grant(for: caller.subject)
    }

    /// `project` as this caller may see it.
    func seen(_ project: Project) -> Project {
        grant(of: project).map { project.visible(under: $0) } ?? project
    }

    /// The latest revision as this caller may see it.
    func load() async throws -> ProjectRepository.Loaded {
        var loaded = try await loadStored()
        loaded.project = seen(loaded.project)
        return loaded
    }

    /// Who a cached view was computed for: the person sees everything, each counsellor what they were
    /// given; part of every view-cache key, so no view computed for one caller reaches another.
    func viewerKey(of loaded: ProjectRepository.Loaded) -> String {
        guard let caller, caller.role == .counsellor else { return "owner" }
        return "counsellor:" + caller.subject
    }
}
