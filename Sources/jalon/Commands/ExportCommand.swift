import ArgumentParser
import JalonCatalogue
import JalonCore
import JalonDossier
import JalonStore

/// `jalon export ID --format …`: a shared dossier (HTML, Markdown, JSON, XML, PDF) minimised to what `--share`
/// allows, or with `projet` the full project document (a backup, what `jalon import` reads back).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: L(
            "Exporte un projet : dossier à partager (html, md, json, xml, pdf) ou document projet complet (projet).",
            "Exports a project: a dossier to share (html, md, json, xml, pdf) or the full project document (projet)."),
        discussion: L(
            """
            Un dossier ne contient que ce que la personne choisit de partager (--share ; par défaut rien de \
            personnel : un pseudonyme) et annonce l’empreinte SHA-256 du projet qu’il contient.
            Le PDF est la page HTML imprimée par Chromium sans tête (paquet chromium).
            Exemples : jalon export 5f0c… --format html --share name,place -o dossier.html
                       jalon export 5f0c… --format projet -o sauvegarde.xml
            """,
            """
            A dossier holds only what the person chooses to share (--share; by default nothing personal: \
            a pseudonym) and states the SHA-256 fingerprint of the project it holds.
            The PDF is the HTML page printed by headless Chromium (chromium package).
            Examples: jalon export 5f0c… --format html --share name,place -o dossier.html
                      jalon export 5f0c… --format projet -o backup.xml
            """))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, md, json, xml, pdf, projet
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Option(
        name: .long,
        help: ArgumentHelp(
            L(
                "Format : html, md, json, xml, pdf (dossier à partager) ou projet (document complet, par défaut).",
                "Format: html, md, json, xml, pdf (dossier to share) or projet (full document, the default)."), valueName: "FORMAT"))
    var format: Format = .projet
    @Option(
        name: .shortAndLong, help: ArgumentHelp(L("Fichier de sortie (sinon la sortie standard).", "Output file (else standard output)."), valueName: "FILE"))
    var output: String?
    @Option(
        name: .long,
        help: ArgumentHelp(
            L(
                "Ce que le dossier partage : \(ShareArgument.words), ou all, ou none (par défaut).",
                "What the dossier shares: \(ShareArgument.words), or all, or none (the default)."), valueName: "WORDS"),
        transform: ShareArgument.parse)
    var share: DossierShare?
    @Option(name: .long, help: ArgumentHelp(L("Révision à exporter (sinon la dernière).", "Revision to export (else the latest)."), valueName: "N"))
    var revision: Int?

    func validate() throws {
        if format == .projet, share != nil {
            throw ValidationError(
                L(
                    "--share ne s’applique qu’à un dossier (html, md, json, xml, pdf) : le format projet est le document complet",
                    "--share applies to a dossier only (html, md, json, xml, pdf): format projet is the full document"))
        }
    }

    func run() throws {
        try reportingFailures {
            let repository = try global.repository()
            func dossier() throws -> Dossier {
                try DossierBuilder(repository: repository, catalogue: Catalogue.bundled())
                    .dossier(project.id, revision: revision, share: share ?? .none)
            }
            let bytes: [UInt8] =
                switch format {
                case .projet: try repository.exportXML(project.id, revision: revision)
                case .html: Array(DossierHTML.render(try dossier(), language: RunLanguage.current).utf8)
                case .pdf: try DossierPDF.render(html: DossierHTML.render(try dossier(), language: RunLanguage.current))
                case .md: Array(DossierMarkdown.render(try dossier(), language: RunLanguage.current).utf8)
                case .json: DossierJSON.encode(try dossier())
                case .xml: try global.dossierXML(try dossier())
                }
            try writeOutput(bytes, to: output)
        }
    }
}

/// `--share name,contact,…`: an unknown word is a usage error (exit 64) that names it and lists the words.
enum ShareArgument {
    static var words: String { DossierShare.keywords.map(\.word).joined(separator: ", ") }

    static func parse(_ text: String) throws -> DossierShare {
        switch DossierShare.parse(text) {
        case .success(let share): return share
        case .failure(let unknown):
            throw ValidationError(
                L(
                    "mot de partage inconnu « \(unknown.word) » ; mots possibles : \(words), all, none",
                    "unknown share word '\(unknown.word)'; valid words: \(words), all, none"))
        }
    }
}
