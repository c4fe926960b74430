/// The Dares–Pôle emploi tension on the labour market for the family of métiers (FAP 2009) a ROME fiche
/// belongs to, in one area: « débouchés ». A figure for a family, not for the fiche alone, and for one
/// year; shown with its components so that unfavourable conditions are never hidden behind a « forte ».
public struct MetierTension: Sendable, Hashable {
    public enum Area: Sendable, Hashable {
        case departement(String)
        case region(code: String, name: String?)
        case france
    }

    /// How hard employers find it to recruit: « forte » means many offers for few candidates, good
    /// prospects for a person looking for work.
    public enum Level: String, Sendable, Hashable {
        case forte, moyenne, faible
        /// Categories 4–5 are strong, 3 medium, 1–2 weak (the Dares scale of quintiles).
        public init(category: Int) { self = category >= 4 ? .forte : category == 3 ? .moyenne : .faible }
    }

    /// One factor the Dares publishes beside the indicator, on its 1–5 scale (5: pushes tension up).
    public struct Component: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case hiringIntensity, labourShortage, nonDurableEmployment, workingConditions, geographicMismatch, trainingLink
        }
        public let kind: Kind
        public let category: Int
        public init(kind: Kind, category: Int) {
            self.kind = kind
            self.category = category
        }
        /// Categories 4–5 of non-durable employment and constraining conditions are unfavourable to the
        /// person (short contracts, hard conditions): they must be said next to the tension.
        public var isUnfavourable: Bool { (kind == .nonDurableEmployment || kind == .workingConditions) && category >= 4 }
    }

    /// The FAP 2009 family (e.g. `J0Z40`) the figure describes.
    public let family: String
    public let area: Area
    /// The area asked for when the figure had to come from a wider one (département not published).
    public let requestedArea: Area?
    /// Synthetic indicator category, 1–5.
    public let category: Int
    public let components: [Component]
    /// Employment of the family in the area (people), when published.
    public let employment: Int?
    public let year: Int
    /// Median monthly salary of the family's wider group (FAP 87), with its period.
    public struct Salary: Sendable, Hashable {
        public let euros: Int
        public let period: String
        public init(euros: Int, period: String) {
            self.euros = euros
            self.period = period
        }
    }
    public let medianSalary: Salary?
    public let source: CatalogueSource

    public var level: Level { Level(category: category) }

    public init(
        family: String, area: Area, requestedArea: Area?, category: Int, components: [Component], employment: Int?, year: Int,
        medianSalary: Salary?, source: CatalogueSource
    ) {
        self.family = family
        self.area = area
        self.requestedArea = requestedArea
        self.category = category
        self.components = components
        self.employment = employment
        self.year = year
        self.medianSalary = medianSalary
        self.source = source
    }
}

extension MetierTension.Area {
    /// `france`, `region:27`, `departement:25`: the area as the JSON and XML dossiers state it.
    public var token: String {
        switch self {
        case .france: "france"
        case let .region(code, _): "region:" + code
        case let .departement(code): "departement:" + code
        }
    }

    /// The area a ``token`` names; `name` is a region's name when known. Nil for anything else.
    public init?(token: String, name: String? = nil) {
        if token == "france" { self = .france; return }
        let parts = token.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        switch parts[0] {
        case "region": self = .region(code: parts[1], name: name)
        case "departement": self = .departement(parts[1])
        default: return nil
        }
    }

    /// The region's name, when the area is a region that has one.
    public var name: String? {
        if case let .region(_, name) = self { return name }
        return nil
    }
}
