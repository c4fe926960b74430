import JalonLocale

/// Why a score component has its value, as a sentence for the person.
public enum PathReason: Sendable, Equatable {
    // Level gap
    case levelUnknown
    case vaeNoPrerequisite
    case sameLevel(Int)
    case belowCurrentLevel(person: Int, certification: Int)
    case withinReach(person: Int, certification: Int)
    case admitsWithoutDiploma(person: Int, certification: Int, EntryRule.Exception)
    case multiStep(person: Int, certification: Int, steps: Int)
    case gapUnbridged(person: Int, certification: Int)
    case certificationLevelUnknown
    // Route
    case initialeForPupils(Situation)
    case apprenticeshipAge(Int)
    case apprenticeshipAgeUnknown
    case apprenticeshipOtherSituation(Situation?)
    case continuingEducation(Situation)
    case continuingEducationDefault
    case vaeExperience(coverage: Int, years: Double)
    // Insertion
    case insertionRate(InsertionFigure)
    case noInsertionRate
    // Offers
    case noFeed
    case noOffer
    case offerNear(OfferMatch.Proximity, place: String?, count: Int)
    case vaeNeedsNoOffer
    // Regulation
    case notRegulated
    case requiredDiploma
    case notTheRequiredDiploma([CertificationCode])
    case requirementUnidentified

    public func message(in language: Language) -> String {
        switch self {
        case .levelUnknown:
            language.pick(
                fr: "niveau de diplôme non renseigné : écart inconnu, laissé hors du score", en: "highest diploma not given: gap unknown, left out of the score"
            )
        case .vaeNoPrerequisite:
            language.pick(fr: "la VAE ne demande aucun diplôme préalable", en: "VAE requires no prior diploma")
        case .sameLevel(let level):
            language.pick(
                fr: "même niveau que votre diplôme (\(level)) : une reconversion sans monter de niveau",
                en: "same level as your diploma (\(level)): a change of field without a level step")
        case let .belowCurrentLevel(person, certification):
            language.pick(fr: "niveau \(certification), en dessous de votre niveau \(person)", en: "level \(certification), below your level \(person)")
        case let .withinReach(person, certification):
            language.pick(
                fr: "du niveau \(person) au niveau \(certification) : une seule étape", en: "from level \(person) to level \(certification): one step")
        case let .admitsWithoutDiploma(person, certification, exception):
            language.pick(
                fr: "du niveau \(person) au niveau \(certification) : une étape, \(exception.sentence(in: language))",
                en: "from level \(person) to level \(certification): one step, \(exception.sentence(in: language))")
        case let .multiStep(person, certification, steps):
            language.pick(
                fr: "du niveau \(person) au niveau \(certification) : \(steps) étapes", en: "from level \(person) to level \(certification): \(steps) steps")
        case let .gapUnbridged(person, certification):
            language.pick(
                fr: "du niveau \(person) au niveau \(certification) : aucune certification intermédiaire trouvée dans le domaine",
                en: "from level \(person) to level \(certification): no intermediate certification found in the field")
        case .certificationLevelUnknown:
            language.pick(fr: "niveau de la certification inconnu", en: "level of the certification unknown")
        case .initialeForPupils(let situation):
            language.pick(
                fr: "voie scolaire : adaptée à votre situation (\(situation.label(in: language)))",
                en: "school route: fits your situation (\(situation.label(in: language)))")
        case .apprenticeshipAge(let age):
            language.pick(
                fr: "apprentissage ouvert à cette certification, et possible à \(age) ans (16 à 29 ans)",
                en: "apprenticeship open to this certification, and possible at \(age) (16 to 29)")
        case .apprenticeshipAgeUnknown:
            language.pick(
                fr: "apprentissage ouvert à cette certification ; âge non renseigné (16 à 29 ans, sauf exceptions)",
                en: "apprenticeship open to this certification; age not given (16 to 29, with exceptions)")
        case .apprenticeshipOtherSituation(let situation):
            language.pick(
                fr:
                    "apprentissage ouvert à cette certification, moins courant en situation « \(situation.map { $0.label(in: language) } ?? "non renseignée") »",
                en: "apprenticeship open to this certification, less usual when “\(situation.map { $0.label(in: language) } ?? "not given")”")
        case .continuingEducation(let situation):
            language.pick(
                fr: "formation continue : la voie des adultes (\(situation.label(in: language)))",
                en: "continuing education: the adults’ route (\(situation.label(in: language)))")
        case .continuingEducationDefault:
            language.pick(fr: "formation continue ; situation non précisée", en: "continuing education; situation not specified")
        case let .vaeExperience(coverage, years):
            language.pick(
                fr: "VAE : votre expérience couvre \(coverage) % du cœur de métier, \(Self.years(years, language)) d’expérience liée",
                en: "VAE: your experience covers \(coverage)% of the core of the job, \(Self.years(years, language)) of related experience")
        case .insertionRate(let figure):
            figure.sentence(in: language)
        case .noInsertionRate:
            language.pick(
                fr: "pas de taux InserJeunes pour cette certification : inconnu, laissé hors du score (les autres composantes comptent d’autant plus)",
                en: "no InserJeunes rate for this certification: unknown, left out of the score (the other components count for more)")
        case .noFeed:
            language.pick(fr: "aucun flux d’offres LHÉO fourni (--lheo)", en: "no LHÉO offer feed given (--lheo)")
        case .noOffer:
            language.pick(fr: "aucune offre des flux LHÉO ne prépare cette certification", en: "no offer of the LHÉO feeds prepares this certification")
        case let .offerNear(proximity, place, count):
            switch proximity {
            case .sameDepartement:
                language.pick(
                    fr: "\(count) offre(s), la plus proche dans votre département\(place.map { " (\($0))" } ?? "")",
                    en: "\(count) offer(s), the nearest in your département\(place.map { " (\($0))" } ?? "")")
            case .sameRegion:
                language.pick(
                    fr: "\(count) offre(s), la plus proche dans votre région\(place.map { " (\($0))" } ?? "")",
                    en: "\(count) offer(s), the nearest in your region\(place.map { " (\($0))" } ?? "")")
            case .elsewhere:
                language.pick(fr: "\(count) offre(s), hors de votre région", en: "\(count) offer(s), outside your region")
            }
        case .vaeNeedsNoOffer:
            language.pick(
                fr: "VAE : pas de formation à trouver, l’accompagnement passe par France VAE",
                en: "VAE: no course to find, support goes through France VAE")
        case .notRegulated:
            language.pick(fr: "métier non réglementé", en: "not a regulated job")
        case .requiredDiploma:
            language.pick(fr: "diplôme exigé pour exercer ce métier réglementé", en: "the diploma required to practise this regulated job")
        case .notTheRequiredDiploma(let required):
            language.pick(
                fr: "métier réglementé : il faut aussi \(required.map(\.rawValue).joined(separator: " ou ")) pour exercer",
                en: "regulated job: \(required.map(\.rawValue).joined(separator: " or ")) is also needed to practise")
        case .requirementUnidentified:
            language.pick(
                fr: "métier réglementé : le titre exigé n’a pas été identifié, voir « accès au métier »",
                en: "regulated job: the required title was not identified, see “accès au métier”")
        }
    }

    /// "1,5 an(s)", "18 an(s)": one decimal, dropped when whole.
    public static func years(_ years: Double, _ language: Language) -> String {
        let rounded = (years * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return language.pick(fr: "\(text.replacingOccurrences(of: ".", with: ",")) an(s)", en: "\(text) year(s)")
    }
}
