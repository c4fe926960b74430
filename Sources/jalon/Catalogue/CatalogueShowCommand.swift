import ArgumentParser
import Foundation
import JalonCatalogue
import JalonCore
import JalonLocale

/// `jalon catalogue show CODE`: a fiche (J1501) or a certification (RNCP35830, RS5432).
struct CatalogueShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: L(
            "Affiche une fiche ROME ou une certification, avec les taux d’insertion de la région.",
            "Shows a ROME fiche or a certification, with the region's insertion rates."),
        discussion: L(
            "Exemples : jalon catalogue show J1501 · jalon catalogue show RNCP38362 --region 84",
            "Examples: jalon catalogue show J1501 · jalon catalogue show RNCP38362 --region 84")
    )

    @OptionGroup var options: CatalogueOptions
    @Argument(
        help: ArgumentHelp(
            L(
                "Code ROME (J1501), de certification (RNCP35830) ou OGR d’une appellation ou compétence (10891).",
                "ROME code (J1501), certification code (RNCP35830) or OGR code of a job title or skill (10891)."),
            valueName: "CODE")) var code: String
    @Option(
        name: .long,
        help: ArgumentHelp(
            L(
                "Région des taux d’insertion, code INSEE (27 : Bourgogne-Franche-Comté).",
                "Region of the insertion rates, INSEE code (27: Bourgogne-Franche-Comté)."), valueName: "CODE"))
    var region = Region.bourgogneFrancheComteCode
    @Option(
        name: .long,
        help: ArgumentHelp(
            L("Département des débouchés (25) ; sans lui, la région.", "Département of the job prospects (25); without it, the region."),
            valueName: "CODE"))
    var departement: String?
    @OptionGroup var output: JSONOutputOptions
    @Option(
        name: .long,
        help: ArgumentHelp(
            L(
                "Flux LHÉO où chercher les offres de formation qui y mènent (répétable).",
                "LHÉO feed to search for training offers leading there (repeatable)."), valueName: "FILE"))
    var lheo: [String] = []

    func run() throws {
        let language = options.language
        try reportingCatalogueFailures {
            let catalogue = try options.load()
            guard catalogue.region(region) != nil else {
                throw CommandFailure(CatalogueShowFailure.unknownRegion(region, known: catalogue.regions.map(\.code)), exitCode: JalonExitCode.notFound)
            }
            let trimmed = code.trimmingCharacters(in: .whitespaces).uppercased()
            if let rome = RomeCode(trimmed), let fiche = catalogue.fiche(rome) {
                let offers = try TrainingOffers.matching(feeds: lheo, language: language) { catalogue.reason($0, leadsTo: rome) }
                let view = FicheView(
                    catalogue: catalogue, fiche: fiche, region: region, departement: try parsedDepartement(), offers: offers, language: language)
                if output.json { try JSONOutput.print(view.json) } else { print(view.text(language)) }
            } else if let certificationCode = CertificationCode(trimmed), let certification = catalogue.certification(certificationCode) {
                let offers = try TrainingOffers.matching(feeds: lheo, language: language) {
                    $0.certifications.contains(certificationCode) ? .certification(certificationCode) : nil
                }
                let view = CertificationView(catalogue: catalogue, certification: certification, region: region, offers: offers)
                if output.json { try JSONOutput.print(view.json) } else { print(view.text(language)) }
            } else if let ogr = OgrCode(trimmed), let item = ItemView(catalogue: catalogue, ogr: ogr, region: region) {
                if output.json { try JSONOutput.print(item.json) } else { print(item.text(language)) }
            } else {
                throw CommandFailure(CatalogueError.unknownCode(code), exitCode: JalonExitCode.notFound)
            }
        }
    }
}

extension CatalogueShowCommand {
    func parsedDepartement() throws -> Departement? {
        guard let departement else { return nil }
        guard let parsed = Departement(departement) else {
            throw CommandFailure(
                message: L(
                    "--departement : « \(departement) » n’est pas un département (comme 25, 2A ou 971)",
                    "--departement: '\(departement)' is not a département (such as 25, 2A or 971)"),
                exitCode: JalonExitCode.usage)
        }
        return parsed
    }
}

enum CatalogueShowFailure: LocalizedFailure {
    case unknownRegion(String, known: [String])

    func message(in language: Language) -> String {
        switch self {
        case let .unknownRegion(code, known):
            language.pick(
                fr: "La région « \(code) » est inconnue ; codes INSEE possibles : \(known.joined(separator: ", ")).",
                en: "The region “\(code)” is unknown; INSEE codes: \(known.joined(separator: ", ")).")
        }
    }
}

extension CatalogueShowFailure {
    var failureKind: FailureKind {
        switch self {
        case .unknownRegion: .usage
        }
    }
}
