/// The numbers of one fiche's match, each in 0…1 except `total` (0…100). Formulas: <doc:Matching>.
public struct MatchScore: Sendable, Equatable {
    /// Centre d'intérêt fit C.
    public let centres: Double
    /// Mean RIASEC congruence R; nil when the person or the fiche has no code.
    public let congruence: Double?
    /// Interest fit I = C, or (1 − 0.3)·C + 0.3·R with a congruence.
    public let interest: Double
    /// Skill fit S.
    public let skill: Double
    /// Access fit A.
    public let access: Double
    /// Mobilité bonus B.
    public let mobilite: Double
    /// Preference P: 1 for a kept piste.
    public let preference: Double
    /// Set aside by the person (`ecartee`): total 0, ranked after every other fiche.
    public let isExcluded: Bool

    /// base = 0.40·I + 0.35·S + 0.25·A.
    public var base: Double {
        MatchingWeights.interest * interest + MatchingWeights.skill * skill + MatchingWeights.access * access
    }

    /// 100 × (base + (1 − base) × (0.20·B + 0.10·P)), 0 when excluded: the bonuses close part of the
    /// gap to 100, so the total stays within 0…100 and grows with every component.
    public var total: Double {
        guard !isExcluded else { return 0 }
        let base = base
        let bonus = MatchingWeights.mobiliteBonus * mobilite + MatchingWeights.preferenceBonus * preference
        return 100 * (base + (1 - base) * bonus)
    }

    /// What the mobilité and preference bonuses add, in points.
    public var bonusPoints: Double { isExcluded ? 0 : total - 100 * base }
}
