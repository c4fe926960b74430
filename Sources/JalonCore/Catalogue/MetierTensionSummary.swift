import JalonLocale

/// A tension figure as the JSON outputs give it (CLI `--json`, the API, the JSON dossier): the same
/// fields and sentences at every door.
public struct MetierTensionSummary: Encodable, Sendable, Equatable {
    public struct Component: Encodable, Sendable, Equatable {
        public let kind: String
        public let category: Int
        public let sentence: String
        /// Short contracts or hard conditions: shown beside the tension, never hidden.
        public let unfavourable: Bool
    }

    /// forte, moyenne or faible.
    public let level: String
    public let category: Int
    public let headline: String
    public let meaning: String
    public let area: String
    /// The area asked for when the figure comes from a wider one.
    public let requestedArea: String?
    public let family: String
    public let year: Int
    public let components: [Component]
    public let employment: Int?
    public let medianSalary: Int?
    public let salaryPeriod: String?
    /// Fallback, family of métiers, source: the sentences to show with the figure.
    public let caveats: [String]
    public let source: String

    public init(_ tension: MetierTension, language: Language) {
        level = tension.level.rawValue
        category = tension.category
        headline = tension.headline(in: language)
        meaning = tension.meaning(in: language)
        area = tension.area.label(in: language)
        requestedArea = tension.requestedArea?.label(in: language)
        family = tension.family
        year = tension.year
        components = tension.components.map {
            Component(kind: $0.kind.rawValue, category: $0.category, sentence: $0.sentence(in: language), unfavourable: $0.isUnfavourable)
        }
        employment = tension.employment
        medianSalary = tension.medianSalary?.euros
        salaryPeriod = tension.medianSalary?.period
        caveats = tension.caveats(in: language)
        source = "\(tension.source.publisher), \(tension.source.title), \(tension.source.version)"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(level, forKey: .level)
        try container.encode(category, forKey: .category)
        try container.encode(headline, forKey: .headline)
        try container.encode(meaning, forKey: .meaning)
        try container.encode(area, forKey: .area)
        try container.encode(requestedArea, forKey: .requestedArea)
        try container.encode(family, forKey: .family)
        try container.encode(year, forKey: .year)
        try container.encode(components, forKey: .components)
        try container.encode(employment, forKey: .employment)
        try container.encode(medianSalary, forKey: .medianSalary)
        try container.encode(salaryPeriod, forKey: .salaryPeriod)
        try container.encode(caveats, forKey: .caveats)
        try container.encode(source, forKey: .source)
    }

    private enum CodingKeys: String, CodingKey {
        case level, category, headline, meaning, area, requestedArea, family, year, components, employment, medianSalary, salaryPeriod, caveats, source
    }
}

extension MetierTension {
    /// The lines a text output shows: headline and meaning, every component (unfavourable ones marked),
    /// the salary, then the caveats.
    public func lines(in language: Language) -> [String] {
        var lines = ["\(headline(in: language)) : \(meaning(in: language))."]
        lines += components.map { "  · " + $0.sentence(in: language) + ($0.isUnfavourable ? language.pick(fr: " — à savoir", en: " — worth knowing") : "") }
        if let salary = salaryLine(in: language) { lines.append("  " + salary) }
        lines += caveats(in: language).map { "  " + $0 }
        return lines
    }
}
