import JalonCatalogue
import JalonCore

/// What the ROME catalogue says about the project's references, for people: the category of each
/// skill's item and the words of the centres d'intérêt. The project stores codes (and labels copied at
/// the time), not categories; these come from the catalogue at export time, so they are not part of the
/// project document and do not change the fingerprint. Empty when no catalogue was given (a library
/// user's choice): the formats then group skills by origin and name centres by number.
public struct DossierReferenceLabels: Hashable, Sendable {
    /// The catalogue the labels come from (`2.2 (rome@v460 …)`, as a saved result's stamp says it);
    /// nil when the dossier was made without one.
    public var catalogue: String?
    /// The ROME category of a skill's item, by OGR code: « Savoir-faire technique expert »,
    /// « Savoirs : domaines d'expertise »…
    public var skillCategories: [OgrCode: String]
    /// The label of each rated centre d'intérêt, by its code (1…30).
    public var centres: [Int: String]
    /// Job prospects of each kept métier's family in the person's département (or region, or France).
    public var debouches: [RomeCode: MetierTension]

    public init(
        catalogue: String? = nil, skillCategories: [OgrCode: String] = [:], centres: [Int: String] = [:],
        debouches: [RomeCode: MetierTension] = [:]
    ) {
        self.catalogue = catalogue
        self.skillCategories = skillCategories
        self.centres = centres
        self.debouches = debouches
    }

    public static let none = DossierReferenceLabels()

    /// True when the dossier was made without a catalogue.
    public var isEmpty: Bool { catalogue == nil }

    /// The labels the catalogue gives for `project`'s skills and rated centres.
    public init(project: Project, catalogue: Catalogue) {
        var categories: [OgrCode: String] = [:]
        for competence in project.competences?.competences ?? [] {
            guard let ogr = competence.item?.code else { continue }
            if let rome = catalogue.competence(ogr) {
                categories[ogr] = Self.category(of: rome)
            } else if let savoir = catalogue.savoir(ogr) {
                categories[ogr] = "Savoirs : " + savoir.category.lowercasedFirst
            }
        }
        let rated = Set((project.interets?.centres ?? []).map(\.centre))
        var centres: [Int: String] = [:]
        for centre in catalogue.centresInteret where rated.contains(centre.code) { centres[centre.code.rawValue] = centre.label }
        var debouches: [RomeCode: MetierTension] = [:]
        for piste in project.pistes?.retenues ?? [] {
            debouches[piste.fiche] = catalogue.tension(of: piste.fiche, departement: project.profil?.departement)
        }
        self.init(catalogue: catalogue.stampDescription, skillCategories: categories, centres: centres, debouches: debouches)
    }

    /// ROME files savoir-faire as « Technique », « Technique expert » or « Transverse », and the
    /// savoir-être apart.
    private static func category(of competence: RomeCompetence) -> String {
        switch competence.kind {
        case .savoirEtre: "Savoir-être professionnels"
        case .savoirFaire: "Savoir-faire " + competence.category.lowercased()
        }
    }
}

private extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
