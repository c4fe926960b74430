/// How far a project is, step by step (DocC: JalonCore.docc/Readiness.md): what each step has, what it lacks, what
/// is à revoir, and whether the person may go on from the current step.
public struct Readiness: Sendable, Equatable {
    /// At least this many of the 30 centres d'intérêt rated: a third gives the suggestions enough to
    /// work on without asking for all thirty.
    public static let minimumCentresRated = 10

    /// The seven steps, in order.
    public let steps: [StepReadiness]
    public let current: Step

    public subscript(step: Step) -> StepReadiness { steps[step.number - 1] }

    /// The person may leave `step` for the next one when it and every step before it are complete,
    /// and it is not à revoir. Earlier steps à revoir do not block: a step can be revisited any time.
    public func mayAdvance(from step: Step) -> Bool {
        !self[step].isARevoir && Step.allCases.filter { $0 <= step }.allSatisfy { self[$0].isComplete }
    }

    /// Whether the person may go on from the current step.
    public var mayAdvance: Bool { mayAdvance(from: current) }

    /// The first incomplete step, where the person should go next; nil when all are complete.
    public var firstIncomplete: Step? { steps.first { !$0.isComplete }?.step }

    public init(_ project: Project) {
        let inconsistencies = project.inconsistencies
        current = project.progression.current
        steps = Step.allCases.map { step in
            var (complete, missing, remarks) = Self.findings(step, project)
            missing += inconsistencies.filter { $0.step == step }.map(ReadinessFinding.inconsistency)
            if project.progression[step] == .aRevoir { remarks.insert(.changedUpstream, at: 0) }
            return StepReadiness(step: step, state: project.progression[step], complete: complete, missing: missing, remarks: remarks)
        }
    }

    typealias Findings = (complete: [ReadinessFinding], missing: [ReadinessFinding], remarks: [ReadinessFinding])

    static func findings(_ step: Step, _ project: Project) -> Findings {
        switch step {
        case .profil: profil(project.profil)
        case .interets: interets(project.interets)
        case .competences: competences(project.competences)
        case .pistes: pistes(project.pistes)
        case .formations: formations(project)
        case .plan: plan(project.plan)
        case .synthese: synthese(project.synthese)
        }
    }

    /// Situation, highest diploma and a place (commune or département) are needed: the paths depend on them.
    static func profil(_ profil: Profil?) -> Findings {
        var result: Findings = ([], [], [])
        if let situation = profil?.situation { result.complete.append(.situationGiven(situation)) } else { result.missing.append(.situationMissing) }
        if let diplome = profil?.diplome { result.complete.append(.diplomeGiven(diplome)) } else { result.missing.append(.diplomeMissing) }
        if let place = profil?.commune?.nom ?? profil?.departement?.code {
            result.complete.append(.placeGiven(place))
        } else {
            result.missing.append(.placeMissing)
        }
        return result
    }

    /// At least `minimumCentresRated` centres rated and the RIASEC profile computed.
    static func interets(_ interets: Interets?) -> Findings {
        var result: Findings = ([], [], [])
        let rated = interets?.centres.count ?? 0
        if rated >= minimumCentresRated {
            result.complete.append(.centresRated(rated))
        } else {
            result.missing.append(.centresTooFew(rated: rated, minimum: minimumCentresRated))
        }
        if let profile = interets?.profil { result.complete.append(.riasecProfileComputed(profile.code)) } else { result.missing.append(.riasecProfileMissing) }
        return result
    }

    /// At least one experience and one confirmed skill (a suggestion the person has not confirmed does not count).
    static func competences(_ competences: Competences?) -> Findings {
        var result: Findings = ([], [], [])
        let experiences = competences?.experiences.count ?? 0
        if experiences > 0 { result.complete.append(.experiencesGiven(experiences)) } else { result.missing.append(.experiencesMissing) }
        let confirmed = competences?.competences.filter { if case .suggeree = $0.source { false } else { true } }.count ?? 0
        if confirmed > 0 { result.complete.append(.competencesConfirmed(confirmed)) } else { result.missing.append(.competencesMissing) }
        return result
    }

    /// One to five kept pistes (more than five is an inconsistency, reported with the others).
    static func pistes(_ pistes: Pistes?) -> Findings {
        let kept = pistes?.retenues.count ?? 0
        return kept > 0 ? ([.retenuesKept(kept)], [], []) : ([], [.retenuesMissing], [])
    }

    /// Every kept piste has a chosen path.
    static func formations(_ project: Project) -> Findings {
        var result: Findings = ([], [], [])
        let kept = project.pistes?.retenues.sorted { ($0.rang ?? Int.max, $0.fiche) < ($1.rang ?? Int.max, $1.fiche) } ?? []
        if kept.isEmpty { result.missing.append(.formationsNeedPistes) }
        for piste in kept {
            if project.formations.contains(where: { $0.fiche == piste.fiche && $0.choisie }) {
                result.complete.append(.formationChosen(piste.fiche))
            } else {
                result.missing.append(.formationNotChosen(piste.fiche))
            }
        }
        return result
    }

    /// At least one dated action that is not cancelled; undated ones are remarked on.
    static func plan(_ plan: [PlanAction]) -> Findings {
        let live = plan.filter { $0.status != .annulee }
        let dated = live.filter { $0.date != nil }.count
        var result: Findings = dated > 0 ? ([.actionsDated(dated)], [], []) : ([], [.actionsMissing], [])
        let undated = live.count - dated
        if undated > 0 { result.remarks.append(.actionsUndated(undated)) }
        return result
    }

    /// At least one paragraph of the person's own account.
    static func synthese(_ synthese: Synthese?) -> Findings {
        let paragraphs = synthese?.paragraphes.filter { !$0.isEmpty }.count ?? 0
        return paragraphs > 0 ? ([.syntheseWritten(paragraphs)], [], []) : ([], [.syntheseMissing], [])
    }
}
