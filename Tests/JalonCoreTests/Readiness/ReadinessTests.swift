import Testing

@testable import JalonCore

/// The completeness rule of each step (article Readiness), on a project built up step by step.
@Suite struct ReadinessTests {
    static let x1 = ExperienceID("x1")!

    /// A project where all seven steps are complete.
    static func complete() -> Project {
        var project = Project.started(displayName: "Test", at: Timestamp(secondsSince1970: 0))
        project.profil = Profil(departement: Departement("25"), situation: .salarie, diplome: .niveau(Niveau(3)!))
        project.interets = Interets(
            centres: (1...10).map { CentreInteretRating(centre: CentreInteretCode($0)!, rating: Rating(3)!) },
            profil: SavedRiasecProfile(computed: Timestamp(secondsSince1970: 0), scores: Dictionary(uniqueKeysWithValues: RiasecType.allCases.map { ($0, 50) }))
        )
        project.competences = Competences(
            experiences: [Experience(id: x1, nature: .emploi, intitule: "Monteur")!],
            competences: [Competence(item: RomeItemRef(code: OgrCode(106679)), source: .experience(x1), maitrise: .autonomie)!])
        let i1310 = RomeCode("I1310")!
        project.pistes = Pistes(retenues: [Piste(fiche: i1310, rang: 1)])
        project.formations = [Formation(fiche: i1310, certification: CertificationCode("RNCP37276"), voie: .vae, choisie: true)]
        project.plan = [PlanAction(id: ActionID("a1")!, kind: .immersion, status: .planifiee, intitule: "Immersion", date: Day(year: 2026, month: 12, day: 7))]
        project.synthese = Synthese(paragraphes: ["Je vise la maintenance."])
        project.progression.current = .synthese
        return project
    }

    func messages(_ findings: [ReadinessFinding], _ step: Step) -> [String] { findings.map { $0.message(in: .fr, step: step) } }

    @Test func aCompleteProjectMayAdvanceFromEveryStep() {
        let readiness = Readiness(Self.complete())
        #expect(readiness.steps.map(\.step) == Step.allCases)
        #expect(readiness.steps.allSatisfy { $0.isComplete })
        #expect(Step.allCases.allSatisfy { readiness.mayAdvance(from: $0) })
        #expect(readiness.firstIncomplete == nil)
        #expect(
            messages(readiness[.profil].complete, .profil) == [
                "profil : situation renseignée (salarié)", "profil : diplôme le plus élevé renseigné (niveau 3)", "profil : lieu renseigné (25)"
            ])
    }

    @Test func anEmptyProjectSaysWhatEachStepMisses() {
        let readiness = Readiness(Project.started(displayName: "Vide", at: Timestamp(secondsSince1970: 0)))
        let missing = Dictionary(uniqueKeysWithValues: readiness.steps.map { ($0.step, messages($0.missing, $0.step)) })
        #expect(
            missing[.profil] == ["profil : la situation manque", "profil : le diplôme le plus élevé manque", "profil : la commune ou le département manque"])
        #expect(
            missing[.interets] == [
                "intérêts : 0 centre(s) d’intérêt noté(s) sur 30 (au moins 10 attendus)",
                "intérêts : le profil RIASEC n’est pas calculé (questionnaire à remplir)"
            ])
        #expect(
            missing[.competences] == [
                "compétences : aucune expérience (emploi, stage, bénévolat ou loisir)",
                "compétences : aucune compétence confirmée (les suggestions restent à confirmer)"
            ])
        #expect(missing[.pistes] == ["pistes : aucune piste retenue (1 à 5 attendues)"])
        #expect(missing[.formations] == ["formations : pas de piste retenue vers laquelle choisir un parcours"])
        #expect(missing[.plan] == ["plan : aucune action datée (au moins une attendue)"])
        #expect(missing[.synthese] == ["synthèse : la synthèse n’est pas rédigée"])
        #expect(!readiness.mayAdvance)
        #expect(readiness.firstIncomplete == .profil)
        #expect(readiness[.pistes].missing[0].message(in: .en, step: .pistes) == "career leads: no kept piste (1 to 5 expected)")
    }

    @Test func nineCentresAreTooFew() {
        var project = Self.complete()
        project.interets?.centres.removeLast()
        #expect(messages(Readiness(project)[.interets].missing, .interets) == ["intérêts : 9 centre(s) d’intérêt noté(s) sur 30 (au moins 10 attendus)"])
    }

    @Test func suggestionsAloneAreNotConfirmedSkills() {
        var project = Self.complete()
        project.competences?.competences = [Competence(item: RomeItemRef(code: OgrCode(1)), source: .suggeree(from: Self.x1))!]
        #expect(Readiness(project)[.competences].missing == [.competencesMissing])
    }

    @Test func everyKeptPisteNeedsAChosenPath() {
        var project = Self.complete()
        project.pistes?.retenues.append(Piste(fiche: RomeCode("I1304")!, rang: 2))
        project.formations.append(Formation(fiche: RomeCode("I1304")!, certification: CertificationCode("RNCP35191"), voie: .formationContinue))
        let step = Readiness(project)[.formations]
        #expect(step.complete == [.formationChosen(RomeCode("I1310")!)])
        #expect(messages(step.missing, .formations) == ["formations : aucun parcours choisi pour I1304"])
    }

    @Test func tooManyPistesIsReportedThroughTheInconsistency() {
        var project = Self.complete()
        let fiches = ["I1301", "I1302", "I1303", "I1304", "I1305", "I1310"].compactMap(RomeCode.init)
        project.pistes?.retenues = fiches.enumerated().map { Piste(fiche: $0.element, rang: $0.offset + 1) }
        let missing = Readiness(project)[.pistes].missing
        #expect(missing.contains(.inconsistency(.tooManyRetenues(6))))
    }

    @Test func cancelledActionsDoNotCountAndUndatedOnesAreRemarked() {
        var project = Self.complete()
        project.plan = [
            PlanAction(id: ActionID("a1")!, kind: .forum, status: .annulee, intitule: "Forum", date: Day(year: 2026, month: 1, day: 1)),
            PlanAction(id: ActionID("a2")!, kind: .enqueteMetier, status: .aFaire, intitule: "Enquête")
        ]
        let step = Readiness(project)[.plan]
        #expect(step.missing == [.actionsMissing])
        #expect(step.remarks == [.actionsUndated(1)])
    }

    @Test func aStepARevoirIsSaidAndBlocksAdvancingFromIt() {
        var project = Self.complete()
        for step in Step.allCases { project.progression[step] = .terminee }
        project.progression.markChanged(.interets)
        project.progression.current = .pistes
        let readiness = Readiness(project)
        #expect(readiness[.pistes].isARevoir)
        #expect(readiness[.pistes].remarks.first == .changedUpstream)
        #expect(messages([readiness[.pistes].remarks[0]], .pistes) == ["pistes : à revoir : une étape précédente a changé depuis"])
        #expect(!readiness.mayAdvance)
        // The changed step itself is en cours, not à revoir: the person may go on from it.
        #expect(readiness.mayAdvance(from: .interets))
    }

    @Test(arguments: Step.allCases.dropFirst())
    func everyStepAfterAChangeIsARevoir(step: Step) {
        // Every step done, then the step just before `step` changes: `step` and those after it are à revoir.
        var project = Self.complete()
        for each in Step.allCases { project.progression[each] = .terminee }
        project.progression.markChanged(Step.allCases[step.number - 2])
        let readiness = Readiness(project)
        #expect(readiness[step].isARevoir)
        #expect(readiness[step].isComplete)
        #expect(readiness[step].remarks.first == .changedUpstream)
        #expect(!readiness.mayAdvance(from: step))
        #expect(readiness.steps.filter(\.isARevoir).map(\.step) == Step.allCases.filter { $0 >= step })
    }

    @Test func anIncompleteEarlierStepBlocksLaterOnes() {
        var project = Self.complete()
        project.profil?.situation = nil
        let readiness = Readiness(project)
        #expect(!readiness.mayAdvance(from: .plan))
        #expect(readiness[.plan].isComplete)
        #expect(readiness.firstIncomplete == .profil)
    }
}
