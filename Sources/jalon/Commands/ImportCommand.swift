import ArgumentParser
import JalonDossier
import JalonStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: L(
            "Importe un document projet XML (validé, migré s’il est ancien) comme nouveau projet, ou reprend les notes d’un dossier annoté.",
            "Imports an XML project document (validated, migrated when old) as a new project, or takes back the notes of an annotated dossier."),
        discussion: L(
            """
            Un dossier XML (jalon export --format xml) annoté par un conseiller (jalon dossier annotate) : ses notes \
            nouvelles ou modifiées rejoignent le projet en une révision signée du conseiller ; ce que la personne a \
            changé depuis l’export est gardé. Si une même note a changé des deux côtés, rien n’est changé, sauf \
            avec --keep-both (les deux versions sont gardées). Importer deux fois le même dossier n’ajoute rien.
            Exemples : jalon import Samples/lea-gray-lyceenne.xml
                       jalon import dossier-annote.xml
            """,
            """
            An XML dossier (jalon export --format xml) annotated by a counsellor (jalon dossier annotate): its new \
            or changed notes join the project as one revision signed by the counsellor; what the person changed \
            since the export is kept. When the same note changed on both sides nothing is changed, unless \
            --keep-both (both versions are kept). Importing the same dossier twice adds nothing.
            Examples: jalon import Samples/lea-gray-lyceenne.xml
                      jalon import annotated-dossier.xml
            """))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOutputOptions
    @Flag(
        name: .long,
        help: ArgumentHelp(
            L(
                "Dossier annoté : en cas de conflit sur une note, garder les deux versions.",
                "Annotated dossier: on a conflict over a note, keep both versions.")))
    var keepBoth = false
    @Argument(help: ArgumentHelp(L("Fichier XML à importer (- pour l’entrée standard).", "XML file to import (- for standard input)."), valueName: "FILE"))
    var file: String

    struct Output: Encodable {
        var id: String
        var originalID: String
        var revision: Int
        var originalVersion: String
        var migrations: [String]
    }

    func run() throws {
        try reportingFailures {
            let repository = try global.repository()
            let bytes = try readInputFile(file)
            let dossier: DossierFile
            do {
                dossier = try DossierXML.read(bytes: bytes, sourceName: file)
            } catch DossierReadError.notADossier {
                // A project document (or anything else that is not a dossier) goes the usual way.
                return try importProject(bytes, into: repository)
            }
            try AnnotationMerge(file: file, keepBoth: keepBoth, json: output.json).run(dossier, into: repository)
        }
    }

    private func importProject(_ bytes: [UInt8], into repository: ProjectRepository) throws {
        let result = try repository.importDocument(bytes, sourceName: file, author: .person)
        if output.json {
            return try JSONOutput.print(
                Output(
                    id: result.project.id.rawValue, originalID: result.originalID.rawValue,
                    revision: result.revision.number, originalVersion: result.originalVersion.description,
                    migrations: result.appliedMigrations))
        }
        print(result.project.id)
        if result.idChanged {
            printError(
                L(
                    "l’identifiant \(result.originalID) est déjà pris ou a été effacé : la copie importée a reçu un nouvel identifiant",
                    "id \(result.originalID) is taken or was erased: the imported copy got a new id"))
        }
        if !result.appliedMigrations.isEmpty {
            printError(L("document migré depuis le format \(result.originalVersion)", "document migrated from format \(result.originalVersion)"))
        }
    }
}
