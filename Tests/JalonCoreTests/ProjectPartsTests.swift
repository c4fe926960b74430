import JalonCore
import Testing

@Suite("Parts of a project")
struct ProjectPartsTests {
    @Test func experiencesAndSkillsMustSayWhatTheyAre() {
        let id = ExperienceID("x1")!
        #expect(Experience(id: id, nature: .stage) == nil)
        #expect(Experience(id: id, nature: .stage, intitule: "") == nil)
        #expect(Experience(id: id, nature: .stage, intitule: "Stage en EHPAD")?.intitule == "Stage en EHPAD")
        #expect(Experience(id: id, nature: .emploi, appellation: RomeItemRef(code: OgrCode(10891)))?.appellation?.code == OgrCode(10891))
        #expect(Competence(source: .declaree) == nil)
        #expect(Competence(libelle: "", source: .declaree) == nil)
        #expect(Competence(item: RomeItemRef(code: OgrCode(300465), libelle: ""), source: .declaree)?.item?.libelle == nil)
    }

    @Test func skillSourcesPointToExperiences() {
        let id = ExperienceID("x2")!
        #expect(Competence.Source.experience(id).experience == id)
        #expect(Competence.Source.suggeree(from: id).experience == id)
        #expect(Competence.Source.suggeree(from: nil).experience == nil)
        #expect(Competence.Source.declaree.experience == nil)
    }

    @Test func riasecProfileNeedsAllSixScores() {
        let now = Timestamp(secondsSince1970: 0)
        let all: [RiasecType: Int] = [.realiste: 100, .investigateur: 63, .artistique: 13, .social: 63, .entreprenant: 25, .conventionnel: 63]
        #expect(SavedRiasecProfile(computed: now, scores: all) != nil)
        #expect(SavedRiasecProfile(computed: now, scores: all.filter { $0.key != .social }) == nil)
        #expect(SavedRiasecProfile(computed: now, scores: all.merging([.social: 101]) { $1 }) == nil)
    }

    @Test func hollandCodeBreaksTiesByHexagonOrder() throws {
        let scores: [RiasecType: Int] = [.realiste: 100, .investigateur: 63, .artistique: 13, .social: 63, .entreprenant: 25, .conventionnel: 63]
        let profile = try #require(SavedRiasecProfile(computed: Timestamp(secondsSince1970: 0), scores: scores))
        #expect(profile.ranked == [.realiste, .investigateur, .social, .conventionnel, .entreprenant, .artistique])
        #expect(profile.code == "RIS")
    }

    @Test func pistesKnowTheirStatus() {
        let kept = Piste(fiche: RomeCode("I1310")!, rang: 1)
        var pistes = Pistes(retenues: [kept], ecartees: [Piste(fiche: RomeCode("H2913")!)])
        #expect(pistes.statut(of: RomeCode("I1310")!) == .retenue)
        #expect(pistes.statut(of: RomeCode("H2913")!) == .ecartee)
        #expect(pistes.statut(of: RomeCode("J1501")!) == nil)
        pistes[.suggeree] = [Piste(fiche: RomeCode("J1501")!)]
        #expect(pistes.suggerees.map(\.fiche) == [RomeCode("J1501")!])
    }

    @Test func aStartedProjectIsNamedAndAtTheFirstStep() {
        let time = Timestamp(secondsSince1970: 1_800_000_000)
        let project = Project.started(displayName: "Karim B.", at: time)
        #expect(project.displayName == "Karim B.")
        #expect(project.metadata.titre == "Karim B.")
        #expect(project.profil == nil)
        #expect(project.progression == Progression(current: .profil))
        #expect(project.metadata.created == time && project.metadata.updated == time)
        #expect(Project.started(displayName: "A").id != Project.started(displayName: "A").id)
    }

    @Test func displayNameFallsBackToTheProfil() {
        var project = Project.started(displayName: "Projet santé")
        project.metadata.titre = nil
        #expect(project.displayName == nil)
        project.profil = Profil(nomAffiche: "Léa")
        #expect(project.displayName == "Léa")
    }

    @Test func allPistesKeptFirst() {
        let pistes = Pistes(
            retenues: [Piste(fiche: RomeCode("I1310")!)], suggerees: [Piste(fiche: RomeCode("H2912")!)],
            ecartees: [Piste(fiche: RomeCode("H2913")!)])
        #expect(pistes.pistes.map(\.fiche.rawValue) == ["I1310", "H2912", "H2913"])
    }

    @Test func inconsistenciesSayWhereAndWhat() {
        var project = Project.started(displayName: "Karim")
        project.pistes = Pistes(retenues: [Piste(fiche: RomeCode("I1310")!, rang: 1)])
        project.formations = [Formation(fiche: RomeCode("H2913")!, voie: .vae)]
        project.competences = Competences(competences: [Competence(libelle: "Souder", source: .suggeree(from: ExperienceID("x3")!))!])
        #expect(project.inconsistencies == [.unknownExperience(ExperienceID("x3")!), .formationTargetNotKept(RomeCode("H2913")!)])
        #expect(project.inconsistencies.map(\.step) == [.competences, .formations])
        #expect(
            ProjectInconsistency.formationTargetNotKept(RomeCode("H2913")!).message(in: .fr)
                == "une formation vise H2913, qui n’est pas une piste retenue")
        #expect(ProjectInconsistency.tooManyRetenues(6).message(in: .en) == "6 kept pistes; at most 5 are kept")
    }

    @Test func withIDChangesOnlyTheID() {
        let metadata = Metadata(created: .init(secondsSince1970: 1), updated: .init(secondsSince1970: 2), generator: Generator(name: "t", version: "0"))
        let project = Project(
            metadata: metadata, profil: Profil(situation: .salarie),
            plan: [
                PlanAction(id: ActionID("a1")!, kind: .forum, status: .faite, intitule: "Forum")
            ])
        let other = ProjectID()
        let moved = project.withID(other)
        #expect(moved.id == other)
        #expect(moved.withID(project.id) == project)
    }

    @Test func notesOnAStepComeOldestFirst() {
        let late = CounsellorNote(id: NoteID("n1")!, auteur: "S.", date: Timestamp(secondsSince1970: 200), section: .plan, status: .besoin, texte: "b")
        let early = CounsellorNote(id: NoteID("n2")!, auteur: "S.", date: Timestamp(secondsSince1970: 100), section: .plan, status: .pointAppui, texte: "a")
        let other = CounsellorNote(id: NoteID("n3")!, auteur: "S.", date: Timestamp(secondsSince1970: 50), section: .profil, status: .nonExplore, texte: "c")
        let project = Project(
            metadata: Metadata(created: .init(secondsSince1970: 0), updated: .init(secondsSince1970: 0), generator: Generator(name: "t", version: "0")),
            notes: [late, other, early])
        #expect(project.notes(on: .plan).map(\.id.rawValue) == ["n2", "n1"])
        #expect(project.notes(on: .synthese).isEmpty)
    }
}
