import Foundation
import JalonCore
import JalonLocale
import Testing

@testable import JalonCatalogue

/// Entry levels, multi-step paths and the one VAE rule, on the real bundled catalogue.
@Suite("Niveaux d’entrée, parcours en plusieurs étapes, VAE (catalogue embarqué)", .enabled(if: TestData.isBundled))
struct EntryLevelsAndVAETests {
    typealias P = TrainingPathsPersonaTests
    static let g1601 = RomeCode("G1601")!

    /// Tom, 17, holds a CAP (level 3) and wants to become chef de cuisine (G1601). A certification of
    /// level 5 is reached through level 4 (a bac pro or BP first): a path of two certifications or more
    /// is proposed, each step says how it is entered, and no step jumps two levels unless its
    /// certification admits without a diploma.
    @Test func capHolderAimingAtChefDeCuisineGetsMultiStepPaths() throws {
        let tom = P.project(born: 2009, situation: .lyceen, diplome: .niveau(Niveau(3)!), departement: "25")
        let result = try P.paths(tom, Self.g1601)
        let multi = result.paths.filter { $0.steps.count >= 2 }
        #expect(!multi.isEmpty, "\(result.paths.map { "\($0.certification) \($0.steps.map(\.certification))" })")
        for path in result.paths where path.voie != .vae && path.stepsComplete {
            var level = 3
            for step in path.steps {
                let niveau = try #require(step.niveau?.rawValue)
                switch step.entry {
                case .nextLevel(let from):
                    #expect(from == level && niveau - level <= 1, "\(path.certification): \(path.steps.map(\.certification))")
                case .withoutDiploma:
                    #expect(EntryRule.exception(for: try #require(P.catalogue.certification(step.certification))) != nil)
                default:
                    Issue.record("unexpected entry \(step.entry)")
                }
                level = max(level, niveau)
            }
        }
        // Each step is explained in the saved record too.
        let path = try #require(multi.first)
        let saved = SavedPathTarget(fiche: Self.g1601, libelle: nil, paths: [path], language: .fr)
        #expect(saved.chemins[0].raisons.filter { $0.contains("accessible après un niveau") }.count >= path.steps.count - 1)
        // The level component says how many steps, and a two-step path scores below a one-step one.
        #expect(path.score.component(.levelGap)?.reason == .multiStep(person: 3, certification: path.niveau!.rawValue, steps: path.steps.count))
    }

    /// A BTS (level 5) from a CAP is not "une seule étape": it goes through level 4.
    @Test func aBTSFromACAPTakesTwoSteps() throws {
        let result = try P.paths(P.project(born: 1990, situation: .salarie, diplome: .niveau(Niveau(3)!), departement: "25"), P.i1310)
        for path in result.paths where path.niveau?.rawValue == 5 && path.voie == .formationContinue && path.stepsComplete {
            let certification = try #require(P.catalogue.certification(path.certification))
            if EntryRule.exception(for: certification) == nil {
                #expect(path.steps.count == 2, "\(path.certification)")
                #expect(path.steps.first?.niveau?.rawValue == 4)
            }
        }
    }

    /// The DEAS (level 4) admits without a diploma: one step from no diploma, said so.
    @Test func theDEASAdmitsWithoutADiploma() throws {
        let result = try P.paths(P.project(born: 1995, situation: .demandeurEmploi, diplome: .aucun, departement: "25"), P.j1501)
        let deas = try #require(result.paths.first { $0.certification == CertificationCode("RNCP35830") })
        #expect(deas.steps.count == 1)
        #expect(deas.steps[0].entry == .withoutDiploma(.diplomeEtatSansPrerequis))
        #expect(deas.score.component(.levelGap)?.reason == .admitsWithoutDiploma(person: 2, certification: 4, .diplomeEtatSansPrerequis))
    }

    /// One VAE rule: for the same person and fiche, matching's access and the training paths agree.
    /// A hobby counts (loi 2022-1598: any nature), and no minimum duration applies.
    @Test(arguments: [(5, Experience.Nature.emploi, 15.0), (5, .loisir, 0.2), (2, .emploi, 15.0), (0, .benevolat, 3.0)])
    func matchingAndPathsShareTheVAERule(confirmed: Int, nature: Experience.Nature, years: Double) throws {
        let x1 = ExperienceID("x1")!
        let appellation = try #require(P.catalogue.appellations(of: P.i1310).first)
        let coeur = P.catalogue.coeurDeMetier(of: P.i1310).filter { $0.rubrique == .savoirFaire || $0.rubrique == .savoirEtre }
        var project = P.project(
            born: 1984, situation: .salarie, diplome: .niveau(Niveau(3)!), departement: "25",
            experiences: [Experience(id: x1, nature: nature, appellation: RomeItemRef(code: appellation.ogr), annees: years)!],
            competences: coeur.prefix(confirmed).map { Competence(item: RomeItemRef(code: $0.ogr), source: .experience(x1), maitrise: .autonomie)! })
        project.interets = nil
        let paths = try P.paths(project, P.i1310)
        let match = try #require(MatchingRanking(index: try P.catalogue.matchingIndex(), person: MatchingPerson(project: project)).match(for: P.i1310))
        let ready = match.access.reasons.contains { if case .vaeReady = $0 { true } else { false } }
        #expect(ready == paths.vae.isEligible)
        #expect(ready == (Double(confirmed) / Double(coeur.count) >= VAEAssessment.minimumCoverage))
        #expect(paths.paths.contains { $0.voie == .vae } == ready)
        if !ready {
            // Not a VAE yet: said so, and access is assessed by level (I1310 is open from level 3).
            #expect(match.access.reasons.contains { if case .experienceBelowVAE = $0 { true } else { false } })
            #expect(match.access.reasons.contains(.levelReached(lowest: try #require(match.access.certificationLevels.first))))
        }
    }
}

/// The matching index reads the entry rule of every certification as the training paths do.
@Suite("Accès de l’appariement : la règle d’entrée des parcours (catalogue embarqué)", .enabled(if: TestData.isBundled))
struct MatchingEntryRuleTests {
    typealias P = TrainingPathsPersonaTests

    /// For every fiche, the lowest certification admitting without a diploma that the index keeps is the
    /// one ``EntryRule`` finds among the fiche's active certifications, read as the training paths read them.
    @Test func theIndexKeepsTheLowestCertificationOpenWithoutDiploma() throws {
        let index = try P.catalogue.matchingIndex()
        let order = EntryRule.Exception.allCases
        var open = 0
        for (row, code) in index.codes.enumerated() {
            let expected = P.catalogue.certifications(of: code).filter { $0.isActive == true }.compactMap { certification in
                certification.niveau.flatMap { niveau in
                    EntryRule.exception(for: certification).map { MatchingFicheEntry.OpenCertification(niveau: niveau, exception: $0) }
                }
            }.min { ($0.niveau, order.firstIndex(of: $0.exception)!) < ($1.niveau, order.firstIndex(of: $1.exception)!) }
            #expect(index.lowestOpenCertification[row] == expected, "\(code)")
            if expected != nil { open += 1 }
        }
        // Titres professionnels and CQP lead to many métiers: hundreds of fiches, not a handful.
        #expect(open > 200, "\(open) fiches")
    }
}
