import JalonCore
import JalonStore
import JalonXML
import Testing

/// `Project.inconsistencies` restates, in the person's terms, the cross-part rules of the schema. These
/// tests keep the two in step: each rule broken on purpose is caught by both, and neither complains
/// about a valid project.
@Suite("Project.inconsistencies agrees with the schema")
struct ConsistencyAgreementTests {
    struct Mutation: CustomTestStringConvertible, Sendable {
        let name: String
        let expected: [ProjectInconsistency]
        let apply: @Sendable (inout Project) -> Void
        var testDescription: String { name }
    }

    static let karim: Project = {
        try! ProjectCodec.decode(TestFiles.document(TestFiles.sample("karim-montbeliard-reconversion.xml")))
    }()

    static let x1 = ExperienceID("x1")!, i1310 = RomeCode("I1310")!, i1304 = RomeCode("I1304")!

    static let mutations: [Mutation] = [
        Mutation(name: "centre rated twice", expected: [.centreRatedTwice(CentreInteretCode(14)!)]) {
            $0.interets?.centres.append(CentreInteretRating(centre: CentreInteretCode(14)!, rating: Rating(0)!))
        },
        Mutation(name: "question answered twice", expected: [.questionAnsweredTwice(QuestionID("r1")!)]) {
            $0.interets?.riasec?.reponses.append(RiasecAnswer(question: QuestionID("r1")!, rating: Rating(1)!))
        },
        Mutation(name: "duplicate experience id", expected: [.duplicateExperience(x1)]) {
            $0.competences?.experiences.append(Experience(id: x1, nature: .loisir, intitule: "Pêche")!)
        },
        Mutation(name: "skill from an unknown experience", expected: [.unknownExperience(ExperienceID("x9")!)]) {
            $0.competences?.competences.append(Competence(libelle: "Souder", source: .experience(ExperienceID("x9")!))!)
        },
        Mutation(name: "ROME skill twice", expected: [.competenceItemTwice(OgrCode(300138))]) {
            $0.competences?.competences.append(Competence(item: RomeItemRef(code: OgrCode(300138)), source: .declaree)!)
        },
        Mutation(name: "fiche kept and suggested", expected: [.ficheInSeveralPistes(i1310)]) {
            $0.pistes?.suggerees.append(Piste(fiche: i1310, rang: 3))
        },
        Mutation(name: "six kept pistes", expected: [.tooManyRetenues(6), .rangRetenueInvalid(RomeCode("A1101")!, 6)]) {
            for (rang, code) in zip(3...6, ["J1501", "G1204", "F1602", "A1101"]) {
                $0.pistes?.retenues.append(Piste(fiche: RomeCode(code)!, rang: rang))
            }
        },
        Mutation(name: "kept piste without rank", expected: [.rangRetenueInvalid(i1304, nil)]) {
            $0.pistes?.retenues[1].rang = nil
        },
        Mutation(name: "two kept pistes ranked 1", expected: [.rangRetenueTwice(1)]) {
            $0.pistes?.retenues[1].rang = 1
        },
        Mutation(name: "fiche suggested twice", expected: [.suggestionTwice(i1304)]) {
            $0.suggestions?.suggestions.append(SavedSuggestion(fiche: i1304, rang: 9, score: 10))
        },
        Mutation(name: "two suggestions ranked 1", expected: [.suggestionRangTwice(1)]) {
            $0.suggestions?.suggestions.append(SavedSuggestion(fiche: RomeCode("J1501")!, rang: 1, score: 10))
        },
        Mutation(name: "score component twice", expected: [.scoreComponentTwice(i1310, "interets")]) {
            let first = $0.suggestions!.suggestions[0].composantes[0]
            $0.suggestions?.suggestions[0].composantes.append(first)
        },
        Mutation(name: "paths to one target listed twice", expected: [.pathTargetTwice(i1310)]) {
            $0.parcours?.cibles.append(SavedPathTarget(fiche: i1310))
        },
        Mutation(name: "two paths ranked 1", expected: [.pathRangTwice(i1310, 1)]) {
            $0.parcours?.cibles[0].chemins[1].rang = 1
        },
        Mutation(name: "formation towards a suggested piste", expected: [.formationTargetNotKept(RomeCode("H2912")!)]) {
            $0.formations.append(Formation(fiche: RomeCode("H2912")!, voie: .formationContinue))
        },
        Mutation(name: "same path twice", expected: [.formationTwice(i1310, CertificationCode("RNCP37276"), .vae)]) {
            $0.formations.append($0.formations[0])
        },
        Mutation(name: "duplicate action id", expected: [.duplicateAction(ActionID("a1")!)]) {
            $0.plan.append(PlanAction(id: ActionID("a1")!, kind: .autre, status: .aFaire, intitule: "Encore"))
        },
        Mutation(name: "action about a fiche that is no piste", expected: [.actionFicheNotAPiste(ActionID("a1")!, RomeCode("J1501")!)]) {
            $0.plan[0].fiche = RomeCode("J1501")!
        },
        Mutation(name: "duplicate note id", expected: [.duplicateNote(NoteID("n1")!)]) {
            $0.notes.append($0.notes[0])
        }
    ]

    @Test(arguments: mutations)
    func bothCatchTheBrokenRule(_ mutation: Mutation) throws {
        var project = Self.karim
        #expect(project.inconsistencies.isEmpty)
        mutation.apply(&project)
        #expect(project.inconsistencies == mutation.expected)
        let document = try XMLDocument(bytes: ProjectCodec.encode(project), sourceName: "mutated.xml")
        #expect(!TestFiles.schema.validate(document).isEmpty, "the schema accepted: \(mutation.name)")
        #expect(!mutation.expected[0].message(in: .fr).isEmpty)
    }

    /// Saved paths record what was shown: a target set aside since is no inconsistency for either.
    @Test func savedPathsMayTargetAPisteSetAside() throws {
        var project = Self.karim
        project.parcours?.cibles.append(SavedPathTarget(fiche: RomeCode("H2913")!))
        #expect(project.inconsistencies.isEmpty)
        let document = try XMLDocument(bytes: ProjectCodec.encode(project), sourceName: "aside.xml")
        #expect(TestFiles.schema.validate(document).isEmpty)
    }

    @Test(arguments: TestFiles.sampleNames)
    func validSamplesAreConsistent(_ name: String) throws {
        #expect(try ProjectCodec.decode(TestFiles.document(TestFiles.sample(name))).inconsistencies.isEmpty)
    }

    @Test func generatedValidProjectsAreConsistent() {
        for seed in UInt64(1)...300 {
            var generator = RandomProjects(seed: seed)
            let project = generator.project()
            #expect(project.inconsistencies.isEmpty, "seed \(seed): \(project.inconsistencies)")
        }
    }

    /// The invalid fixtures that break a cross-part rule still decode, and the check names the rule.
    @Test(arguments: [
        ("duplicate-centre.xml", ProjectInconsistency.centreRatedTwice(CentreInteretCode(14)!)),
        ("dangling-experience-ref.xml", .unknownExperience(ExperienceID("x9")!)),
        ("formation-not-kept.xml", .formationTargetNotKept(RomeCode("I1309")!)),
        ("duplicate-action-id.xml", .duplicateAction(ActionID("a1")!)),
        ("duplicate-suggestion-fiche.xml", .suggestionTwice(RomeCode("F1602")!)),
        ("duplicate-suggestion-rang.xml", .suggestionRangTwice(1))
    ])
    func fixturesBreakingCrossPartRules(_ file: String, _ expected: ProjectInconsistency) throws {
        let project = try ProjectCodec.decode(TestFiles.document(TestFiles.invalid(file)))
        #expect(project.inconsistencies == [expected])
    }
}
