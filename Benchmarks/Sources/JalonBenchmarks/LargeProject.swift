import JalonCore

/// A deterministic project far larger than a real one (hundreds of skills and actions), so that
/// parsing, validation and mapping dominate the measurements rather than fixed costs.
enum LargeProject {
    static func make(competences competenceCount: Int = 600, actions actionCount: Int = 400, experiences experienceCount: Int = 60) -> Project {
        let time = Timestamp(iso8601: "2026-11-01T09:00:00Z")!
        var project = Project.started(displayName: "Benchmark", at: time)
        project.profil = Profil(
            nomAffiche: "Camille", anneeNaissance: 1984, commune: Commune(codeInsee: "25388", nom: "Montbéliard"),
            departement: Departement("25"), mobiliteKm: 50, situation: .reconversion, diplome: .niveau(Niveau(4)!),
            contraintes: (1...10).map { "Contrainte numéro \($0) : horaires, transport, garde d'enfants" })
        project.interets = Interets(centres: (1...30).map { CentreInteretRating(centre: CentreInteretCode($0)!, rating: Rating($0 % 5)!) })
        let experienceIDs = (1...experienceCount).map { ExperienceID("x\($0)")! }
        project.competences = Competences(
            experiences: experienceIDs.enumerated().map { index, id in
                Experience(
                    id: id, nature: .emploi, appellation: RomeItemRef(code: OgrCode(10000 + index), libelle: "Appellation \(index)"),
                    intitule: "Poste occupé numéro \(index), avec un intitulé assez long pour être réaliste",
                    structure: "Entreprise \(index)", annees: Double(index % 7) + 0.5)!
            },
            competences: (0..<competenceCount).map { index in
                Competence(
                    item: RomeItemRef(code: OgrCode(100_000 + index), libelle: "Savoir-faire numéro \(index) : réaliser une opération précise"),
                    source: .experience(experienceIDs[index % experienceIDs.count]), maitrise: Maitrise(rawValue: 1 + index % 4),
                    preuves: index % 3 == 0 ? ["Attestation de l'employeur \(index)"] : [])!
            })
        project.pistes = Pistes(retenues: (1...5).map { Piste(fiche: RomeCode("I13\(10 + $0)")!, libelle: "Piste \($0)", rang: $0) })
        project.plan = (1...actionCount).map { index in
            PlanAction(
                id: ActionID("a\(index)")!, kind: PlanAction.Kind.allCases[index % PlanAction.Kind.allCases.count],
                status: PlanAction.Status.allCases[index % PlanAction.Status.allCases.count],
                intitule: "Action numéro \(index) du plan : rencontrer, candidater, se renseigner",
                date: Day(daysSinceEpoch: 20_500 + index), lieu: "Besançon")
        }
        return project
    }
}
