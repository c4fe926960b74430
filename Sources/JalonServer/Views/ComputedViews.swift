import JalonCore

/// A métier suggestion as the API shows it and as `POST …/suggestions` saves it: JalonCore's record
/// (`SavedSuggestion`), so what a person reads is word for word what the project keeps.
struct SuggestionView: Encodable {
    struct ComponentView: Encodable {
        struct ItemView: Encodable { let code: String, role: String, libelle: String? }
        let nom: String, valeur: Double, poids: Double
        /// The points the part adds (the parts add up to the shown total); 0 for a record saved without them.
        let points: Double
        let elements: [ItemView]?
    }
    let fiche: String, libelle: String?, rang: Int, score: Int
    let composantes: [ComponentView]
    let raisons: [String]

    /// `detailed`: with each component's items (centres, skills) — the explanation of one métier.
    init(_ suggestion: SavedSuggestion, detailed: Bool = false) {
        fiche = suggestion.fiche.rawValue
        libelle = suggestion.libelle
        rang = suggestion.rang
        score = suggestion.score
        composantes = suggestion.composantes.map { component in
            ComponentView(nom: component.nom, valeur: component.valeur.value, poids: component.poids.value, points: component.points?.value ?? 0,
                          elements: detailed ? component.elements.map { .init(code: $0.code, role: $0.role.rawValue, libelle: $0.libelle) } : nil)
        }
        raisons = suggestion.raisons
    }
}

struct SuggestionsView: Encodable {
    let id: String
    let revision: Int
    let suggestions: [SuggestionView]
}

/// `GET …/metiers/{code}`: the detailed score of one métier and the skills that would raise it most.
struct ExplanationView: Encodable {
    struct LeverView: Encodable { let ogr: Int, libelle: String, gain: Double }
    let suggestion: SuggestionView
    let levers: [LeverView]
}

/// `GET …/trainings/{code}`: the ranked paths to a métier (JalonCore's `SavedPathTarget` record).
struct TrainingsView: Encodable {
    struct PathView: Encodable {
        struct StepView: Encodable {
            let certification: String?, intitule: String?, niveau: Int?, voie: String, emploi12Mois: Int?
        }
        let rang: Int, score: Int, etapes: [StepView], raisons: [String]
    }
    let fiche: String, libelle: String?
    let chemins: [PathView]

    init(_ target: SavedPathTarget) {
        fiche = target.fiche.rawValue
        libelle = target.libelle
        chemins = target.chemins.map { path in
            PathView(rang: path.rang, score: path.score, etapes: path.etapes.map {
                PathView.StepView(certification: $0.certification?.description, intitule: $0.intitule, niveau: $0.niveau?.rawValue,
                                  voie: $0.voie.rawValue, emploi12Mois: $0.insertion?.emploi12Mois)
            }, raisons: path.raisons)
        }
    }
}
