import JalonLocale

/// A path's score: the weighted mean of its known components, each with the reason that produced it.
/// score = 100 × Σ weight × value / Σ weight over the components whose value is known; a component
/// whose figure does not exist (no InserJeunes rate) is marked unknown and left out, never given a
/// neutral value; a borrowed figure counts with ``borrowedShare`` of its weight
/// (DocC: JalonCore.docc/TrainingPaths.md).
public struct PathScore: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case levelGap = "ecart-niveau"
        case routeFit = "voie"
        case insertion
        case offers = "offres"
        case regulation = "reglementation"

        public var weight: Double {
            switch self {
            case .levelGap: 0.25
            case .routeFit: 0.25
            case .insertion: 0.20
            case .offers: 0.15
            case .regulation: 0.15
            }
        }

        public func label(in language: Language) -> String {
            switch self {
            case .levelGap: language.pick(fr: "écart de niveau", en: "level gap")
            case .routeFit: language.pick(fr: "voie", en: "route")
            case .insertion: language.pick(fr: "insertion", en: "employment")
            case .offers: language.pick(fr: "offres", en: "offers")
            case .regulation: language.pick(fr: "réglementation", en: "regulation")
            }
        }
    }

    /// Share of its weight a borrowed figure keeps (another route, region or certification than the
    /// path's): it says something, less than the path's own figure would.
    public static let borrowedShare = 0.5

    public struct Component: Sendable, Equatable {
        public let kind: Kind
        /// 0…1; nil when unknown (left out of the score).
        public let value: Double?
        public let reason: PathReason
        /// The weight it counts with: the kind's, × ``PathScore/borrowedShare`` for a borrowed figure.
        public let weight: Double
        /// Points this component adds to the score (0 when unknown); the components' points add up to
        /// ``PathScore/total``.
        public let points: Double

        public init(kind: Kind, value: Double?, reason: PathReason, borrowed: Bool = false) {
            self.init(kind: kind, value: value, reason: reason, weight: kind.weight * (borrowed ? PathScore.borrowedShare : 1), points: 0)
        }

        init(kind: Kind, value: Double?, reason: PathReason, weight: Double, points: Double) {
            self.kind = kind
            self.value = value
            self.reason = reason
            self.weight = weight
            self.points = points
        }

        public var isUnknown: Bool { value == nil }
    }

    /// In `Kind.allCases` order.
    public let components: [Component]

    public init(components: [Component]) {
        let sorted = components.sorted { Kind.allCases.firstIndex(of: $0.kind)! < Kind.allCases.firstIndex(of: $1.kind)! }
        let known = sorted.reduce(0) { $0 + ($1.value == nil ? 0 : $1.weight) }
        self.components = sorted.map {
            Component(
                kind: $0.kind, value: $0.value, reason: $0.reason, weight: $0.weight,
                points: known > 0 ? 100 * $0.weight * ($0.value ?? 0) / known : 0)
        }
    }

    /// 0…100, summed in component order so the same components always give the same bits.
    public var total: Double { components.reduce(0) { $0 + $1.points } }

    /// Each component's points as shown, in tenths, adding up to the total shown (``ShownPoints``).
    public var shownPointTenths: [Int] { ShownPoints.tenths(components.map(\.points)) }
    public var shownTotalTenths: Int { ShownPoints.totalTenths(components.map(\.points)) }

    public func component(_ kind: Kind) -> Component? { components.first { $0.kind == kind } }

    /// Each component's reason after its points as shown ("voie 25,0 pts : …", "insertion inconnue : …"),
    /// the largest contribution first (ties in `Kind` order), unknown ones last.
    public func reasons(in language: Language) -> [String] {
        zip(components, shownPointTenths).enumerated().sorted { a, b in
            (a.element.0.isUnknown ? 1 : 0, -a.element.1, a.offset) < (b.element.0.isUnknown ? 1 : 0, -b.element.1, b.offset)
        }.map { _, pair in
            let (component, tenths) = pair
            let head =
                component.isUnknown
                ? component.kind.label(in: language) + language.pick(fr: " inconnu(e)", en: " unknown")
                : "\(component.kind.label(in: language)) \(MatchScore.pointsText(tenths: tenths, language)) pts"
            return head + language.pick(fr: " : ", en: ": ") + component.reason.message(in: language)
        }
    }
}
