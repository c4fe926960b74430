import ArgumentParser
import JalonCatalogue
import JalonCore
import JalonLocale

/// `jalon catalogue search TEXT [--kind metier|competence|certification]`
struct CatalogueSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: L(
            "Cherche un métier, une compétence ou une certification (sans souci d’accents, de casse ni de genre).",
            "Searches jobs, skills and certifications (accents, case and gender do not matter)."),
        discussion: L(
            "Exemples : jalon catalogue search aide soignante · jalon catalogue search --kind certification BTS MCO",
            "Examples: jalon catalogue search aide soignante · jalon catalogue search --kind certification BTS MCO")
    )

    @OptionGroup var options: CatalogueOptions
    @Argument(help: ArgumentHelp(L("Texte cherché.", "Text to search for."), valueName: "TEXT")) var text: [String]
    @Option(
        name: .long,
        help: ArgumentHelp(
            L(
                "Ne garder qu’une famille : metier, competence ou certification.",
                "Keep one family only: metier, competence or certification."), valueName: "KIND"))
    var kind: String?
    @Option(name: .long, help: ArgumentHelp(L("Nombre de résultats.", "Number of results."))) var limit = 10
    @OptionGroup var output: JSONOutputOptions

    func validate() throws {
        if let kind, SearchKind(rawValue: kind) == nil {
            throw ValidationError(
                L(
                    "--kind attend metier, competence ou certification (reçu : \(kind)).",
                    "--kind expects metier, competence or certification (got: \(kind))."))
        }
        guard limit > 0 else { throw ValidationError(L("--limit doit être positif.", "--limit must be positive.")) }
    }

    struct Output: Encodable {
        struct Result: Encodable {
            let kind, code, label: String
            let fiche: String?
            let score: Double

            /// Every key always present (`fiche` is null for skills and certifications): a stable shape.
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(kind, forKey: .kind)
                try container.encode(code, forKey: .code)
                try container.encode(label, forKey: .label)
                try container.encode(fiche, forKey: .fiche)
                try container.encode(score, forKey: .score)
            }

            enum CodingKeys: String, CodingKey { case kind, code, label, fiche, score }
        }
        let query: String
        let results: [Result]
    }

    func run() throws {
        let language = options.language
        try reportingCatalogueFailures {
            let catalogue = try options.load()
            let query = text.joined(separator: " ")
            let results = catalogue.search(query, kind: kind.flatMap(SearchKind.init(rawValue:)), limit: limit)
            if output.json {
                try JSONOutput.print(
                    Output(
                        query: query,
                        results: results.map {
                            .init(kind: $0.kind.rawValue, code: $0.code, label: $0.label, fiche: $0.fiche?.rawValue, score: ($0.score * 1000).rounded() / 1000)
                        }))
                return
            }
            if results.isEmpty {
                print(language.pick(fr: "Aucun résultat pour « \(query) ».", en: "No result for “\(query)”."))
                return
            }
            for (rank, result) in results.enumerated() {
                let fiche = result.kind == .appellation ? " → \(result.fiche?.rawValue ?? "?")" : ""
                print("\(rank + 1). [\(Self.kindName(result.kind, language))] \(result.code)\(fiche)  \(result.label)")
            }
        }
    }

    static func kindName(_ kind: SearchResult.Kind, _ language: Language) -> String {
        switch kind {
        case .fiche: language.pick(fr: "fiche", en: "fiche")
        case .appellation: language.pick(fr: "appellation", en: "job title")
        case .competence: language.pick(fr: "compétence", en: "skill")
        case .savoir: language.pick(fr: "savoir", en: "knowledge")
        case .certification: language.pick(fr: "certification", en: "certification")
        }
    }
}
