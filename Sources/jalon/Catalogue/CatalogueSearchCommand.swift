import ArgumentParser
import JalonCatalog
import JalonCore
import JalonLocale

/// `jalon catalogue search TEXT [--kind metier|competence|certification]`
struct CatalogueSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Cherche un métier, une compétence ou une certification (sans souci d'accents, de casse ni de genre)."
    )

    @OptionGroup var options: CatalogueOptions
    @Argument(help: "Texte cherché, par exemple « aide soignante » ou « BTS MCO ».") var text: [String]
    @Option(name: .long, help: "Ne garder qu'une famille : metier, competence ou certification.") var kind: String?
    @Option(name: .long, help: "Nombre de résultats.") var limit = 10
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func validate() throws {
        if let kind, SearchKind(rawValue: kind) == nil {
            throw ValidationError("--kind attend metier, competence ou certification (reçu : \(kind)).")
        }
        guard limit > 0 else { throw ValidationError("--limit doit être positif.") }
    }

    struct Output: Encodable {
        struct Result: Encodable { let kind, code, label: String; let fiche: String?; let score: Double }
        let query: String
        let results: [Result]
    }

    func run() throws {
        let language = options.language
        try reportingFailures(in: language) {
            let catalogue = try options.load()
            let query = text.joined(separator: " ")
            let results = catalogue.search(query, kind: kind.flatMap(SearchKind.init(rawValue:)), limit: limit)
            if json {
                try printJSON(Output(query: query, results: results.map {
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
