/// A path's score: the weighted sum of its components, each with the reason that produced it.
/// score = 100 × Σ weight × value; weights sum to 1 (DocC: JalonCore.docc/TrainingPaths.md).
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
    }

    public struct Component: Sendable, Equatable {
        public let kind: Kind
        /// 0…1.
        public let value: Double
        public let reason: PathReason

        public init(kind: Kind, value: Double, reason: PathReason) {
            self.kind = kind
            self.value = value
            self.reason = reason
        }

        public var weight: Double { kind.weight }
        /// Points this component adds to the score.
        public var points: Double { 100 * kind.weight * value }
    }

    /// In `Kind.allCases` order.
    public let components: [Component]

    public init(components: [Component]) {
        self.components = components.sorted { Kind.allCases.firstIndex(of: $0.kind)! < Kind.allCases.firstIndex(of: $1.kind)! }
    }

    /// 0…100, summed in component order so the same components always give the same bits.
    public var total: Double { components.reduce(0) { $0 + $1.points } }

    public func component(_ kind: Kind) -> Component? { components.first { $0.kind == kind } }
}
