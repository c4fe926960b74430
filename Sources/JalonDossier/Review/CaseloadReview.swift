import JalonCore

/// The rules of one review: from when activity counts, and after how many quiet days a file is
/// flagged. Pure: the same project and the same review always give the same row.
public struct CaseloadReview: Hashable, Sendable {
    public static let defaultStalledDays = 30

    public var stalledDays: Int
    public var now: Timestamp

    public init(stalledDays: Int = Self.defaultStalledDays, now: Timestamp = .now()) {
        self.stalledDays = stalledDays
        self.now = now
    }

    /// The review of `project`. `person` and `lastChange` differ between a dossier (shared name,
    /// last revision) and a project document (its own name, `metadata.updated`), so the caller says.
    public func summary(
        of project: Project, kind: CaseloadSummary.Kind, person: String, lastChange: Timestamp,
        fingerprintIntact: Bool?
    ) -> CaseloadSummary {
        let kept = (project.pistes?.retenues ?? []).enumerated()
            .sorted { ($0.element.rang ?? .max, $0.offset) < ($1.element.rang ?? .max, $1.offset) }
            .map(\.element)
        let days = max(0, Int((now.secondsSince1970 - lastChange.secondsSince1970) / 86_400))
        let inconsistencies = project.inconsistencies
        var flags: [CaseloadFlag] = []
        if kept.isEmpty { flags.append(.noTargetKept) }
        if project.plan.isEmpty { flags.append(.emptyPlan) }
        if days >= stalledDays { flags.append(.inactive) }
        if !inconsistencies.isEmpty { flags.append(.inconsistent) }
        if fingerprintIntact == false { flags.append(.fingerprintAltered) }
        return CaseloadSummary(
            kind: kind, projectID: project.id, person: person, currentStep: project.progression.current,
            keptTargets: kept, lastChange: lastChange, daysSinceChange: days,
            staleSteps: Step.allCases.filter { project.progression[$0] == .aRevoir },
            inconsistencies: inconsistencies, fingerprintIntact: fingerprintIntact, flags: flags)
    }

    /// A project document: the name it holds (the counsellor was given the whole document: its
    /// display name, else the profile's), else the pseudonym; its last change is its last save.
    public func summary(ofProjectDocument project: Project) -> CaseloadSummary {
        summary(
            of: project, kind: .project, person: project.displayName ?? project.pseudonym,
            lastChange: project.metadata.updated, fingerprintIntact: nil)
    }

    /// An XML dossier: the person as the dossier names them (the name only if shared); its last
    /// change is its latest revision (or the project's last save, if later: an annotation).
    public func summary(ofDossier file: DossierFile) -> CaseloadSummary {
        let lastChange = max(file.history.map(\.created).max() ?? file.project.metadata.updated, file.project.metadata.updated)
        return summary(
            of: file.project, kind: .dossier, person: file.dossier.personLabel, lastChange: lastChange,
            fingerprintIntact: file.isIntact)
    }
}
