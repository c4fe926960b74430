import JalonCore
import JalonDossier

/// `GET /v1/projects/{id}` as JSON: the parts a client edits through the API (profile, summary, plan,
/// notes) and the progression. The XML document (`Accept: application/xml`) is the complete project.
struct ProjectView: Encodable {
    struct StepView: Encodable {
        let step: String
        let state: String
    }
    struct ProfilView: Encodable {
        let nomAffiche: String?, anneeNaissance: Int?, situation: String?, diplome: String?
        let communeInsee: String?, communeNom: String?, departement: String?, mobiliteKm: Int?, contraintes: [String]
    }
    struct ActionView: Encodable {
        let id: String, kind: String, status: String, intitule: String, date: String?, fiche: String?
    }

    let id: String
    let revision: Int
    let name: String?
    let created: String
    let updated: String
    let current: String
    let steps: [StepView]
    let profil: ProfilView?
    /// Centre d'intérêt (1…30, as text) → rating 0…4.
    let interets: [String: Int]?
    let synthese: [String]?
    let plan: [ActionView]
    /// In the dossier JSON's shape (`DossierJSON.Note`).
    let notes: [DossierJSON.Note]

    init(_ project: Project, revision: Int) {
        id = project.id.rawValue
        self.revision = revision
        name = project.displayName
        created = project.metadata.created.description
        updated = project.metadata.updated.description
        current = project.progression.current.rawValue
        steps = Step.allCases.map { StepView(step: $0.rawValue, state: project.progression[$0].rawValue) }
        profil = project.profil.map {
            ProfilView(nomAffiche: $0.nomAffiche, anneeNaissance: $0.anneeNaissance, situation: $0.situation?.rawValue,
                       diplome: $0.diplome?.token, communeInsee: $0.commune?.codeInsee, communeNom: $0.commune?.nom,
                       departement: $0.departement?.code, mobiliteKm: $0.mobiliteKm, contraintes: $0.contraintes)
        }
        interets = project.interets.map { Dictionary(uniqueKeysWithValues: $0.centres.map { ($0.centre.description, $0.rating.value) }) }
        synthese = project.synthese?.paragraphes
        plan = project.plan.map {
            ActionView(id: $0.id.rawValue, kind: $0.kind.rawValue, status: $0.status.rawValue, intitule: $0.intitule,
                       date: $0.date?.description, fiche: $0.fiche?.rawValue)
        }
        notes = project.notes.map(DossierJSON.Note.init)
    }
}

/// What a change returns: the project and its new revision (also the response's ETag).
struct RevisionView: Encodable {
    let id: String
    let revision: Int
}

/// What `POST /v1/projects` answers: the new project, and for an XML import how many counsellor notes
/// were left out (absent for a JSON creation).
struct CreatedView: Encodable {
    let id: String
    let revision: Int
    let droppedNotes: Int?
}
