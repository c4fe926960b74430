/// The numbers of one fiche's match, each in 0…1 except `total` (0…100). Formulas: <doc:Matching>.
public struct MatchScore: Sendable, Equatable {
    /// The parts of the total, each worth ``points(_:)``; their points add up to ``total``.
    public enum Part: String, Sendable, CaseIterable {
        case interets, competences, acces, mobilite, preferences
        /// Only when the person asks for « métiers qui recrutent dans ma région ».
        case debouches

        /// The part's weight as ``MatchingWeights`` states it: a share of the base for the three fits, a
        /// share of the remaining gap to 100 for the two bonuses.
        public var weight: Double {
            switch self {
            case .interets: MatchingWeights.interest
            case .competences: MatchingWeights.skill
            case .acces: MatchingWeights.access
            case .mobilite: MatchingWeights.mobiliteBonus
            case .preferences: MatchingWeights.preferenceBonus
            case .debouches: MatchingWeights.debouchesBonus
            }
        }

        /// A bonus closes part of the gap left by the base instead of adding its weight.
        public var isBonus: Bool { self == .mobilite || self == .preferences || self == .debouches }
    }

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
    /// Job prospects D (``MatchingWeights/debouches(category:)``); nil when the person did not ask for
    /// métiers qui recrutent, and the part is then absent, not worth 0.
    public let debouches: Double?

    public init(
        centres: Double, congruence: Double?, interest: Double, skill: Double, access: Double, mobilite: Double,
        preference: Double, isExcluded: Bool, debouches: Double? = nil
    ) {
        self.centres = centres
        self.congruence = congruence
        self.interest = interest
        self.skill = skill
        self.access = access
        self.mobilite = mobilite
        self.preference = preference
        self.isExcluded = isExcluded
        self.debouches = debouches
    }

    /// The parts this score has, in ``Part`` order: every part but the job prospects unless asked for.
    public var parts: [Part] { debouches == nil ? Self.standardParts : Part.allCases }

    private static let standardParts = Part.allCases.filter { $0 != .debouches }

    /// base = 0.40·I + 0.35·S + 0.25·A.
    public var base: Double {
        MatchingWeights.interest * interest + MatchingWeights.skill * skill + MatchingWeights.access * access
    }

    /// The value (0…1) of a part.
    public func value(_ part: Part) -> Double {
        switch part {
        case .interets: interest
        case .competences: skill
        case .acces: access
        case .mobilite: mobilite
        case .preferences: preference
        case .debouches: debouches ?? 0
        }
    }

    /// What a part adds to the total, in points: 100 × weight × value for the three fits, 100 × (1 − base)
    /// × weight × value for a bonus (it closes that share of the gap to 100). 0 when excluded. A bonus
    /// depends only on the base and its own value, so adding one never changes another part's points.
    public func points(_ part: Part) -> Double {
        guard !isExcluded else { return 0 }
        let share = part.isBonus ? (1 - base) * part.weight : part.weight
        return 100 * share * value(part)
    }

    /// 100 × (base + (1 − base) × (0.20·B + 0.10·P [+ 0.10·D])), 0 when excluded, computed as the sum of
    /// the parts' points in ``Part`` order, so that the explanation adds up to it exactly. The bonuses close
    /// part of the gap to 100 (0.40 at most together), so the total stays within 0…100 and grows with every component.
    public var total: Double { parts.reduce(0) { $0 + points($1) } }

    /// What the bonuses add, in points.
    public var bonusPoints: Double { parts.filter(\.isBonus).reduce(0) { $0 + points($1) } }

    /// The total as shown, in tenths of a point.
    public var shownTotalTenths: Int { ShownPoints.totalTenths(parts.map(points)) }

    /// Each part's points as shown, in tenths, adding up exactly to ``shownTotalTenths``
    /// (``ShownPoints``): what the CLI, the API, the saved record and the dossier show.
    public var shownPointTenths: [Part: Int] {
        Dictionary(uniqueKeysWithValues: zip(parts, ShownPoints.tenths(parts.map(points))))
    }
}
