import JalonCatalogue
import JalonCore
import JalonDossier

/// `GET /v1/projects/{id}` as JSON: the progression, the parts a client edits in the shape of the edit
/// routes' bodies (profil, interets, synthese, plan, notes), and every other section in the JSON
/// dossier's shape (`DossierJSON.Sections`: interests with the RIASEC profile, skills, métiers with the
/// saved suggestions, training paths). The XML document (`Accept: application/xml`) is the project itself.
struct ProjectView: Encodable {
    struct StepView: Encodable {
        let step: String
        let state: String
    }
    struct ProfilView: Encodable {
        let nomAffiche: String?, anneeNaissance: Int?, situation: String?, diplome: String?
        let communeInsee: String?, communeNom: String?, departement: String?, mobiliteKm: Int?, contraintes: [String]
        /// The preference « métiers qui recrutent dans ma région » (false: off, the default).
        let metiersQuiRecrutent: Bool
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
    /// The questionnaire items answered so far (id → 0…4), for a client resuming it.
    let questionnaire: [String: Int]
    let sections: DossierJSON.Sections

    enum CodingKeys: String, CodingKey {
        case id, revision, name, created, updated, current, steps, profil, interets, synthese, plan, notes, questionnaire
    }

    /// The dossier's sections sit beside the other fields, as in the JSON dossier.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(revision, forKey: .revision)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encode(created, forKey: .created)
        try container.encode(updated, forKey: .updated)
        try container.encode(current, forKey: .current)
        try container.encode(steps, forKey: .steps)
        try container.encodeIfPresent(profil, forKey: .profil)
        try container.encodeIfPresent(interets, forKey: .interets)
        try container.encodeIfPresent(synthese, forKey: .synthese)
        try container.encode(plan, forKey: .plan)
        try container.encode(notes, forKey: .notes)
        try container.encode(questionnaire, forKey: .questionnaire)
        try sections.encode(to: encoder)
    }

    /// `catalogue`: for the labels of skills' ROME categories and centres (as in the dossier).
    init(_ project: Project, revision: Int, catalogue: Catalogue?) throws {
        id = project.id.rawValue
        self.revision = revision
        name = project.displayName
        created = project.metadata.created.description
        updated = project.metadata.updated.description
        current = project.progression.current.rawValue
        steps = Step.allCases.map { StepView(step: $0.rawValue, state: project.progression[$0].rawValue) }
        profil = project.profil.map {
            ProfilView(
                nomAffiche: $0.nomAffiche, anneeNaissance: $0.anneeNaissance, situation: $0.situation?.rawValue,
                diplome: $0.diplome?.token, communeInsee: $0.commune?.codeInsee, communeNom: $0.commune?.nom,
                departement: $0.departement?.code, mobiliteKm: $0.mobiliteKm, contraintes: $0.contraintes,
                metiersQuiRecrutent: $0.metiersQuiRecrutent)
        }
        interets = project.interets.map { Dictionary(uniqueKeysWithValues: $0.centres.map { ($0.centre.description, $0.rating.value) }) }
        synthese = project.synthese?.paragraphes
        plan = project.plan.map {
            ActionView(
                id: $0.id.rawValue, kind: $0.kind.rawValue, status: $0.status.rawValue, intitule: $0.intitule,
                date: $0.date?.description, fiche: $0.fiche?.rawValue)
        }
        notes = project.notes.map(DossierJSON.Note.init)
        questionnaire = Dictionary(uniqueKeysWithValues: (project.interets?.riasec?.reponses ?? []).map { ($0.question.rawValue, $0.rating.value) })
        sections = DossierJSON.Sections(try Dossier.make(from: project, revision: revision, share: .all, exported: .now(), history: [], catalogue: catalogue))
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
