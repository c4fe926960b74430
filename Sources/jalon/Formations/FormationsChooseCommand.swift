import ArgumentParser
import JalonCatalogue
import JalonCore
import JalonLocale

/// `jalon formations choose ID CODE CERTIFICATION [--voie V] [--organisme O]`: the path the person picks
/// towards a kept piste (step 5), saved as the one chosen `<formation>` of that fiche (the others for
/// it stay, unchosen). Title, level and route come from the paths `jalon formations` showed and saved,
/// else from the catalogue with the route given by `--voie`.
struct FormationsChooseCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "choose",
        abstract: L(
            "Choisit le parcours (certification et voie) vers une piste retenue.",
            "Chooses the path (certification and route) to a kept piste."),
        discussion: L(
            """
            Le parcours est pris parmi ceux que jalon formations ID CODE a affichés, sinon dans le catalogue (--voie est alors \
            nécessaire) ; les autres parcours vers ce métier ne sont plus choisis.
            Exemple : jalon formations choose 5f0c… J1501 RNCP35830 --voie formation-continue --organisme "IFAS de Besançon"
            """,
            """
            The path is taken from those jalon formations ID CODE showed, else from the catalogue (--voie is then needed); \
            the other paths to this job are no longer chosen.
            Example: jalon formations choose 5f0c… J1501 RNCP35830 --voie formation-continue --organisme "IFAS de Besançon"
            """))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @OptionGroup var fiche: FicheCodeArgument
    @Argument(
        help: ArgumentHelp(L("Code de la certification (RNCP35830, RS5432).", "Certification code (RNCP35830, RS5432)."), valueName: "CERTIFICATION"),
        transform: parseCertificationCode)
    var certification: CertificationCode
    @Option(help: ArgumentHelp(L("Voie : \(ChoosePathEdit.voies).", "Route: \(ChoosePathEdit.voies)."), valueName: "VOIE"), transform: parseVoie)
    var voie: Formation.Voie?
    @Option(
        help: ArgumentHelp(L("Organisme de formation ou d’accompagnement VAE.", "Training body or VAE support."), valueName: "NOM"),
        transform: trimmedText(option: "--organisme"))
    var organisme: String?

    var projectEdit: ChoosePathEdit {
        ChoosePathEdit(fiche: fiche.code.rawValue, certification: certification.rawValue, voie: voie?.rawValue, organisme: organisme)
    }

    func run() throws {
        let language = RunLanguage.current
        let code = fiche.code
        try reportingFailures {
            let result = try applyEdit(global, project.id, resources: try EditResources.load(catalogue: true), projectEdit).result.change
            let (chosen, unchosen) = (result.formation, result.unchosen)
            let niveau = chosen.niveau.map { language.pick(fr: " — niveau \($0)", en: " — level \($0)") } ?? ""
            print(
                language.pick(
                    fr: "Parcours choisi vers \(code) : \(certification) \(chosen.intitule ?? "")\(niveau) — \(TrainingPathsView.voie(chosen.voie, language))",
                    en: "Path chosen to \(code): \(certification) \(chosen.intitule ?? "")\(niveau) — \(TrainingPathsView.voie(chosen.voie, language))")
                    + (chosen.organisme.map { ", \($0)" } ?? "") + ".")
            for formation in unchosen {
                print(
                    language.pick(
                        fr: "N’est plus choisi : \(formation.certification?.rawValue ?? "—") (\(TrainingPathsView.voie(formation.voie, language))).",
                        en: "No longer chosen: \(formation.certification?.rawValue ?? "—") (\(TrainingPathsView.voie(formation.voie, language)))."))
            }
        }
    }
}

func parseCertificationCode(_ text: String) throws -> CertificationCode {
    guard let code = CertificationCode(text.trimmingCharacters(in: .whitespaces)) else {
        throw ValidationError(
            L(
                "« \(text) » n’est pas un code de certification (attendu : RNCP suivi de chiffres, comme RNCP35830, ou RS suivi de chiffres)",
                "'\(text)' is not a certification code (expected RNCP followed by digits, such as RNCP35830, or RS followed by digits)"))
    }
    return code
}

func parseVoie(_ text: String) throws -> Formation.Voie {
    guard let voie = Formation.Voie(rawValue: text) else {
        throw ValidationError(L("voie « \(text) » inconnue (attendu : \(ChoosePathEdit.voies))", "unknown route '\(text)' (expected: \(ChoosePathEdit.voies))"))
    }
    return voie
}
