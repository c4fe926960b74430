import JalonCore

/// Sophie, 29, vendeuse en boulangerie-pâtisserie à Besançon, who wants to become aide-soignante.
/// Every code is real: ROME 4.0 v460 appellations and items, RNCP35830 (diplôme d'État d'aide-soignant,
/// niveau 4). Each step is one change the person makes, saved as one revision.
enum DemoPersona {
    struct Step: Sendable {
        var message: String
        var apply: @Sendable (inout Project) -> Void
    }

    static let name = "Sophie"

    static let steps: [Step] = [
        Step(message: "Profil : situation, lieu, mobilité") { project in
            project.profil = Profil(
                nomAffiche: name, anneeNaissance: 1997,
                commune: Commune(codeInsee: "25056", nom: "Besançon"), departement: Departement("25"),
                mobiliteKm: 30, situation: .salarie, diplome: .niveau(Niveau(3)!),
                contraintes: ["Horaires compatibles avec la garde de ma fille"])
            project.progression[.profil] = .terminee
            project.progression.current = .interets
        },
        Step(message: "Intérêts : centres d'intérêt notés") { project in
            let ratings: [(Int, Int)] = [(22, 4), (4, 4), (23, 3), (21, 3), (6, 2), (27, 2), (15, 0), (19, 0)]
            project.interets = Interets(centres: ratings.map {
                CentreInteretRating(centre: CentreInteretCode($0.0)!, rating: Rating($0.1)!)
            })
            project.progression[.interets] = .terminee
            project.progression.current = .competences
        },
        Step(message: "Compétences : expérience de vendeuse et savoir-faire confirmés") { project in
            let vente = ExperienceID("x1")!
            project.competences = Competences(
                experiences: [Experience(id: vente, nature: .emploi,
                                         appellation: RomeItemRef(code: OgrCode(20560), libelle: "Vendeur / Vendeuse en boulangerie-pâtisserie"),
                                         structure: "Boulangerie du quartier Battant", annees: 6)!],
                competences: [
                    Competence(item: RomeItemRef(code: OgrCode(118069), libelle: "Gérer une caisse"), source: .experience(vente), maitrise: .expertise)!,
                    Competence(item: RomeItemRef(code: OgrCode(123793), libelle: "Contrôler l'état de conservation d'un produit périssable"),
                               source: .experience(vente), maitrise: .autonomie)!,
                    Competence(libelle: "Écoute des clients âgés du quartier", source: .declaree, maitrise: .pratique)!,
                ])
            project.progression[.competences] = .terminee
            project.progression.current = .pistes
        },
        Step(message: "Pistes : aide-soignante retenue") { project in
            project.pistes = Pistes(retenues: [Piste(fiche: RomeCode("J1501")!, libelle: "Aide-soignant / Aide-soignante", rang: 1,
                                                    commentaires: ["Ce qui me plaît : le contact et l'utilité"])])
            project.progression[.pistes] = .terminee
            project.progression.current = .formations
        },
        Step(message: "Formations : DEAS en formation continue") { project in
            project.formations = [Formation(fiche: RomeCode("J1501")!, certification: CertificationCode("RNCP35830"),
                                            intitule: "Diplôme d'État d'aide-soignant", niveau: Niveau(4), voie: .formationContinue,
                                            choisie: true)]
            project.progression[.formations] = .terminee
            project.progression.current = .plan
        },
        Step(message: "Plan : immersion et rendez-vous") { project in
            project.plan = [
                PlanAction(id: ActionID("a1")!, kind: .immersion, status: .planifiee, intitule: "Immersion d'une semaine en EHPAD",
                           date: Day(year: 2027, month: 1, day: 18), fiche: RomeCode("J1501")),
                PlanAction(id: ActionID("a2")!, kind: .rendezVous, status: .aFaire, intitule: "Rendez-vous avec la conseillère Transitions Pro",
                           date: Day(year: 2027, month: 2, day: 3)),
            ]
            project.progression[.plan] = .enCours
        },
    ]
}
