import ArgumentParser

/// `jalon profil …`: step 1, who the person is.
struct ProfilCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profil",
        abstract: L("Étape 1 : le profil de la personne.", "Step 1: the person's profile."),
        subcommands: [ProfilSetCommand.self])
}
