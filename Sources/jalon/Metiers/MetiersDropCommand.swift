import ArgumentParser
import JalonCatalog
import JalonCore
import JalonLocale

/// `jalon metiers drop ID CODE`: the person sets a métier aside (step 4). The piste moves to the
/// set-aside list with its remarks, and `metiers suggest` never proposes it again. Nothing is deleted
/// unsaid: the formations recorded towards it, which the format ties to kept pistes, are named as they leave
/// (earlier revisions keep them).
struct MetiersDropCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drop",
        abstract: L("Écarte un métier : il quitte les pistes retenues ou suggérées et n’est plus proposé.",
                    "Sets a job aside: it leaves the kept or suggested pistes and is no longer proposed."),
        discussion: L("""
            La piste garde ses remarques parmi les pistes écartées ; les formations enregistrées vers elle (choisies ou non) sont retirées et nommées \
            (les révisions précédentes les gardent).
            Exemple : jalon metiers drop 5f0c… H2913
            """, """
            The piste keeps its remarks among the pistes set aside; the formations recorded towards it (chosen or not) are removed and named \
            (earlier revisions keep them).
            Example: jalon metiers drop 5f0c… H2913
            """))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @OptionGroup var fiche: FicheCodeArgument

    func run() throws {
        let language = RunLanguage.current
        let code = fiche.code
        try reportingFailures {
            let label = try Catalogue.bundled().fiche(code)?.label
            var removed: [Formation] = []
            var dropped = Piste(fiche: code)
            try mutateProject(global, project.id) { project in
                var pistes = project.pistes ?? Pistes()
                switch pistes.statut(of: code) {
                case .ecartee:
                    throw CommandFailure(message: language.pick(fr: "\(code) est déjà une piste écartée : rien n’est enregistré",
                                                                en: "\(code) is already set aside: nothing saved"),
                                         exitCode: JalonExitCode.invalidData)
                case nil where label == nil:
                    // A code outside the catalogue can still be set aside when the project already holds it.
                    throw CommandFailure(MatchingFailure.unknownFiche(code.rawValue))
                default: break
                }
                dropped = pistes.remove(code) ?? Piste(fiche: code, libelle: label)
                dropped.rang = nil
                pistes.ecartees.append(dropped)
                removed = project.formations.filter { $0.fiche == code }
                project.formations.removeAll { $0.fiche == code }
                project.pistes = pistes
                project.recordChange(of: .pistes)
                return language.pick(fr: "Piste écartée : \(code)", en: "Piste set aside: \(code)")
                    + (removed.isEmpty ? "" : language.pick(fr: ", \(removed.count) parcours retiré(s)", en: ", \(removed.count) path(s) removed"))
            }
            let name = dropped.libelle.map { "\(code) \($0)" } ?? code.rawValue
            print(language.pick(fr: "Piste écartée : \(name) ; jalon metiers suggest ne la proposera plus.",
                                en: "Piste set aside: \(name); jalon metiers suggest will no longer propose it."))
            guard !removed.isEmpty else { return }
            print(language.pick(fr: "Parcours retirés avec elle (les révisions précédentes les gardent) :",
                                en: "Paths removed with it (earlier revisions keep them):"))
            for formation in removed {
                let certification = formation.certification?.rawValue ?? language.pick(fr: "sans certification", en: "no certification")
                print("  \(certification) \(formation.intitule ?? "") — \(TrainingsView.voie(formation.voie, language))"
                      + (formation.choisie ? language.pick(fr: " (choisi)", en: " (chosen)") : ""))
            }
        }
    }
}
