import JalonCore
import JalonDossier

/// Who is looking at a project, as the person's consent sees them: the person (everything), or a
/// counsellor (what the person gave them — nothing personal unless they chose otherwise). JalonCore
/// holds the rule (`Project.visible(under:)`); the API (`RouteCall`) and the web pages (`WebCall`) ask
/// it through this one value, so no door decides on its own what a counsellor sees.
struct ProjectViewer: Sendable, Hashable {
    /// The counsellor's subject; nil for the person (the portal reaches no content: `APIOperation.roles`).
    let counsellor: String?

    init(role: Role, subject: String) { counsellor = role == .counsellor ? subject : nil }

    /// What this viewer may see of `project`; nil for the person, who sees everything.
    func grant(of project: Project) -> Grant? { counsellor.map { project.consent.grant(for: $0) } }

    /// `project` as this viewer may see it.
    func seen(_ project: Project) -> Project { grant(of: project).map { project.visible(under: $0) } ?? project }

    /// What an export asked with `share` may carry: the person exports what they name; a counsellor's
    /// `share` narrows what the person gave them, never widens it.
    func exportGrant(of project: Project, share: DossierShare) -> Grant {
        grant(of: project).map { $0.narrowed(toPersonal: share.personalData) } ?? Grant(personal: share.personalData)
    }

    /// Part of every view-cache key, so no view computed for one viewer reaches another.
    var cacheKey: String { counsellor.map { "counsellor:" + $0 } ?? "owner" }
}
