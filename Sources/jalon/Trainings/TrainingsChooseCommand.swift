import ArgumentParser
import JalonCatalog
import JalonCore
import JalonLocale

/// `jalon trainings choose ID CODE CERTIFICATION [--voie V] [--organisme O]`: the path the person picks
/// towards a kept piste (step 5), saved as the one chosen `<formation>` of that fiche (the others for
/// it stay, unchosen). Title, level and route come from the paths `jalon trainings` showed and saved,
/// else from the catalogue with the route given by `--voie`.
struct TrainingsChooseCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "choose",
        abstract: L("Choisit le parcours (certification et voie) vers une piste retenue.",
                    "Chooses the path (certification and route) to a kept piste."),
        discussion: L("""
            Le parcours est pris parmi ceux que jalon trainings ID CODE a affichés, sinon dans le catalogue (--voie est alors \
            nécessaire) ; les autres parcours vers ce métier ne sont plus choisis.
            Exemple : jalon trainings choose 5f0c… J1501 RNCP35830 --voie formation-continue --organisme "IFAS de Besançon"
            """, """
            The path is taken from those jalon trainings ID CODE showed, else from the catalogue (--voie is then needed); \
            the other paths to this job are no longer chosen.
            Example: jalon trainings choose 5f0c… J1501 RNCP35830 --voie formation-continue --organisme "IFAS de Besançon"
            """))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @OptionGroup var fiche: FicheCodeArgument
    @Argument(help: ArgumentHelp(L("Code de la certification (RNCP35830, RS5432).", "Certification code (RNCP35830, RS5432)."), valueName: "CERTIFICATION"),
              transform: parseCertificationCode)
    var certification: CertificationCode
    @Option(help: ArgumentHelp(L("Voie : \(TrainingsFailure.voies).", "Route: \(TrainingsFailure.voies)."), valueName: "VOIE"), transform: parseVoie)
    var voie: Formation.Voie?
    @Option(help: ArgumentHelp(L("Organisme de formation ou d’accompagnement VAE.", "Training body or VAE support."), valueName: "NOM"),
            transform: trimmedText(option: "--organisme"))
    var organisme: String?

    func edit(_ project: inout Project, language: Language) throws -> String {
        try choose(in: &project, language: language).message
    }

    /// The path chosen in `project`, the formations no longer chosen, and the revision's message.
    func choose(in project: inout Project, language: Language) throws -> (chosen: Formation, unchosen: [Formation], message: String) {
        let code = fiche.code
        guard let certified = try Catalogue.bundled().certification(certification) else {
            throw CommandFailure(TrainingsFailure.unknownCertification(certification))
        }
        var unchosen: [Formation] = []
        guard project.pistes?.statut(of: code) == .retenue else { throw CommandFailure(TrainingsFailure.notAKeptPiste(code, project.id)) }
        var formation = try path(in: project, certified: certified)
        formation.organisme = organisme
        if let index = project.formations.firstIndex(where: { $0.fiche == code && $0.certification == certification && $0.voie == formation.voie }) {
            let existing = project.formations.remove(at: index)
            guard !existing.choisie || (organisme != nil && organisme != existing.organisme) else {
                throw CommandFailure(TrainingsFailure.alreadyChosen(code, certification, formation.voie))
            }
            formation.organisme = organisme ?? existing.organisme
            formation.commentaire = existing.commentaire
            project.formations.insert(formation, at: index)
        } else {
            project.formations.append(formation)
        }
        for index in project.formations.indices where project.formations[index].fiche == code && project.formations[index] != formation {
            if project.formations[index].choisie { unchosen.append(project.formations[index]) }
            project.formations[index].choisie = false
        }
        project.recordChange(of: .formations)
        let message = language.pick(fr: "Parcours choisi vers \(code) : \(certification) (\(formation.voie))",
                                    en: "Path chosen to \(code): \(certification) (\(formation.voie))")
        return (formation, unchosen, message)
    }

    func run() throws {
        let language = RunLanguage.current
        let code = fiche.code
        try reportingFailures {
            var chosen: Formation?
            var unchosen: [Formation] = []
            try mutateProject(global, project.id) { project in
                let result = try choose(in: &project, language: language)
                (chosen, unchosen) = (result.chosen, result.unchosen)
                return result.message
            }
            guard let chosen else { return }
            let niveau = chosen.niveau.map { language.pick(fr: " — niveau \($0)", en: " — level \($0)") } ?? ""
            print(language.pick(fr: "Parcours choisi vers \(code) : \(certification) \(chosen.intitule ?? "")\(niveau) — \(TrainingsView.voie(chosen.voie, language))",
                                en: "Path chosen to \(code): \(certification) \(chosen.intitule ?? "")\(niveau) — \(TrainingsView.voie(chosen.voie, language))")
                  + (chosen.organisme.map { ", \($0)" } ?? "") + ".")
            for formation in unchosen {
                print(language.pick(fr: "N’est plus choisi : \(formation.certification?.rawValue ?? "—") (\(TrainingsView.voie(formation.voie, language))).",
                                    en: "No longer chosen: \(formation.certification?.rawValue ?? "—") (\(TrainingsView.voie(formation.voie, language)))."))
            }
        }
    }

    /// The chosen path as a formation: from the best saved path step through this certification (by
    /// the route asked, if any), else from the catalogue by the route asked.
    private func path(in project: Project, certified: Certification) throws -> Formation {
        let steps = project.parcours?.cibles.first { $0.fiche == fiche.code }?.chemins.sorted { $0.rang < $1.rang }.flatMap(\.etapes) ?? []
        if let step = steps.first(where: { $0.certification == certification && (voie == nil || $0.voie == voie) }) {
            return Formation(fiche: fiche.code, certification: certification, intitule: step.intitule ?? certified.title,
                             niveau: step.niveau ?? certified.niveau, voie: step.voie, choisie: true)
        }
        guard let voie else { throw CommandFailure(TrainingsFailure.voieNeeded(fiche.code, certification)) }
        return Formation(fiche: fiche.code, certification: certification, intitule: certified.title, niveau: certified.niveau, voie: voie, choisie: true)
    }
}

func parseCertificationCode(_ text: String) throws -> CertificationCode {
    guard let code = CertificationCode(text.trimmingCharacters(in: .whitespaces)) else {
        throw ValidationError(L("« \(text) » n’est pas un code de certification (attendu : RNCP suivi de chiffres, comme RNCP35830, ou RS suivi de chiffres)",
                                "'\(text)' is not a certification code (expected RNCP followed by digits, such as RNCP35830, or RS followed by digits)"))
    }
    return code
}

func parseVoie(_ text: String) throws -> Formation.Voie {
    guard let voie = Formation.Voie(rawValue: text) else {
        throw ValidationError(L("voie « \(text) » inconnue (attendu : \(TrainingsFailure.voies))", "unknown route '\(text)' (expected: \(TrainingsFailure.voies))"))
    }
    return voie
}
