import JalonCore

/// A métier the person kept, with what the saved suggestions said about it.
public struct DossierMetier: Hashable, Sendable {
    public var fiche: RomeCode
    public var libelle: String?
    /// The person's own order of preference.
    public var rang: Int?
    /// The score (0–100) and reasons of the saved suggestion for this fiche, when there is one.
    public var score: Int?
    public var raisons: [String]
    public var commentaires: [String]
}

/// Skills as a dossier groups them: those of each experience, those the person declared, and those
/// suggested from an experience and not yet confirmed. (The project carries no ROME domain for a
/// skill; its origin is what it says without the catalogue.)
public struct DossierSkillGroup: Hashable, Sendable {
    public enum Origin: Hashable, Sendable {
        case experience(Experience)
        case declared
        case suggested
    }

    public var origin: Origin
    public var competences: [Competence]
}

extension Dossier {
    /// The kept métiers (`pistes retenues`) in the person's order, each with its saved suggestion's
    /// score and reasons.
    public var keptMetiers: [DossierMetier] {
        let retenues = project.pistes?.retenues ?? []
        return retenues.map { piste in
            let suggestion = project.suggestions?.suggestions.first { $0.fiche == piste.fiche }
            return DossierMetier(fiche: piste.fiche, libelle: piste.libelle ?? suggestion?.libelle, rang: piste.rang,
                                 score: suggestion?.score, raisons: suggestion?.raisons ?? [], commentaires: piste.commentaires)
        }
    }

    /// Skills grouped by origin: each experience (in the project's order), then declared, then
    /// suggested; empty groups other than experiences are left out.
    public var skillGroups: [DossierSkillGroup] {
        let competences = project.competences?.competences ?? []
        var groups = (project.competences?.experiences ?? []).map { experience in
            DossierSkillGroup(origin: .experience(experience),
                              competences: competences.filter { if case .experience(experience.id) = $0.source { true } else { false } })
        }
        let declared = competences.filter { $0.source == .declaree }
        if !declared.isEmpty { groups.append(DossierSkillGroup(origin: .declared, competences: declared)) }
        let suggested = competences.filter { if case .suggeree = $0.source { true } else { false } }
        if !suggested.isEmpty { groups.append(DossierSkillGroup(origin: .suggested, competences: suggested)) }
        return groups
    }

    /// The plan in time order (undated actions last, then by id), as a timeline shows it.
    public var planTimeline: [PlanAction] {
        project.plan.enumerated().sorted { lhs, rhs in
            switch (lhs.element.date, rhs.element.date) {
            case let (left?, right?) where left != right: left < right
            case (_?, nil): true
            case (nil, _?): false
            default: lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
