import ArgumentParser
import Foundation
import JalonServer

/// `jalon serve token --role R --subject S`: a fresh random token, printed once, and the line to put in
/// the configuration's `tokens` (its SHA-256 only: the server never stores the token itself).
struct ServeTokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: L(
            "Crée un jeton d’accès : le jeton (affiché une seule fois) et sa ligne de configuration.",
            "Creates an access token: the token (shown once) and its configuration line."),
        discussion: L(
            "Exemple : jalon serve token --role counsellor --subject conseillere-42",
            "Example: jalon serve token --role counsellor --subject counsellor-42"))

    @Option(help: ArgumentHelp(L("Rôle : person, counsellor ou portal.", "Role: person, counsellor or portal."), valueName: "R"))
    var role: Role
    @Option(
        help: ArgumentHelp(
            L(
                "Sujet : l’identifiant du titulaire, comparé aux liens des projets.",
                "Subject: the holder's identifier, matched against project links."), valueName: "S"))
    var subject: String

    func validate() throws {
        guard !subject.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError(L("--subject ne peut pas être vide", "--subject cannot be empty"))
        }
    }

    func run() throws {
        let token = BearerToken.generate()
        let entry = ServerConfiguration.TokenEntry(sha256: BearerToken.sha256Hex(token), role: role, subject: subject)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try reportingFailures {
            try writeStandardOutput(Data((token + "\n").utf8) + (try encoder.encode(entry)) + Data("\n".utf8))
        }
        writeStandardError(
            L(
                "Jeton affiché une seule fois : transmettez-le à son titulaire ; ajoutez la seconde ligne à \"tokens\" dans la configuration.",
                "Token shown once: hand it to its holder; add the second line to \"tokens\" in the configuration."))
    }
}

extension Role: ExpressibleByArgument {}
