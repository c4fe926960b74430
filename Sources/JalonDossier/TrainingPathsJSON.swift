import JalonCatalogue
import JalonCore
import JalonLocale

/// Training paths to a métier as JSON, the one shape of `jalon formations --json` and
/// `GET /v1/projects/{id}/formations/{code}`: every key always present (null when unknown), scores and
/// points rounded to one decimal, each path with the components its score adds up from.
public struct TrainingPathsJSON: Encodable, Sendable {
    struct Person: Encodable, Sendable {
        @NullEncoded var startLevel: Int?
        @NullEncoded var situation: String?
        @NullEncoded var age: Int?
        @NullEncoded var departement: String?
        @NullEncoded var region: String?
    }
    struct VAE: Encodable, Sendable {
        let eligible: Bool
        let coverage: Double
        let covered: [Int]
        let coeurDeMetier: Int
        let relatedYears: Double
        let relatedExperiences: [String]
        let minimumCoverage: Double
    }
    struct Source: Encodable, Sendable { let id, publisher, version: String }
    struct Insertion: Encodable, Sendable {
        let emploi12Mois: Int
        let millesime: String
        let voie: String
        let scope: String
        @NullEncoded var region: String?
        @NullEncoded var regions: Int?
        @NullEncoded var sortants: Int?
        let diplomaCodes: [String]
        @NullEncoded var fromPredecessor: String?
        let source: Source
        let sentence: String
    }
    struct Step: Encodable, Sendable {
        let certification, title, fiche: String
        @NullEncoded var niveau: Int?
        @NullEncoded var niveauSource: String?
        /// How the person enters the step (LevelSteps.Entry), as a sentence.
        let entry: String
    }
    struct Component: Encodable, Sendable {
        let kind: String
        /// The weight it counts with (halved for a borrowed figure); `points` add up to the path's score.
        let weight: Double
        /// Null when unknown: left out of the score.
        @NullEncoded var value: Double?
        let points: Double
        let reason: String
    }
    struct Offer: Encodable, Sendable {
        let numero, intitule, reason, proximity: String
        @NullEncoded var organisme: String?
        @NullEncoded var place: String?
    }
    struct Path: Encodable, Sendable {
        let rank: Int
        let certification, title, voie: String
        @NullEncoded var niveau: Int?
        let replaces: [String]
        @NullEncoded var viaParent: String?
        let steps: [Step]
        let stepsComplete: Bool
        let score: Double
        let components: [Component]
        @NullEncoded var insertion: Insertion?
        let offers: [Offer]
        let requiredByRegulation: Bool
    }
    struct SetAside: Encodable, Sendable {
        let certification, reason: String
        let successors: [String]
    }
    let fiche: String
    let label: String
    @NullEncoded var emploiReglemente: Bool?
    let isKeptPiste: Bool
    let person: Person
    let vae: VAE
    let requiredCertifications: [String]
    let offersGiven: Bool
    let total: Int
    let paths: [Path]
    let setAside: [SetAside]
    let catalogueVersion: String
}

extension TrainingPathsJSON {
    /// The first `limit` paths of `paths` (all with 0) to `input`'s métier, for `project`, in `language`.
    public init(project: Project, input: TrainingPathsInput, paths: TrainingPaths, catalogueVersion: String, limit: Int, language: Language) {
        let person = input.person, vae = paths.vae, fiche = input.target.fiche
        let shown = limit == 0 ? paths.paths[...] : paths.paths.prefix(limit)
        self.init(
            fiche: fiche.code.rawValue, label: fiche.label, emploiReglemente: fiche.emploiReglemente,
            isKeptPiste: project.pistes?.statut(of: fiche.code) == .retenue,
            person: .init(
                startLevel: person.startLevel, situation: person.situation?.rawValue, age: person.age,
                departement: person.departement?.code, region: person.region),
            vae: .init(
                eligible: vae.isEligible, coverage: Self.round(vae.coverage, 3), covered: vae.covered.map(\.rawValue), coeurDeMetier: vae.coeurDeMetier,
                relatedYears: Self.round(vae.relatedYears, 1), relatedExperiences: vae.relatedExperiences.map(\.rawValue),
                minimumCoverage: VAEAssessment.minimumCoverage),
            requiredCertifications: paths.requiredCertifications.map(\.rawValue), offersGiven: input.offers != nil, total: paths.paths.count,
            paths: shown.enumerated().map { Self.path($0.offset + 1, $0.element, language) },
            setAside: paths.setAside.map(Self.setAside), catalogueVersion: catalogueVersion)
    }

    static func round(_ value: Double, _ digits: Int) -> Double {
        let scale = (0..<digits).reduce(1.0) { value, _ in value * 10 }
        return (value * scale).rounded() / scale
    }

    static func path(_ rank: Int, _ path: TrainingPath, _ language: Language) -> Path {
        Path(
            rank: rank, certification: path.certification.rawValue, title: path.title, voie: path.voie.rawValue, niveau: path.niveau?.rawValue,
            replaces: path.replaces.map(\.rawValue), viaParent: path.viaParent?.rawValue,
            steps: path.steps.map {
                .init(
                    certification: $0.certification.rawValue, title: $0.title, fiche: $0.fiche.rawValue, niveau: $0.niveau?.rawValue,
                    niveauSource: $0.niveauSource?.id, entry: $0.entry.sentence(in: language))
            },
            stepsComplete: path.stepsComplete, score: Double(path.score.shownTotalTenths) / 10,
            components: zip(path.score.components, path.score.shownPointTenths).map { component, tenths in
                .init(
                    kind: component.kind.rawValue, weight: round(component.weight, 3), value: component.value.map { round($0, 3) }, points: Double(tenths) / 10,
                    reason: component.reason.message(in: language))
            },
            insertion: path.insertion.map { insertion(from: $0, language) },
            offers: path.offers.map { match in
                let reason =
                    switch match.reason {
                    case .certification(let code): code.rawValue
                    case .romeCode(let code): code.rawValue
                    }
                let proximity =
                    switch match.proximity {
                    case .sameDepartement: "departement"
                    case .sameRegion: "region"
                    case .elsewhere: "ailleurs"
                    }
                return .init(
                    numero: match.offer.numero, intitule: match.offer.intitule, reason: reason, proximity: proximity,
                    organisme: match.offer.organisme?.name, place: match.place)
            },
            requiredByRegulation: path.isRequiredByRegulation)
    }

    static func insertion(from figure: InsertionFigure, _ language: Language) -> Insertion {
        let (scope, region, regions): (String, String?, Int?) =
            switch figure.scope {
            case .region(let code): ("region", code, nil)
            case .national(let count): ("national", nil, count)
            }
        return Insertion(
            emploi12Mois: figure.emploi12Mois, millesime: figure.millesime, voie: figure.voie.rawValue, scope: scope, region: region,
            regions: regions, sortants: figure.sortants, diplomaCodes: figure.diplomaCodes,
            fromPredecessor: figure.fromPredecessor?.rawValue,
            source: .init(id: figure.source.id, publisher: figure.source.publisher, version: figure.source.version),
            sentence: figure.sentence(in: language))
    }

    static func setAside(_ item: TrainingPaths.SetAside) -> SetAside {
        switch item.reason {
        case .inactiveWithoutSuccessor: .init(certification: item.certification.rawValue, reason: "inactive-sans-successeur", successors: [])
        case .replacedBy(let codes): .init(certification: item.certification.rawValue, reason: "remplacee", successors: codes.map(\.rawValue))
        case .repertoireSpecifique: .init(certification: item.certification.rawValue, reason: "repertoire-specifique", successors: [])
        case .levelUnknown: .init(certification: item.certification.rawValue, reason: "niveau-inconnu", successors: [])
        }
    }
}
