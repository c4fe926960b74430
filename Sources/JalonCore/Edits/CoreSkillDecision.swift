/// What the person said of one cœur-de-métier skill of a new experience.
public enum CoreSkillDecision: Equatable, Sendable {
    /// Theirs: at the level given, else the level it already had, else maîtrise pratique.
    case confirmed(Maitrise?)
    /// Not theirs: not added.
    case declined
    /// Not asked (or not answered): saved as a suggestion to confirm later by rating it.
    case pending
}

extension Competences {
    /// Applies what the person said of a core skill of experience `id`; true when the portfolio changed.
    /// One entry per ROME item: a confirmed skill keeps its source and level, a pending suggestion is
    /// confirmed by a yes (now shown by this experience), a no leaves the portfolio as it was.
    public mutating func apply(_ decision: CoreSkillDecision, to item: FicheItem, from id: ExperienceID) -> Bool {
        if let index = competences.firstIndex(where: { $0.item?.code == item.ogr }) {
            guard case .confirmed(let level) = decision, case .suggeree = competences[index].source else { return false }
            competences[index].source = .experience(id)
            competences[index].maitrise = level ?? competences[index].maitrise ?? .pratique
            return true
        }
        let reference = RomeItemRef(code: item.ogr, libelle: item.label)
        switch decision {
        case .confirmed(let level): competences.append(Competence(item: reference, source: .experience(id), maitrise: level ?? .pratique)!)
        case .pending: competences.append(Competence(item: reference, source: .suggeree(from: id))!)
        case .declined: return false
        }
        return true
    }

    /// The index of the skill with this ROME item, or the failure saying it is not in the portfolio.
    func index(of ogr: OgrCode, field: String) throws(EditFailure) -> Int {
        guard let index = competences.firstIndex(where: { $0.item?.code == ogr }) else {
            throw .invalid(
                field, fr: "la compétence \(ogr) n’est pas dans vos compétences (voir jalon competences list)",
                en: "competence \(ogr) is not among your skills (see jalon competences list)")
        }
        return index
    }
}

extension Maitrise {
    /// A level typed as a number, 1…4, or the failure naming `field`.
    public static func parse(_ value: Int, field: String) throws(EditFailure) -> Maitrise {
        guard let level = Maitrise(rawValue: value) else {
            throw .invalid(
                field, fr: "niveau « \(value) » impossible (attendu : 1 notions, 2 pratique, 3 autonomie, 4 expertise)",
                en: "impossible level '\(value)' (expected: 1 notions, 2 practice, 3 autonomy, 4 expertise)")
        }
        return level
    }
}
