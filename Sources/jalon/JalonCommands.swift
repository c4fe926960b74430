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
        PartageCommand.self,
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
        PistesCommand.self, PasserellesCommand.self,
        FormationsCommand.self,
        ReadinessCommand.self,
        StatusCommand.self, AdvanceCommand.self,
        ProfilCommand.self, InteretsCommand.self, CompetencesCommand.self, PlanCommand.self, NoteCommand.self, SyntheseCommand.self,
        ServeCommand.self, OpenCommand.self, StoreCommand.self
    ]
}
