import ArgumentParser
import JalonDossier

/// `jalon verify-dossier FILE`: reads an XML dossier and recomputes the fingerprint of the project it
/// holds. Intact: exit 0 and the fingerprint; altered: exit 1, both fingerprints; not a dossier or
/// invalid: the place (`FILE:LINE:COL`) and the reason, exit 1.
struct VerifyDossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-dossier",
        abstract: L("Vérifie qu’un dossier XML n’a pas été modifié depuis son export (empreinte recalculée).",
                    "Checks that an XML dossier was not changed since it was exported (fingerprint recomputed)."),
        discussion: L("Code de sortie 0 si le dossier est intact, 1 s’il a été altéré ou n’est pas un dossier valide.\nExemple : jalon verify-dossier dossier.xml",
                      "Exit code 0 when the dossier is intact, 1 when it was altered or is not a valid dossier.\nExample: jalon verify-dossier dossier.xml"))

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(L("Dossier XML (- pour l’entrée standard).", "XML dossier (- for standard input)."), valueName: "FILE"))
    var file: String

    func run() throws {
        try reportingFailures {
            let dossier = try readDossier(file)
            guard dossier.isIntact else {
                throw CommandFailure(message: "\(file) : " + DossierReadError.alteredSentence(
                    stated: dossier.fingerprintStated, computed: dossier.fingerprintComputed, in: RunLanguage.current),
                                     exitCode: JalonExitCode.invalidData)
            }
            let undeclared = dossier.undeclaredShareWords
            guard undeclared.isEmpty else {
                throw CommandFailure(message: L(
                    "\(file) : le dossier contient des données personnelles qu’il ne dit pas partager (\(undeclared.joined(separator: ", ")))",
                    "\(file): the dossier holds personal data it does not say it shares (\(undeclared.joined(separator: ", ")))"),
                                     exitCode: JalonExitCode.invalidData)
            }
            print(L("\(file) : dossier intact, empreinte \(dossier.fingerprintStated)",
                    "\(file): intact dossier, fingerprint \(dossier.fingerprintStated)"))
            if let annotation = dossier.annotation {
                let structure = annotation.structure.map { " (\($0))" } ?? ""
                print(L("annoté par \(annotation.counsellor)\(structure) le \(annotation.date.iso8601) ; empreinte du dossier d’origine \(annotation.originFingerprint)",
                        "annotated by \(annotation.counsellor)\(structure) on \(annotation.date.iso8601); fingerprint of the original dossier \(annotation.originFingerprint)"))
            }
        }
    }
}

/// Reads an XML dossier the person named; every failure is one sentence with the place.
func readDossier(_ path: String) throws -> DossierFile {
    let bytes = try readInputFile(path)
    do { return try DossierXML.read(bytes: bytes, sourceName: path) } catch {
        // The other failures already start with the place; an alteration is of the whole file.
        guard case .altered = error else { throw error }
        throw CommandFailure(message: "\(path) : " + error.message(in: RunLanguage.current), exitCode: JalonExitCode.invalidData)
    }
}
