import JalonCore
import JalonTestSupport

/// Seeded generator of projects that respect the format's invariants (unique ids, resolvable
/// references, at most five kept pistes…) but otherwise vary everything the codec maps, including
/// text that needs escaping. Deterministic per seed, so a failure names the seed that reproduces it.
struct RandomProjects {
    private var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    mutating func next() -> UInt64 { random.next() }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    private mutating func chance(_ percent: Int = 50) -> Bool { int(1...100) <= percent }
    private mutating func maybe<T>(_ make: (inout Self) -> T) -> T? { chance() ? make(&self) : nil }
    private mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }

    private mutating func list<T>(_ count: ClosedRange<Int>, _ make: (inout Self, Int) -> T) -> [T] {
        (0..<int(count)).map { make(&self, $0) }
    }

    private static let words = [
        "Léa", "aide-soignante", "R&D", "<balise>", "a > b", "« guillemets »", "\"double\"", "l'apostrophe",
        "ligne\nsuivante", "tab\there", "CRLF\r\nici", "  espaces  ", "emoji 🙂", "ŒUVRE", "九", "fin."
    ]

    private mutating func text() -> String {
        list(1...4) { g, _ in g.pick(Self.words) }.joined(separator: " ")
    }

    private mutating func day() -> Day {
        Day(year: int(1950...2030), month: int(1...12), day: int(1...28))!
    }

    private mutating func timestamp() -> Timestamp {
        Timestamp(secondsSince1970: Int64(int(0...2_000_000_000)))
    }

    private static let fiches = ["J1501", "G1204", "I1310", "I1304", "H2913", "F1602", "N1101", "K1302", "A1101", "N4403"]
        .map { RomeCode($0)! }

    mutating func project() -> Project {
        var progression = Progression(current: pick(Step.allCases))
        for step in Step.allCases { progression[step] = pick(StepState.allCases) }
        let competences = maybe { $0.competences() }
        let pistes = maybe { $0.pistes() }
        let kept = pistes?.retenues.map(\.fiche) ?? []
        let allPistes = Piste.Statut.allCases.flatMap { pistes?[$0] ?? [] }.map(\.fiche)
        return Project(
            id: ProjectID(),
            metadata: Metadata(
                created: timestamp(), updated: timestamp(), generator: Generator(name: text(), version: "1.\(int(0...9))"),
                titre: maybe { $0.text() }),
            progression: progression,
            profil: maybe { $0.profil() },
            interets: maybe { $0.interets() },
            competences: competences,
            pistes: pistes,
            suggestions: maybe { $0.suggestions() },
            formations: kept.isEmpty ? [] : formations(for: kept),
            parcours: maybe { $0.parcours() },
            plan: list(0...4) { g, index in g.action(index, fiches: allPistes) },
            synthese: maybe { g in Synthese(paragraphes: g.list(0...3) { g, _ in g.text() }, partagee: g.maybe { $0.timestamp() }) },
            notes: list(0...3) { g, index in
                CounsellorNote(
                    id: NoteID("n\(index)")!, auteur: g.text(), structure: g.maybe { $0.text() }, date: g.timestamp(),
                    section: g.pick(Step.allCases), status: g.pick(CounsellorNote.Status.allCases), texte: g.text())
            },
            extensions: maybe { g in Extensions(rawXML: "\n    <p:x xmlns:p=\"urn:portal\" n=\"\(g.int(0...99))\">a &amp; b</p:x>\n  ") }
        )
    }

    private mutating func profil() -> Profil {
        Profil(
            nomAffiche: maybe { $0.text() }, anneeNaissance: maybe { $0.int(1940...2012) },
            contact: maybe { g in Contact(courriel: g.maybe { _ in "x.y@example.org" }, telephone: g.maybe { _ in "+33 6 12 34 56 78" }) },
            commune: maybe { g in g.pick([Commune(codeInsee: "70279", nom: "Gray")!, Commune(codeInsee: "2B033", nom: "Bastia")!]) },
            departement: maybe { g in Departement(g.pick(["70", "2B", "974", "01", "95"]))! },
            mobiliteKm: maybe { $0.int(0...1000) }, situation: maybe { $0.pick(Situation.allCases) },
            diplome: maybe { g in g.chance(20) ? .aucun : .niveau(Niveau(g.int(3...8))!) },
            contraintes: list(0...3) { g, _ in g.text() }
        )
    }

    private mutating func interets() -> Interets {
        let centres = Array(CentreInteretCode.range.shuffled(using: &self).prefix(int(0...30)))
        return Interets(
            centres: centres.map { CentreInteretRating(centre: CentreInteretCode($0)!, rating: Rating(int(0...4))!) },
            riasec: maybe { g in
                RiasecAnswers(
                    questionnaire: "jalon-riasec-\(g.int(1...3))",
                    reponses: g.list(0...12) { g, index in RiasecAnswer(question: QuestionID("q\(index)")!, rating: Rating(g.int(0...4))!) })
            },
            profil: maybe { g in
                SavedRiasecProfile(computed: g.timestamp(), scores: Dictionary(uniqueKeysWithValues: RiasecType.allCases.map { ($0, g.int(0...100)) }))!
            }
        )
    }

    private mutating func competences() -> Competences {
        let experiences = list(0...4) { g, index in
            Experience(
                id: ExperienceID("x\(index)")!, nature: g.pick(Experience.Nature.allCases),
                appellation: g.chance(70) ? RomeItemRef(code: OgrCode(g.int(10000...40000)), libelle: g.maybe { $0.text() }) : nil,
                intitule: g.text(), structure: g.maybe { $0.text() }, debut: g.maybe { $0.day() }, fin: g.maybe { $0.day() },
                annees: g.maybe { Double($0.int(0...600)) / 10 }, detail: g.maybe { $0.text() }
            )!
        }
        let ids = experiences.map(\.id)
        return Competences(
            experiences: experiences,
            competences: list(0...6) { g, index in
                let source: Competence.Source =
                    switch (g.int(0...2), ids.isEmpty) {
                    case (0, false): .experience(g.pick(ids))
                    case (1, _): .suggeree(from: ids.isEmpty ? nil : g.maybe { $0.pick(ids) })
                    default: .declaree
                    }
                // Distinct items: the index keeps codes unique.
                return Competence(
                    item: g.chance(70) ? RomeItemRef(code: OgrCode(100_000 + index), libelle: g.maybe { $0.text() }) : nil,
                    libelle: g.text(), source: source, maitrise: g.maybe { $0.pick(Maitrise.allCases) },
                    preuves: g.list(0...2) { g, _ in g.text() }
                )!
            })
    }

    private mutating func pistes() -> Pistes {
        var fiches = Self.fiches.shuffled(using: &self)[...]
        func take(_ count: Int) -> [RomeCode] { let taken = Array(fiches.prefix(count)); fiches = fiches.dropFirst(count); return taken }
        let retenues = take(int(0...5)).enumerated().map { index, fiche in
            Piste(fiche: fiche, libelle: maybe { $0.text() }, rang: index + 1, commentaires: list(0...2) { g, _ in g.text() })
        }
        let suggerees = take(int(0...3)).map { Piste(fiche: $0, libelle: maybe { $0.text() }, rang: maybe { $0.int(1...20) }) }
        let ecartees = take(int(0...2)).map { Piste(fiche: $0, commentaires: list(0...1) { g, _ in g.text() }) }
        return Pistes(retenues: retenues, suggerees: suggerees, ecartees: ecartees)
    }

    private mutating func formations(for kept: [RomeCode]) -> [Formation] {
        // One path per (fiche, route) at most, so (fiche, certification, voie) stays unique.
        var result: [Formation] = []
        for fiche in kept {
            for voie in Formation.Voie.allCases where chance(30) {
                result.append(
                    Formation(
                        fiche: fiche, certification: maybe { g in CertificationCode(g.chance() ? "RNCP\(g.int(1...99999))" : "RS\(g.int(1...9999))")! },
                        intitule: maybe { $0.text() }, niveau: maybe { Niveau($0.int(3...8))! }, voie: voie,
                        organisme: maybe { $0.text() }, choisie: chance(), commentaire: maybe { $0.text() }))
            }
        }
        return result
    }

    private mutating func stamp() -> ComputationStamp {
        ComputationStamp(catalogue: text(), computed: timestamp(), engine: "0.\(int(0...9)).\(int(0...9))")
    }

    private mutating func figure(upTo maximum: Int) -> ScoreFigure {
        // Whole numbers, tenths, hundredths and thousandths alike, so every written form is exercised.
        let step = pick([1, 10, 100, 1000])
        return ScoreFigure(thousandths: int(0...(maximum * 1000 / step)) * step)!
    }

    /// Unique fiches and ranks, as the schema requires; the ranks need not be consecutive.
    private mutating func suggestions() -> SavedSuggestions {
        let fiches = Array(Self.fiches.shuffled(using: &self).prefix(int(0...6)))
        let ranks = Array((1...20).shuffled(using: &self).prefix(fiches.count))
        return SavedSuggestions(
            stamp: stamp(),
            suggestions: zip(fiches, ranks).map { fiche, rang in
                let names = Array(["interets", "competences", "acces", "mobilite", "preferences"].shuffled(using: &self).prefix(int(0...5)))
                return SavedSuggestion(
                    fiche: fiche, libelle: maybe { $0.text() }, rang: rang, score: int(0...100),
                    composantes: names.map { nom in
                        SavedScoreComponent(
                            nom: nom, valeur: figure(upTo: 100), poids: figure(upTo: 1),
                            elements: list(0...4) { g, index in
                                SavedScoreItem(
                                    code: g.pick(["\(100_000 + index)", "\(index + 1)", "r\(index)", "RNCP\(index + 1)"]),
                                    role: g.pick(SavedScoreItem.Role.allCases), libelle: g.maybe { $0.text() })
                            })
                    },
                    raisons: list(0...3) { g, _ in g.text() })
            })
    }

    /// Unique targets and, within each, unique path ranks; targets need not be kept pistes.
    private mutating func parcours() -> SavedTrainingPaths {
        let fiches = Array(Self.fiches.shuffled(using: &self).prefix(int(0...3)))
        return SavedTrainingPaths(
            stamp: stamp(),
            cibles: fiches.map { fiche in
                SavedPathTarget(
                    fiche: fiche, libelle: maybe { $0.text() },
                    chemins: list(0...3) { g, index in
                        SavedPath(
                            rang: index + 1, score: g.int(0...100), etapes: g.list(1...3) { g, _ in g.pathStep() }, raisons: g.list(0...2) { g, _ in g.text() })
                    })
            })
    }

    private mutating func pathStep() -> SavedPathStep {
        SavedPathStep(
            certification: maybe { g in CertificationCode(g.chance() ? "RNCP\(g.int(1...99999))" : "RS\(g.int(1...9999))")! },
            intitule: maybe { $0.text() }, niveau: maybe { Niveau($0.int(3...8))! }, voie: pick(Formation.Voie.allCases),
            insertion: maybe { g in
                SavedInsertionRate(
                    perimetre: g.chance(20) ? .national : .region(g.pick(["27", "11", "84", "01"])),
                    millesime: g.chance() ? "\(g.int(2019...2023))" : "2022_2023", voie: g.maybe { $0.pick(SavedInsertionRate.Voie.allCases) },
                    emploi6Mois: g.maybe { $0.int(0...100) }, emploi12Mois: g.maybe { $0.int(0...100) },
                    emploi18Mois: g.maybe { $0.int(0...100) }, emploi24Mois: g.maybe { $0.int(0...100) },
                    poursuiteEtudes: g.maybe { $0.int(0...100) })
            })
    }

    private mutating func action(_ index: Int, fiches: [RomeCode]) -> PlanAction {
        PlanAction(
            id: ActionID("a\(index)")!, kind: pick(PlanAction.Kind.allCases), status: pick(PlanAction.Status.allCases),
            intitule: text(), date: maybe { $0.day() }, fiche: fiches.isEmpty ? nil : maybe { $0.pick(fiches) },
            lieu: maybe { $0.text() }, compteRendu: maybe { $0.text() }
        )
    }
}

extension RandomProjects: RandomNumberGenerator {
    // `next()` above is the generator; this conformance lets `shuffled(using:)` draw from it too.
}
