import JalonCore
import JalonDossier

/// `GET …/formations/{code}`: the ranked paths to a métier (JalonCore's `SavedPathTarget` record).
struct TrainingPathsView: Encodable {
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
            PathView(
                rang: path.rang, score: path.score,
                etapes: path.etapes.map {
                    PathView.StepView(
                        certification: $0.certification?.description, intitule: $0.intitule, niveau: $0.niveau?.rawValue,
                        voie: $0.voie.rawValue, emploi12Mois: $0.insertion?.emploi12Mois)
                }, raisons: path.raisons)
        }
    }
}
