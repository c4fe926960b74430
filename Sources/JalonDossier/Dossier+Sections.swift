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
    /// The kept métiers (`pistes retenues`) in the person's order of preference (unranked ones last, in
    /// the project's order), each with its saved suggestion's score and reasons.
    public var keptMetiers: [DossierMetier] {
        let retenues = (project.pistes?.retenues ?? []).enumerated()
            .sorted { ($0.element.rang ?? .max, $0.offset) < ($1.element.rang ?? .max, $1.offset) }.map(\.element)
        return retenues.map { piste in
            let suggestion = project.suggestions?.suggestions.first { $0.fiche == piste.fiche }
            return DossierMetier(
                fiche: piste.fiche, libelle: piste.libelle ?? suggestion?.libelle, rang: piste.rang,
                score: suggestion?.score, raisons: suggestion?.raisons ?? [], commentaires: piste.commentaires)
        }
    }

    /// Skills grouped by origin: each experience (in the project's order), then declared, then
    /// suggested; empty groups other than experiences are left out.
    public var skillGroups: [DossierSkillGroup] {
        let competences = project.competences?.competences ?? []
        var groups = (project.competences?.experiences ?? []).map { experience in
            DossierSkillGroup(
                origin: .experience(experience),
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

/// Skills as a dossier made with the catalogue groups them: by the ROME category of their item (the
/// skills the catalogue does not know, such as a free-text one, under a nil category, last).
public struct DossierSkillDomain: Hashable, Sendable {
    /// The ROME category (`DossierReferenceLabels.skillCategories`); nil for skills outside the catalogue.
    public var category: String?
    public var competences: [Competence]
}

extension Dossier {
    /// Skills by ROME category, categories in alphabetical order, skills in the project's order; nil
    /// when the dossier was made without a catalogue (then `skillGroups` is the grouping to show).
    public var skillDomains: [DossierSkillDomain]? {
        guard !references.isEmpty else { return nil }
        let competences = project.competences?.competences ?? []
        let categories = { (competence: Competence) in competence.item.flatMap { references.skillCategories[$0.code] } }
        var domains = Set(competences.compactMap(categories)).sorted().map { category in
            DossierSkillDomain(category: category, competences: competences.filter { categories($0) == category })
        }
        let outside = competences.filter { categories($0) == nil }
        if !outside.isEmpty { domains.append(DossierSkillDomain(category: nil, competences: outside)) }
        return domains
    }

    /// The experience a skill was shown by or suggested from, if any.
    public func experience(of competence: Competence) -> Experience? {
        competence.source.experience.flatMap { project.competences?.experience($0) }
    }
}

extension Dossier {
    /// A centre d'intérêt's words: the catalogue's, else those a saved suggestion copied (an `interets`
    /// component's item coded 1…30), else nil — never guessed.
    public func centreName(_ centre: CentreInteretCode) -> String? {
        if let label = references.centres[centre.rawValue] { return label }
        for suggestion in project.suggestions?.suggestions ?? [] {
            for component in suggestion.composantes where component.nom == "interets" {
                if let item = component.elements.first(where: { Int($0.code) == centre.rawValue }), let label = item.libelle { return label }
            }
        }
        return nil
    }
}

extension Dossier {
    /// The rated centres d'intérêt, the best rated first (equal ratings by number).
    public var ratedCentres: [CentreInteretRating] {
        (project.interets?.centres ?? []).sorted { ($0.rating.value, $1.centre) > ($1.rating.value, $0.centre) }
    }
}

extension Dossier {
    /// The counsellors' notes by the step they are about, in step order, oldest first within a step
    /// (`Project.notes(on:)`), as the page groups them.
    public var notesInStepOrder: [CounsellorNote] {
        Step.allCases.flatMap { project.notes(on: $0) }
    }
}
