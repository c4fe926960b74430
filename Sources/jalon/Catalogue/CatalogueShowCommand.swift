import ArgumentParser
import Foundation
import JalonCatalog
import JalonCore
import JalonLocale

/// `jalon catalogue show CODE`: a fiche (J1501) or a certification (RNCP35830, RS5432).
struct CatalogueShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Affiche une fiche ROME ou une certification, avec les taux d'insertion de la région."
    )

    @OptionGroup var options: CatalogueOptions
    @Argument(help: "Code ROME (J1501) ou de certification (RNCP35830).") var code: String
    @Option(name: .long, help: "Région des taux d'insertion, code INSEE (27 : Bourgogne-Franche-Comté).") var region = Region.bourgogneFrancheComteCode
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func run() throws {
        let language = options.language
        try reportingFailures(in: language) {
            let catalogue = try options.load()
            guard catalogue.region(region) != nil else {
                throw CatalogueShowFailure.unknownRegion(region, known: catalogue.regions.map(\.code))
            }
            let trimmed = code.trimmingCharacters(in: .whitespaces).uppercased()
            if let rome = RomeCode(trimmed), let fiche = catalogue.fiche(rome) {
                let view = FicheView(catalogue: catalogue, fiche: fiche, region: region)
                if json { try printJSON(view.json) } else { print(view.text(language)) }
            } else if let certificationCode = CertificationCode(trimmed), let certification = catalogue.certification(certificationCode) {
                let view = CertificationView(catalogue: catalogue, certification: certification, region: region)
                if json { try printJSON(view.json) } else { print(view.text(language)) }
            } else {
                throw CatalogueError.unknownCode(code)
            }
        }
    }
}

enum CatalogueShowFailure: LocalizedFailure {
    case unknownRegion(String, known: [String])

    func message(in language: Language) -> String {
        switch self {
        case let .unknownRegion(code, known):
            language.pick(fr: "La région « \(code) » est inconnue ; codes INSEE possibles : \(known.joined(separator: ", ")).",
                          en: "The region “\(code)” is unknown; INSEE codes: \(known.joined(separator: ", ")).")
        }
    }
}
