import ArgumentParser

/// Every subcommand of `jalon`, in the order `--help` lists them. Each command lives in its own file;
/// adding a group is one line here.
enum JalonCommands {
    static let all: [any ParsableCommand.Type] = [
        InitCommand.self,
        ListCommand.self,
        ShowCommand.self,
        ImportCommand.self,
        ExportCommand.self,
        ConsentCommand.self,
        VerifyDossierCommand.self,
        KeysCommand.self,
        DossierCommand.self,
        ValidateCommand.self,
        HistoryCommand.self,
        DiffCommand.self,
        RestoreCommand.self,
        VerifyCommand.self,
        EraseCommand.self,
        DemoCommand.self,
        ReviewCommand.self,
        CatalogueCommand.self,
        MetiersCommand.self, PasserellesCommand.self,
        TrainingsCommand.self,
        ReadinessCommand.self,
        StatusCommand.self, AdvanceCommand.self,
        ProfilCommand.self, InterestsCommand.self, SkillsCommand.self, PlanCommand.self, NoteCommand.self, SyntheseCommand.self,
        ServeCommand.self, OpenCommand.self, StoreCommand.self,
    ]
}
