import ArgumentParser
import Foundation
import JalonCatalogue
import JalonCore
import JalonDossier
import JalonLocale
import JalonStore

/// `jalon formations [show] ID CODE`: the ranked paths from the person of a project to a métier, with the
/// reasons of each score. What is shown is saved in the project (format 1.1 `<parcours>`) as a new
/// revision, with the catalogue and engine that produced it, so a counsellor later reads what the
/// person read; `--no-save` only shows.
struct FormationsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: L(
            "Affiche les parcours de formation vers un métier, classés et expliqués (jalon formations ID CODE suffit).",
            "Shows the training paths to a métier, ranked and explained (jalon formations ID CODE is enough)."),
        discussion: L(
            "Exemple : jalon formations 5f0c… I1310 --lheo offres.xml --limit 5",
            "Example: jalon formations 5f0c… I1310 --lheo offers.xml --limit 5"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOutputOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Code ROME du métier visé (I1310).", "ROME code of the target métier (I1310)."), valueName: "CODE"))
    var code: String
    @Option(
        name: .long,
        help: ArgumentHelp(
            L(
                "Flux LHÉO où chercher les offres qui préparent ces certifications (répétable).",
                "LHÉO feed to search for offers preparing these certifications (repeatable)."), valueName: "FILE"))
    var lheo: [String] = []
    @Option(name: .long, help: ArgumentHelp(L("Nombre de parcours affichés (0 : tous).", "Number of paths shown (0: all)."), valueName: "N"))
    var limit = 10
    @Option(
        name: .long,
        help: ArgumentHelp(
            L("Fichier catalogue à lire au lieu du catalogue embarqué.", "Catalogue file to read instead of the bundled one."),
            valueName: "FILE"))
    var catalogue: String?
    @Flag(name: .long, help: ArgumentHelp(L("Affiche sans enregistrer dans le projet.", "Shows without saving into the project.")))
    var noSave = false

    func validate() throws {
        guard limit >= 0 else { throw ValidationError(L("--limit attend un nombre positif ou 0", "--limit expects a positive number or 0")) }
    }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let loaded = try global.repository().load(project.id)
            let catalogue = try catalogue.map { path throws(CatalogueError) in try Catalogue(contentsOf: path) } ?? Catalogue.bundled()
            let (rome, unfiltered) = try Self.input(to: code, for: loaded.project, catalogue: catalogue)
            var input = unfiltered
            if !lheo.isEmpty {
                // Keep only what a path may use: offers for one of its certifications, or tagged with the fiche or its parent.
                let codes = input.certificationCodes
                let family = Set([rome] + (input.target.fiche.parent.map { [$0] } ?? []))
                var kept: [TrainingOffer] = []
                try TrainingOffers.read(feeds: lheo, language: language) { offer in
                    if offer.certifications.contains(where: codes.contains) || offer.romeCodes.contains(where: family.contains) { kept.append(offer) }
                }
                input = input.with(offers: kept)
            }
            let view = TrainingPathsView(project: loaded.project, input: input, paths: TrainingPaths(input), catalogue: catalogue, limit: limit)
            if output.json {
                try JSONOutput.print(
                    TrainingPathsJSON(
                        project: loaded.project, input: input, paths: view.paths, catalogueVersion: catalogue.version,
                        limit: limit, language: language))
            } else {
                print(view.text(language))
            }
            if !noSave {
                try save(Array(view.shown), to: rome, label: input.target.fiche.label, in: loaded, catalogue: catalogue, language: language)
            }
        }
    }
}

extension FormationsShowCommand {
    /// What the engine needs to rank the paths to the fiche `code` for the person of `project` (no offers yet).
    static func input(to code: String, for project: Project, catalogue: Catalogue) throws(CommandFailure) -> (RomeCode, TrainingPathsInput) {
        let trimmed = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard let rome = RomeCode(trimmed),
            let input = catalogue.trainingPathsInput(target: rome, project: project, today: Timestamp.now().day, offers: nil)
        else {
            throw CommandFailure(TrainingPathsFailure.unknownFiche(code), exitCode: JalonExitCode.notFound)
        }
        return (rome, input)
    }

    /// One revision holding the paths just shown, stamped with their catalogue and engine, based on
    /// the revision they were computed from.
    private func save(
        _ paths: [TrainingPath], to fiche: RomeCode, label: String, in loaded: ProjectRepository.Loaded,
        catalogue: Catalogue, language: Language
    ) throws {
        try global.repository().mutate(
            loaded.project.id, basedOn: loaded.revision.number, author: .person, in: EditContext(language: language),
            Self.edit(paths, to: fiche, label: label, catalogue: catalogue, language: language))
    }

    /// The paths shown, as the edit that records them (replacing earlier paths to the same fiche).
    static func edit(_ paths: [TrainingPath], to fiche: RomeCode, label: String, catalogue: Catalogue, language: Language) -> RecordPathsEdit {
        RecordPathsEdit(
            target: SavedPathTarget(fiche: fiche, libelle: label, paths: paths, language: language),
            catalogue: catalogue.stampDescription, engine: JalonVersion.current)
    }
}
