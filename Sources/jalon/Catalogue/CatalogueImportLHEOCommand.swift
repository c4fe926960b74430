import ArgumentParser
import Foundation
import JalonCatalogue
import JalonCore
import JalonLHEO
import JalonLocale

/// `jalon catalogue import-lheo FILE... [-o OFFRES.jsonl]`: reads LHÉO training-offer feeds, streaming,
/// reports skipped offers with their position, and writes the offers (one JSON object a line) for the
/// formations step.
struct CatalogueImportLHEOCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-lheo",
        abstract: L(
            "Lit des flux d’offres de formation LHÉO 2.x (en flux, mémoire constante).",
            "Reads LHÉO 2.x training-offer feeds (streamed, constant memory)."),
        discussion: L(
            "Exemple : jalon catalogue import-lheo offres.xml -o offres.jsonl",
            "Example: jalon catalogue import-lheo offers.xml -o offers.jsonl")
    )

    @OptionGroup var options: CatalogueOptions
    @OptionGroup var format: JSONOutputOptions
    @Argument(help: ArgumentHelp(L("Fichiers LHÉO.", "LHÉO files."), valueName: "FILE")) var files: [String]
    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            L(
                "Fichier où écrire les offres (JSON, une par ligne).",
                "File to write the offers to (JSON, one a line)."), valueName: "FILE"))
    var output: String?

    struct OfferJSON: Encodable {
        struct Action: Encodable {
            @NullEncoded var numero: String?
            @NullEncoded var place: String?
            @NullEncoded var postalCode: String?
            @NullEncoded var region: String?
            let sessions: [String]
        }
        let numero, intitule: String
        let certifications: [String]
        let certificationsKnown: [String]
        let rome: [String]
        let formacodes: [String]
        @NullEncoded var niveauSortie: Int?
        @NullEncoded var organisme: String?
        @NullEncoded var siret: String?
        let actions: [Action]
    }

    struct FileJSON: Encodable {
        struct Rejection: Encodable { let line: Int; let column: Int; @NullEncoded var numero: String?; let problems: [String] }
        let path: String
        let offers: Int
        let offersWithKnownCertification: Int
        let rejected: [Rejection]
        @NullEncoded var fatal: String?
    }

    func run() throws {
        let language = options.language
        try reportingCatalogueFailures {
            // Without a catalogue the offers still load, but their certifications go unchecked: say so.
            let catalogue: Catalogue?
            do throws(CatalogueError) {
                catalogue = try options.load()
            } catch {
                catalogue = nil
                printError(
                    language.pick(
                        fr: "\(error.message(in: language)) Les certifications des offres ne seront pas vérifiées.",
                        en: "\(error.message(in: language)) The offers' certifications will not be checked."))
            }
            let sink = try output.map(openOutputStream)
            defer { if output != "-" { try? sink?.close() } }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var reports: [FileJSON] = []
            for file in files {
                var known = 0
                var encodingFailure: (any Error)?
                let summary = LHEOFeedReader.read(path: file) { offer in
                    let knownCodes = offer.certifications.filter { catalogue?.certification($0) != nil }
                    if !knownCodes.isEmpty { known += 1 }
                    guard let sink, encodingFailure == nil else { return }
                    do {
                        try sink.write(contentsOf: try encoder.encode(Self.json(offer, known: knownCodes)) + Data("\n".utf8))
                    } catch {
                        encodingFailure = error
                    }
                }
                if let encodingFailure { throw encodingFailure }
                reports.append(
                    FileJSON(
                        path: file, offers: summary.offers, offersWithKnownCertification: known,
                        rejected: summary.rejections.map {
                            .init(
                                line: $0.location.line, column: $0.location.column, numero: $0.numero,
                                problems: $0.problems.map { $0.message(in: language) })
                        },
                        fatal: summary.fatal?.message(in: language)))
            }
            if format.json {
                try JSONOutput.print(reports)
            } else {
                for report in reports { print(Self.text(report, language)) }
            }
            if let fatal = reports.first(where: { $0.fatal != nil })?.fatal {
                throw CommandFailure(message: fatal, exitCode: JalonExitCode.invalidData)
            }
        }
    }

    static func json(_ offer: TrainingOffer, known: [CertificationCode]) -> OfferJSON {
        OfferJSON(
            numero: offer.numero, intitule: offer.intitule, certifications: offer.certifications.map(\.rawValue),
            certificationsKnown: known.map(\.rawValue), rome: offer.romeCodes.map(\.rawValue), formacodes: offer.formacodes,
            niveauSortie: offer.niveauSortie?.rawValue, organisme: offer.organisme?.name, siret: offer.organisme?.siret,
            actions: offer.actions.map { action in
                .init(
                    numero: action.numero, place: action.place?.name ?? action.place?.city, postalCode: action.place?.postalCode,
                    region: action.place?.region, sessions: action.sessions.map { "\($0.start ?? "?")–\($0.end ?? "?")" })
            })
    }

    static func text(_ report: FileJSON, _ language: Language) -> String {
        var lines = [
            language.pick(
                fr:
                    "\(report.path) : \(report.offers) offre(s) lue(s), dont \(report.offersWithKnownCertification) vers une certification du catalogue ; \(report.rejected.count) écartée(s).",
                en:
                    "\(report.path): \(report.offers) offer(s) read, \(report.offersWithKnownCertification) leading to a catalogue certification; \(report.rejected.count) skipped."
            )
        ]
        for rejection in report.rejected {
            let numero =
                rejection.numero.map { language.pick(fr: "offre \($0)", en: "offer \($0)") }
                ?? language.pick(fr: "offre sans numéro", en: "offer without numero")
            let position = rejection.column > 0 ? "\(rejection.line):\(rejection.column)" : "\(rejection.line)"
            lines.append("  \(report.path):\(position): \(numero) : \(rejection.problems.joined(separator: " ; "))")
        }
        return lines.joined(separator: "\n")
    }
}
