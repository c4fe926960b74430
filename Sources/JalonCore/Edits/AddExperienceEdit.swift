/// Step 3: an experience named by a ROME appellation (an OGR code, or words that clearly point to one),
/// and the cœur-de-métier skills of its fiche, each confirmed, declined or left to confirm as
/// `decisions` says (pending when it says nothing).
public struct AddExperienceEdit: ProjectEdit {
    /// An appellation's OGR code, or words of its title.
    public var appellation: String
    public var nature: String
    /// Years, half-years allowed.
    public var years: Double?
    public var decisions: [OgrCode: CoreSkillDecision]
    /// Every core skill confirmed (maîtrise pratique) unless `decisions` says otherwise.
    public var acceptCore: Bool

    public init(
        appellation: String, nature: String = Experience.Nature.emploi.rawValue, years: Double? = nil,
        decisions: [OgrCode: CoreSkillDecision] = [:], acceptCore: Bool = false
    ) {
        self.appellation = appellation
        self.nature = nature
        self.years = years
        self.decisions = decisions
        self.acceptCore = acceptCore
    }

    public static var natures: String { Experience.Nature.allCases.map(\.rawValue).joined(separator: ", ") }
    /// A words search picks its first appellation only when it leads the next one by this much score:
    /// otherwise the person chooses, rather than Jalon guessing their job.
    public static let clearLead = 0.1

    /// What one addition did: the experience, and each core skill with what became of it.
    public struct Added: Sendable {
        public var id: ExperienceID
        public var appellation: Appellation
        public var outcome: [Outcome]
    }

    public struct Outcome: Sendable {
        public var item: FicheItem
        public var decision: CoreSkillDecision
    }

    /// Nature and duration, checked.
    public func details() throws(EditFailure) -> (nature: Experience.Nature, years: Double?) {
        guard let value = Experience.Nature(rawValue: nature) else {
            throw .invalid(
                "nature", fr: "nature « \(nature) » inconnue (attendu : \(Self.natures))", en: "unknown nature '\(nature)' (expected: \(Self.natures))")
        }
        guard let years else { return (value, nil) }
        // Half-years at most: the document stores annees to the half.
        guard years > 0, years <= 60, (years * 2).rounded() == years * 2 else {
            throw .invalid(
                "years", fr: "durée « \(Self.number(years)) » impossible (un nombre d’années, demi-années permises, comme 2 ou 1.5)",
                en: "impossible duration '\(Self.number(years))' (a number of years, half-years allowed, like 2 or 1.5)")
        }
        return (value, years)
    }

    /// The appellation the text names: an OGR code, or words that clearly point to one (else the
    /// candidates, as an `.ambiguous` failure).
    public func resolve(in catalogue: any EditCatalogue) throws(EditFailure) -> Appellation {
        let text = appellation.trimmingWhitespace
        if let ogr = OgrCode(text) {
            guard let found = catalogue.appellation(ogr) else {
                throw .invalid(
                    "appellation", fr: "« \(text) » n’est pas le code OGR d’une appellation du catalogue ROME (voir jalon catalogue search)",
                    en: "'\(text)' is not the OGR code of an appellation of the ROME catalogue (see jalon catalogue search)")
            }
            return found
        }
        let candidates = try catalogue.appellationCandidates(text)
        guard let first = candidates.first else {
            throw .invalid(
                "appellation", fr: "aucun métier ne correspond à « \(text) » (voir jalon catalogue search)",
                en: "no job matches '\(text)' (see jalon catalogue search)")
        }
        guard candidates.count == 1 || first.score - candidates[1].score >= Self.clearLead,
            let ogr = OgrCode(first.code), let found = catalogue.appellation(ogr)
        else {
            let list = candidates.prefix(5).map(\.listed).joined(separator: " ; ")
            throw EditFailure(
                .ambiguous, field: "appellation",
                fr: "« \(text) » peut désigner plusieurs métiers ; donnez le code OGR de l’un d’eux : \(list)",
                en: "'\(text)' may name several jobs; give the OGR code of one of them: \(list)",
                candidates: Array(candidates.prefix(5)))
        }
        return found
    }

    /// Savoir-faire and savoir-être only: a skill is something one does or how one behaves, and
    /// `Competence` items are those (savoirs are knowledge, handled with trainings).
    public static func coreSkills(of appellation: Appellation, in catalogue: any EditCatalogue) -> [FicheItem] {
        catalogue.coeurDeMetier(of: appellation.fiche).filter { $0.rubrique == .savoirFaire || $0.rubrique == .savoirEtre }
    }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Added> {
        let (nature, years) = try details()
        let catalogue = try context.requireCatalogue("appellation")
        let found = try resolve(in: catalogue)
        let core = Self.coreSkills(of: found, in: catalogue)
        var competences = project.competences ?? Competences()
        let id = ExperienceID.next(prefix: "x", after: competences.experiences.map(\.id))
        competences.experiences.append(Experience(id: id, nature: nature, appellation: RomeItemRef(code: found.ogr, libelle: found.longLabel), annees: years)!)
        let outcome = core.compactMap { item -> Outcome? in
            let decision = decisions[item.ogr] ?? (acceptCore ? .confirmed(nil) : .pending)
            return competences.apply(decision, to: item, from: id) ? Outcome(item: item, decision: decision) : nil
        }
        project.competences = competences
        project.recordChange(of: .competences)
        let confirmed = outcome.filter { if case .confirmed = $0.decision { true } else { false } }.count
        let message = context.pick(
            fr: "Expérience \(id) : \(found.longLabel)" + (confirmed > 0 ? ", \(confirmed) compétence(s) confirmée(s)" : ""),
            en: "Experience \(id): \(found.longLabel)" + (confirmed > 0 ? ", \(confirmed) skill(s) confirmed" : ""))
        return EditResult(message: message, step: .competences, change: Added(id: id, appellation: found, outcome: outcome))
    }

    static func number(_ value: Double) -> String { value.rounded() == value ? String(Int(value)) : String(value) }
}
