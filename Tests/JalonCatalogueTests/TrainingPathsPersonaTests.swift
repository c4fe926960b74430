import Foundation
import JalonCore
import Testing

@testable import JalonCatalogue

/// Personas on the real bundled catalogue (ROME v460, RNCP 2026-02-01, InserJeunes 2025-03). Each test
/// says why the expectation follows from the rules of JalonCore.docc/TrainingPaths.md and from the data.
@Suite("Parcours de formation : personas sur le catalogue embarqué", .enabled(if: TestData.isBundled))
struct TrainingPathsPersonaTests {
    static let catalogue = try! Catalogue(contentsOf: TestData.bundledArtifact)
    static let today = Day(year: 2026, month: 11, day: 29)!
    static let i1310 = RomeCode("I1310")!
    static let j1501 = RomeCode("J1501")!

    static func project(
        born: Int, situation: Situation, diplome: DiplomeLePlusEleve, departement: String,
        experiences: [Experience] = [], competences: [Competence] = []
    ) -> Project {
        var project = Project.started(displayName: "Persona", at: Timestamp(secondsSince1970: 0))
        project.profil = Profil(anneeNaissance: born, departement: Departement(departement), situation: situation, diplome: diplome)
        project.competences = Competences(experiences: experiences, competences: competences)
        return project
    }

    static func paths(_ project: Project, _ fiche: RomeCode) throws -> TrainingPaths {
        TrainingPaths(try #require(catalogue.trainingPathsInput(target: fiche, project: project, today: today, offers: nil)))
    }

    /// Karim-like: 42, level 3, in the Doubs; 15 years as a maintenance mechanic (an appellation of
    /// I1310) where he confirmed all but one of the fiche's cœur-de-métier compétences.
    static func karimLike() -> Project {
        let x1 = ExperienceID("x1")!
        let appellation = catalogue.appellations(of: i1310).first!
        let coeur = catalogue.coeurDeMetier(of: i1310).filter { $0.rubrique == .savoirFaire || $0.rubrique == .savoirEtre }
        let skills = coeur.dropLast().map { Competence(item: RomeItemRef(code: $0.ogr), source: .experience(x1), maitrise: .autonomie)! }
        return project(
            born: 1984, situation: .salarie, diplome: .niveau(Niveau(3)!), departement: "25",
            experiences: [Experience(id: x1, nature: .emploi, appellation: RomeItemRef(code: appellation.ogr), annees: 15)!],
            competences: skills)
    }

    @Test func levelThreeToALevelSixCertificationGoesThroughLevelsFourAndFive() throws {
        // A salarié at level 3 aiming at the BUT Génie industriel et maintenance (RNCP35499, level 6): a
        // certification of level n + 1 admits holders of level n, so the path goes through level 4, then
        // level 5 — the BTS Maintenance des systèmes (RNCP36968), the most delivered one (InserJeunes
        // leavers) — unless a certification admitting without a diploma (a titre professionnel) bridges.
        let result = try Self.paths(Self.project(born: 1990, situation: .salarie, diplome: .niveau(Niveau(3)!), departement: "25"), Self.i1310)
        let path = try #require(result.paths.first { $0.certification == CertificationCode("RNCP35499") && $0.voie == .formationContinue })
        #expect(path.steps.last?.certification == CertificationCode("RNCP35499")!)
        #expect(path.steps.count >= 2)
        #expect(path.stepsComplete)
        #expect(path.score.component(.levelGap)?.value == 1 / Double(path.steps.count))
        // Every step is entered from the level below, or admits without a diploma.
        for path in result.paths where path.voie != .vae && path.stepsComplete {
            var level = 3
            for step in path.steps {
                let niveau = try #require(step.niveau?.rawValue)
                if case .nextLevel = step.entry { #expect(niveau - level <= LevelSteps.maximumStep, "\(path.certification)") }
                level = max(level, niveau)
            }
        }
    }

    @Test func yearsInTheMetierWithItsCoreSkillsBringVAE() throws {
        // 5 of I1310's 6 cœur-de-métier compétences (83 % ≥ 60 %) and 15 years (≥ 1): VAE is proposed, for
        // instance on the TP Électromécanicien de maintenance industrielle (RNCP37276) Karim aims at.
        let result = try Self.paths(Self.karimLike(), Self.i1310)
        #expect(result.vae.isEligible)
        #expect(result.vae.coeurDeMetier == 6)
        #expect(result.vae.covered.count == 5)
        #expect(result.vae.relatedYears == 15)
        let vae = try #require(result.paths.first { $0.certification == CertificationCode("RNCP37276") && $0.voie == .vae })
        #expect(vae.steps.count == 1)
        #expect(result.paths.first?.voie == .vae)
        // Without the skills, the same years are not enough.
        var bare = Self.karimLike()
        bare.competences?.competences = []
        #expect(try Self.paths(bare, Self.i1310).paths.allSatisfy { $0.voie != .vae })
    }

    @Test func aLyceenGetsSchoolAndApprenticeshipRoutes() throws {
        // Léa-like: 17, lycéenne in Gray (70), no diploma yet. Formation continue is not hers.
        let result = try Self.paths(Self.project(born: 2009, situation: .lyceen, diplome: .aucun, departement: "70"), Self.j1501)
        let voies = Set(result.paths.map(\.voie))
        #expect(voies == [.initiale, .apprentissage])
    }

    @Test func aFortyTwoYearOldEmployeeGetsContinuingEducationAndVAE() throws {
        // 42 is past the apprenticeship age (29); a salarié is out of initial schooling.
        let voies = Set(try Self.paths(Self.karimLike(), Self.i1310).paths.map(\.voie))
        #expect(voies == [.formationContinue, .vae])
    }

    @Test func insertionRatesComeFromTheDoubsRegionElseNationalWithTheirCohort() throws {
        // The Doubs (25) is in Bourgogne-Franche-Comté (27): the DEAS by apprenticeship has 2022_2023
        // figures there under its two diploma codes (InserJeunes, DEPP / Dares 2025-03): 46033104, 78 % of
        // 110 leavers, and 56033102, 90 % of 49; together (78 × 110 + 90 × 49) / 159 = 81.7 → 82 %.
        #expect(Self.catalogue.region(of: Departement("25")!)?.code == "27")
        let doubs = Self.project(born: 2005, situation: .demandeurEmploi, diplome: .niveau(Niveau(3)!), departement: "25")
        let path = try #require(
            try Self.paths(doubs, Self.j1501).paths.first { $0.certification == CertificationCode("RNCP35830") && $0.voie == .apprentissage })
        let figure = try #require(path.insertion)
        #expect(figure.scope == .region("27"))
        #expect(figure.millesime == "2022_2023")
        #expect(figure.emploi12Mois == 82)
        #expect(figure.sortants == 159)
        #expect(figure.diplomaCodes == ["46033104", "56033102"])
        #expect(figure.source.id == "inserjeunes")
        // Mayotte (976, region 06) publishes no DEAS figure: the national one, with its cohort.
        #expect(Self.catalogue.region(of: Departement("976")!)?.code == "06")
        let mayotte = Self.project(born: 2005, situation: .demandeurEmploi, diplome: .niveau(Niveau(3)!), departement: "976")
        let national = try #require(
            try Self.paths(mayotte, Self.j1501).paths.first { $0.certification == CertificationCode("RNCP35830") && $0.voie == .apprentissage }?.insertion)
        guard case .national(let regions) = national.scope else { Issue.record("expected a national figure, got \(national.scope)"); return }
        #expect(regions > 1)
        #expect(national.millesime == "2022_2023")
    }

    @Test func theRegulatedAideSoignantListsTheDEASFirst() throws {
        // J1501 is regulated; its accès text requires the "Diplôme d'Etat d'Aide-Soignant", which is
        // RNCP35830 (it replaced RNCP4495). It comes first for every persona.
        for project in [Self.karimLike(), Self.project(born: 2009, situation: .lyceen, diplome: .aucun, departement: "70")] {
            let result = try Self.paths(project, Self.j1501)
            #expect(result.requiredCertifications == [CertificationCode("RNCP35830")!])
            #expect(result.paths.first?.certification == CertificationCode("RNCP35830"))
            #expect(result.paths.first?.isRequiredByRegulation == true)
        }
    }

    @Test func anInactiveCertificationIsReplacedByItsSuccessor() throws {
        // RNCP402 "Agent de maintenance des équipements industriels" is inactive; the RNCP names
        // RNCP37276 (TP Électromécanicien de maintenance industrielle) as its successor.
        let old = try #require(Self.catalogue.certification(CertificationCode("RNCP402")!))
        #expect(old.isActive == false)
        let result = try Self.paths(Self.karimLike(), Self.i1310)
        #expect(result.setAside.first { $0.certification == old.code }?.reason == .replacedBy([CertificationCode("RNCP37276")!]))
        #expect(result.paths.allSatisfy { $0.certification != old.code })
        let successor = try #require(result.paths.first { $0.certification == CertificationCode("RNCP37276") })
        #expect(successor.replaces.contains(old.code))
    }

    @Test func theSamePersonAndCatalogueGiveTheSamePaths() throws {
        #expect(try Self.paths(Self.karimLike(), Self.i1310) == Self.paths(Self.karimLike(), Self.i1310))
    }
}

/// The département → région table the importer takes from the BCN file.
@Suite("Départements et régions", .enabled(if: TestData.isBundled))
struct DepartementRegionTests {
    @Test func everyDepartementOfTheFileHasItsRegion() throws {
        let catalogue = try Catalogue(contentsOf: TestData.bundledArtifact)
        #expect(catalogue.region(of: Departement("25")!)?.name == "Bourgogne-Franche-Comté")
        #expect(catalogue.region(of: Departement("2A")!)?.code == "94")
        #expect(catalogue.region(of: Departement("971")!)?.code == "01")
        // Saint-Pierre-et-Miquelon (975) has no region in the file (code 00).
        #expect(catalogue.region(of: Departement("975")!) == nil)
        guard TestData.isAvailable else { return }
        let file = try String(contentsOfFile: TestData.path("inserjeunes/departements_academies_regions.csv"), encoding: .utf8)
        var checked = 0
        for line in file.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            var code = fields[3]
            if code.count == 3, code.hasPrefix("0") { code.removeFirst() }
            guard let departement = Departement(code), fields[2] != "00" else { continue }
            #expect(catalogue.region(of: departement)?.code == fields[2], "\(code)")
            checked += 1
        }
        #expect(checked == 101)
    }
}

/// An artifact written before the département table still loads; its persons get national figures.
@Suite("Catalogue sans table des départements", .enabled(if: TestData.isBundled))
struct ArtifactWithoutDepartementsTests {
    /// The bundled artifact rewritten without one section, by its documented layout.
    static func bundled(without removed: String) throws -> Data {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestData.bundledArtifact)))
        func word(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24 }
        var writer = ArtifactWriter()
        var offset = ArtifactFormat.magic.count + 8
        for _ in 0..<word(ArtifactFormat.magic.count + 4) {
            let name = String(decoding: bytes[offset..<offset + ArtifactFormat.nameLength].prefix { $0 != 0 }, as: UTF8.self)
            let length = word(offset + ArtifactFormat.nameLength)
            let start = offset + ArtifactFormat.nameLength + 4
            if name != removed { writer.addSection(name, bytes: Array(bytes[start..<start + length])) }
            offset = start + length + (4 - length % 4) % 4
        }
        return Data(writer.finish())
    }

    @Test func loadsAndSaysNothingOfRegions() throws {
        let catalogue = try Catalogue(data: try Self.bundled(without: "departements"), source: "ancien.jcat")
        #expect(catalogue.region(of: Departement("25")!) == nil)
        #expect(catalogue.fiche(RomeCode("J1501")!) != nil)
        var project = Project.started(displayName: "Doubs", at: Timestamp(secondsSince1970: 0))
        project.profil = Profil(anneeNaissance: 2005, departement: Departement("25"), situation: .demandeurEmploi, diplome: .niveau(Niveau(3)!))
        let input = try #require(
            catalogue.trainingPathsInput(target: RomeCode("J1501")!, project: project, today: Day(year: 2026, month: 11, day: 29)!, offers: nil))
        #expect(input.person.region == nil)
        let deas = try #require(TrainingPaths(input).paths.first { $0.certification == CertificationCode("RNCP35830") && $0.voie == .apprentissage })
        guard case .national = deas.insertion?.scope else { Issue.record("expected a national figure"); return }
    }
}
