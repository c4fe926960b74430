import ArgumentParser
import JalonDossier

/// `jalon verify-dossier FILE [--key PEM]`: reads an XML dossier, checks its XML Signature (who issued
/// it: key, validity, every byte of the dossier) when it has one, and recomputes the fingerprint of the
/// project it holds (a quick integrity check anyone can redo, no proof of origin). Intact: exit 0;
/// altered, badly signed or signed by an unknown key: exit 1 and what changed or why.
struct VerifyDossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-dossier",
        abstract: L(
            "Vérifie la signature d’un dossier XML et qu’il n’a pas été modifié depuis son export.",
            "Checks an XML dossier's signature and that it was not changed since it was exported."),
        discussion: L(
            """
            Un dossier signé est vérifié avec la clé publique donnée (--key, texte de jalon keys show), sinon celle \
            du store ; --key exige une signature. L’empreinte seule est un contrôle d’intégrité rapide, sans preuve d’origine.
            Code de sortie 0 si le dossier est intact, 1 s’il a été altéré, mal signé ou n’est pas un dossier valide.
            Exemple : jalon verify-dossier dossier.xml --key service.pem
            """,
            """
            A signed dossier is checked with the public key given (--key, text of jalon keys show), else the store's; \
            --key requires a signature. The fingerprint alone is a quick integrity check, with no proof of origin.
            Exit code 0 when the dossier is intact, 1 when it was altered, badly signed or is not a valid dossier.
            Example: jalon verify-dossier dossier.xml --key service.pem
            """))

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(L("Dossier XML (- pour l’entrée standard).", "XML dossier (- for standard input)."), valueName: "FILE"))
    var file: String
    @Option(name: .long, help: ArgumentHelp(L("Clé publique de confiance (PEM).", "Trusted public key (PEM)."), valueName: "PEM"))
    var key: String?

    func run() throws {
        try reportingFailures {
            let bytes = try readInputFile(file)
            // The signature first: when it fails, it names every part that changed, the project included.
            let signer = try checkSignature(bytes)
            let dossier = try readDossier(bytes, path: file)
            guard dossier.isIntact else {
                throw CommandFailure(
                    message: "\(file) : "
                        + DossierReadError.alteredSentence(
                            stated: dossier.fingerprintStated, computed: dossier.fingerprintComputed, in: RunLanguage.current),
                    exitCode: JalonExitCode.invalidData)
            }
            let undeclared = dossier.undeclaredShareWords
            guard undeclared.isEmpty else {
                throw CommandFailure(
                    message: L(
                        "\(file) : le dossier contient des données personnelles qu’il ne dit pas partager (\(undeclared.joined(separator: ", ")))",
                        "\(file): the dossier holds personal data it does not say it shares (\(undeclared.joined(separator: ", ")))"),
                    exitCode: JalonExitCode.invalidData)
            }
            print(
                L(
                    "\(file) : dossier intact, empreinte \(dossier.fingerprintStated)",
                    "\(file): intact dossier, fingerprint \(dossier.fingerprintStated)"))
            if let signer {
                print(L("signé par la clé \(signer.keyID)", "signed with key \(signer.keyID)"))
                if let chain = signer.chainKeyID {
                    print(L("signature d’origine conservée dans l’annotation : clé \(chain)", "original signature kept in the annotation: key \(chain)"))
                }
            } else {
                print(
                    L(
                        "non signé : l’empreinte prouve l’intégrité du projet, pas son origine",
                        "not signed: the fingerprint proves the project's integrity, not its origin"))
            }
            if let annotation = dossier.annotation {
                let structure = annotation.structure.map { " (\($0))" } ?? ""
                print(
                    L(
                        "annoté par \(annotation.counsellor)\(structure) le \(annotation.date.iso8601) ; empreinte du dossier d’origine \(annotation.originFingerprint)",
                        "annotated by \(annotation.counsellor)\(structure) on \(annotation.date.iso8601); fingerprint of the original dossier \(annotation.originFingerprint)"
                    ))
            }
        }
    }
}

extension VerifyDossierCommand {
    /// The signature's verdict, with the `--key` given or the store's key; nil for an unsigned dossier
    /// checked without `--key`.
    private func checkSignature(_ bytes: [UInt8]) throws -> DossierSignature.Verified? {
        var trusted: [DossierTrustedKey] = []
        if let key {
            trusted.append(try DossierTrustedKey(publicText: String(decoding: try readInputFile(key), as: UTF8.self)))
        } else if let own = try global.signingKey() {
            trusted.append(DossierTrustedKey(own))
        }
        do { return try DossierSignature.verify(bytes, sourceName: file, trusting: trusted) } catch {
            switch error {
            case .signature(let refusal) where refusal.reason == .unsigned && key == nil:
                return nil
            case .unknownKey where trusted.isEmpty:
                throw CommandFailure(
                    message: L(
                        "\(file) : dossier signé, mais aucune clé pour le vérifier (--key PEM)",
                        "\(file): signed dossier, but no key to check it with (--key PEM)"),
                    exitCode: JalonExitCode.invalidData)
            case .xml:
                // Not XML the hardened parser takes: reported by the dossier reader, with its place.
                _ = try readDossier(bytes, path: file)
                throw CommandFailure(error)
            default:
                throw CommandFailure(message: "\(file) : " + error.message(in: RunLanguage.current), exitCode: JalonExitCode.invalidData)
            }
        }
    }
}

/// Reads an XML dossier the person named; every failure is one sentence with the place.
func readDossier(_ path: String) throws -> DossierFile {
    try readDossier(try readInputFile(path), path: path)
}

func readDossier(_ bytes: [UInt8], path: String) throws -> DossierFile {
    do { return try DossierXML.read(bytes: bytes, sourceName: path) } catch {
        // The other failures already start with the place; an alteration is of the whole file.
        guard case .altered = error else { throw error }
        throw CommandFailure(message: "\(path) : " + error.message(in: RunLanguage.current), exitCode: JalonExitCode.invalidData)
    }
}
