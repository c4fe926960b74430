import ArgumentParser
import Foundation
import JalonDossier

/// `jalon keys …`: the service's key for signing the dossiers it exports.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: L(
            "Clé de signature des dossiers (créer, afficher la clé publique).",
            "The key that signs dossiers (create it, show its public part)."),
        discussion: L(
            """
            La clé est gardée avec le store (STORE/keys/signing-key.pem, lisible par son seul propriétaire), \
            sinon dans le fichier que nomme $JALON_SIGNING_KEY.
            """,
            """
            The key is kept with the store (STORE/keys/signing-key.pem, readable by its owner only), \
            else in the file $JALON_SIGNING_KEY names.
            """),
        subcommands: [KeysGenerateCommand.self, KeysShowCommand.self])
}

struct KeysGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: L(
            "Crée la clé de signature (ECDSA P-256) ; une clé existante n’est jamais remplacée.",
            "Creates the signing key (ECDSA P-256); an existing key is never replaced."),
        discussion: L("Exemple : jalon keys generate --valid-days 365", "Example: jalon keys generate --valid-days 365"))

    @OptionGroup var global: GlobalOptions
    @Option(
        name: .long,
        help: ArgumentHelp(
            L("Durée de validité en jours (730 par défaut).", "Validity in days (730 by default)."),
            valueName: "DAYS"))
    var validDays = 730

    func validate() throws {
        guard (1...3650).contains(validDays) else {
            throw ValidationError(L("--valid-days : entre 1 et 3650 jours", "--valid-days: between 1 and 3650 days"))
        }
    }

    func run() throws {
        try reportingFailures {
            let path = global.signingKeyPath
            // The store's folder first (0700), when the key goes there and no command made it yet.
            if path == DossierSigningKey.path(inStore: global.storePath) { _ = try global.openStore() }
            let key = try DossierSigningKey.generate(at: path, validDays: validDays)
            print(
                L(
                    "clé \(key.keyID) créée dans \(path), valide jusqu’au \(key.validity.notAfter.iso8601)",
                    "key \(key.keyID) created in \(path), valid until \(key.validity.notAfter.iso8601)"))
        }
    }
}

struct KeysShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: L(
            "Affiche la clé publique (PEM, précédée de son identifiant et de sa validité).",
            "Prints the public key (PEM, after its identifier and validity)."),
        discussion: L(
            "Exemple : jalon keys show > cle-publique.pem (à donner à qui vérifie les dossiers)",
            "Example: jalon keys show > public-key.pem (for whoever verifies the dossiers)"))

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingFailures {
            print(try global.requiredSigningKey().publicText, terminator: "")
        }
    }
}

extension GlobalOptions {
    /// The signing key's file: $JALON_SIGNING_KEY, else the store's.
    var signingKeyPath: String {
        if let configured = ProcessInfo.processInfo.environment["JALON_SIGNING_KEY"], !configured.isEmpty { return configured }
        return DossierSigningKey.path(inStore: storePath)
    }

    /// The service's signing key, or nil when none was generated.
    func signingKey() throws -> DossierSigningKey? { try DossierSigningKey.load(from: signingKeyPath) }

    func requiredSigningKey() throws -> DossierSigningKey {
        guard let key = try signingKey() else {
            throw CommandFailure(
                message: L(
                    "\(signingKeyPath) : aucune clé de signature (jalon keys generate la crée)",
                    "\(signingKeyPath): no signing key (jalon keys generate creates one)"),
                exitCode: JalonExitCode.notFound)
        }
        return key
    }

    /// The XML dossier, signed when the service has a key.
    func dossierXML(_ dossier: Dossier) throws -> [UInt8] {
        guard let key = try signingKey() else { return DossierXML.encode(dossier) }
        return try DossierSignature.sign(dossier, with: key)
    }
}
