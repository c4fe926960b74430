import JalonCore
import JalonXML

/// Writes a `Project` as a document in `ProjectCodec.version`. Element and attribute order is fixed and optional
/// parts are left out rather than written empty, so the same project always gives the same bytes.
struct ProjectEncoder {
    private var writer = XMLWriter()

    static func encode(_ project: Project) -> [UInt8] {
        var encoder = ProjectEncoder()
        encoder.write(project)
        return encoder.writer.finish()
    }

    private mutating func write(_ project: Project) {
        writer.element("project", attributes: [("xmlns", ProjectCodec.namespace), ("schemaVersion", ProjectCodec.version.description)]) { w in
            Self.write(project.id, project.metadata, to: &w)
            Self.write(project.progression, to: &w)
            if let profil = project.profil { Self.write(profil, to: &w) }
            if let interets = project.interets { Self.write(interets, to: &w) }
            if let competences = project.competences { Self.write(competences, to: &w) }
            if let pistes = project.pistes { Self.write(pistes, to: &w) }
            if let suggestions = project.suggestions { Self.write(suggestions, to: &w) }
            w.list("formations", project.formations, each: Self.write)
            if let parcours = project.parcours { Self.write(parcours, to: &w) }
            w.list("plan", project.plan, each: Self.write)
            if let synthese = project.synthese { Self.write(synthese, to: &w) }
            w.list("notes", project.notes, each: Self.write)
            if !project.consent.counsellors.isEmpty { Self.write(project.consent, to: &w) }
            if let extensions = project.extensions {
                w.element("extensions") { $0.raw(extensions.rawXML) }
            }
        }
    }

    private static func write(_ consent: Consent, to w: inout XMLWriter) {
        w.element("partage") { w in
            for counsellor in consent.counsellors {
                let grant = consent.grant(for: counsellor)
                w.leaf(
                    "conseiller",
                    attributes: [
                        ("sujet", counsellor),
                        ("donnees", grant.personal.sorted().map(\.rawValue).joined(separator: " ")),
                        ("sections", Step.allCases.filter(grant.sections.contains).map(\.rawValue).joined(separator: " "))
                    ])
            }
        }
    }

    private static func write(_ id: ProjectID, _ metadata: Metadata, to w: inout XMLWriter) {
        w.element("metadata") { w in
            w.leaf("id", text: id.rawValue)
            w.leaf("created", text: metadata.created.iso8601)
            w.leaf("updated", text: metadata.updated.iso8601)
            w.leaf("generator", attributes: [("name", metadata.generator.name), ("version", metadata.generator.version)])
            w.optionalLeaf("titre", text: metadata.titre)
        }
    }

    private static func write(_ progression: Progression, to w: inout XMLWriter) {
        w.element("etapes", attributes: [("courante", progression.current.rawValue)]) { w in
            for step in Step.allCases {
                w.leaf("etape", attributes: [("nom", step.rawValue), ("etat", progression[step].rawValue)])
            }
        }
    }

    private static func write(_ profil: Profil, to w: inout XMLWriter) {
        w.element("profil") { w in
            w.optionalLeaf("nomAffiche", text: profil.nomAffiche)
            w.optionalLeaf("anneeNaissance", text: profil.anneeNaissance.map(String.init))
            if let contact = profil.contact {
                w.element("contact") { w in
                    w.optionalLeaf("courriel", text: contact.courriel)
                    w.optionalLeaf("telephone", text: contact.telephone)
                }
            }
            if let commune = profil.commune {
                w.leaf("commune", text: commune.nom, attributes: [("insee", commune.codeInsee)])
            }
            w.optionalLeaf("departement", text: profil.departement?.code)
            w.optionalLeaf("mobiliteKm", text: profil.mobiliteKm.map(String.init))
            w.optionalLeaf("situation", text: profil.situation?.rawValue)
            w.optionalLeaf("diplome", text: profil.diplome?.token)
            w.list("contraintes", profil.contraintes) { $0.leaf("contrainte", text: $1) }
            // Written only when on (format 1.3): a profile without the preference stays as 1.2 wrote it.
            if profil.metiersQuiRecrutent { w.leaf("metiersQuiRecrutent", text: "true") }
        }
    }

    private static func write(_ interets: Interets, to w: inout XMLWriter) {
        w.element("interets") { w in
            w.list("centres", interets.centres) { w, rating in
                w.leaf("centre", attributes: [("code", rating.centre.description), ("note", rating.rating.description)])
            }
            if let riasec = interets.riasec {
                w.element("riasec", attributes: [("questionnaire", riasec.questionnaire)]) { w in
                    for answer in riasec.reponses {
                        w.leaf("reponse", attributes: [("question", answer.question.rawValue), ("valeur", answer.rating.description)])
                    }
                }
            }
            if let profile = interets.profil {
                w.element("profilRiasec", attributes: [("calcule", profile.computed.iso8601)]) { w in
                    for type in RiasecType.allCases {
                        w.leaf("score", attributes: [("type", type.rawValue), ("valeur", String(profile[type]))])
                    }
                }
            }
        }
    }

    private static func write(_ competences: Competences, to w: inout XMLWriter) {
        w.element("competences") { w in
            w.list("experiences", competences.experiences, each: write)
            w.list("portefeuille", competences.competences, each: write)
        }
    }

    private static func write(_ w: inout XMLWriter, _ experience: Experience) {
        w.element("experience", attributes: [("id", experience.id.rawValue), ("nature", experience.nature.rawValue)]) { w in
            if let appellation = experience.appellation { write(appellation, as: "appellation", to: &w) }
            w.optionalLeaf("intitule", text: experience.intitule)
            w.optionalLeaf("structure", text: experience.structure)
            w.optionalLeaf("debut", text: experience.debut?.iso8601)
            w.optionalLeaf("fin", text: experience.fin?.iso8601)
            w.optionalLeaf("annees", text: experience.annees.map(yearsText))
            w.optionalLeaf("description", text: experience.detail)
        }
    }

    private static func write(_ w: inout XMLWriter, _ competence: Competence) {
        w.element("competence", attributes: [("maitrise", competence.maitrise?.description)]) { w in
            if let item = competence.item { write(item, as: "item", to: &w) }
            w.optionalLeaf("libelle", text: competence.libelle)
            w.element("source") { w in
                switch competence.source {
                case .experience(let id): w.leaf("experience", attributes: [("ref", id.rawValue)])
                case .declaree: w.leaf("declaree")
                case .suggeree(let id): w.leaf("suggeree", optionalAttributes: [("ref", id?.rawValue)])
                }
            }
            for preuve in competence.preuves { w.leaf("preuve", text: preuve) }
        }
    }

    private static func write(_ reference: RomeItemRef, as name: String, to w: inout XMLWriter) {
        w.leaf(name, text: reference.libelle ?? "", attributes: [("ogr", reference.code.description)])
    }

    /// Whole years without a fraction ("18"), others with one decimal ("9.5"), as the schema wants.
    private static func yearsText(_ years: Double) -> String {
        let tenths = Int((years * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }

    private static func write(_ pistes: Pistes, to w: inout XMLWriter) {
        w.element("pistes") { w in
            w.list("retenues", pistes.retenues, each: write)
            w.list("suggerees", pistes.suggerees, each: write)
            w.list("ecartees", pistes.ecartees, each: write)
        }
    }

    private static func write(_ w: inout XMLWriter, _ piste: Piste) {
        w.element("piste", attributes: [("fiche", piste.fiche.rawValue), ("rang", piste.rang.map(String.init))]) { w in
            w.optionalLeaf("libelle", text: piste.libelle)
            for commentaire in piste.commentaires { w.leaf("commentaire", text: commentaire) }
        }
    }

    private static func write(_ w: inout XMLWriter, _ formation: Formation) {
        let attributes: [(String, String?)] = [
            ("fiche", formation.fiche.rawValue), ("certification", formation.certification?.rawValue),
            ("niveau", formation.niveau?.description), ("voie", formation.voie.rawValue),
            // false is the schema's default: written only when true.
            ("choisie", formation.choisie ? "true" : nil)
        ]
        w.element("formation", attributes: attributes) { w in
            w.optionalLeaf("intitule", text: formation.intitule)
            w.optionalLeaf("organisme", text: formation.organisme)
            w.optionalLeaf("commentaire", text: formation.commentaire)
        }
    }

    private static func stampAttributes(_ stamp: ComputationStamp) -> [(String, String?)] {
        [("catalogue", stamp.catalogue), ("calcule", stamp.computed.iso8601), ("moteur", stamp.engine)]
    }

    private static func write(_ suggestions: SavedSuggestions, to w: inout XMLWriter) {
        w.element("suggestions", attributes: stampAttributes(suggestions.stamp)) { w in
            for suggestion in suggestions.suggestions { write(&w, suggestion) }
        }
    }

    private static func write(_ w: inout XMLWriter, _ suggestion: SavedSuggestion) {
        let attributes: [(String, String?)] = [
            ("fiche", suggestion.fiche.rawValue), ("rang", String(suggestion.rang)), ("score", String(suggestion.score))
        ]
        w.element("suggestion", attributes: attributes) { w in
            w.optionalLeaf("libelle", text: suggestion.libelle)
            for composante in suggestion.composantes { write(&w, composante) }
            for raison in suggestion.raisons { w.leaf("raison", text: raison) }
        }
    }

    private static func write(_ w: inout XMLWriter, _ composante: SavedScoreComponent) {
        let attributes: [(String, String?)] = [
            ("nom", composante.nom), ("valeur", composante.valeur.description), ("poids", composante.poids.description),
            ("points", composante.points?.description)
        ]
        w.element("composante", attributes: attributes) { w in
            for element in composante.elements {
                w.leaf("element", text: element.libelle ?? "", attributes: [("code", element.code), ("role", element.role.rawValue)])
            }
        }
    }

    private static func write(_ parcours: SavedTrainingPaths, to w: inout XMLWriter) {
        w.element("parcours", attributes: stampAttributes(parcours.stamp)) { w in
            for cible in parcours.cibles {
                w.element("cible", attributes: [("fiche", cible.fiche.rawValue)]) { w in
                    w.optionalLeaf("libelle", text: cible.libelle)
                    for chemin in cible.chemins { write(&w, chemin) }
                }
            }
        }
    }

    private static func write(_ w: inout XMLWriter, _ chemin: SavedPath) {
        w.element("chemin", attributes: [("rang", String(chemin.rang)), ("score", String(chemin.score))]) { w in
            for etape in chemin.etapes {
                let attributes: [(String, String?)] = [
                    ("certification", etape.certification?.rawValue), ("niveau", etape.niveau?.description),
                    ("voie", etape.voie.rawValue)
                ]
                w.element("etape", attributes: attributes) { w in
                    w.optionalLeaf("intitule", text: etape.intitule)
                    if let insertion = etape.insertion { write(insertion, to: &w) }
                }
            }
            for raison in chemin.raisons { w.leaf("raison", text: raison) }
        }
    }

    private static func write(_ insertion: SavedInsertionRate, to w: inout XMLWriter) {
        w.leaf(
            "insertion",
            optionalAttributes: [
                ("region", insertion.perimetre.description), ("millesime", insertion.millesime), ("voie", insertion.voie?.rawValue),
                ("emploi6", insertion.emploi6Mois.map(String.init)), ("emploi12", insertion.emploi12Mois.map(String.init)),
                ("emploi18", insertion.emploi18Mois.map(String.init)), ("emploi24", insertion.emploi24Mois.map(String.init)),
                ("poursuite", insertion.poursuiteEtudes.map(String.init))
            ])
    }

    private static func write(_ w: inout XMLWriter, _ action: PlanAction) {
        let attributes: [(String, String?)] = [
            ("id", action.id.rawValue), ("type", action.kind.rawValue), ("statut", action.status.rawValue),
            ("date", action.date?.iso8601), ("fiche", action.fiche?.rawValue)
        ]
        w.element("action", attributes: attributes) { w in
            w.leaf("intitule", text: action.intitule)
            w.optionalLeaf("lieu", text: action.lieu)
            w.optionalLeaf("compteRendu", text: action.compteRendu)
        }
    }

    private static func write(_ synthese: Synthese, to w: inout XMLWriter) {
        w.element("synthese", attributes: [("partagee", synthese.partagee?.iso8601)]) { w in
            for paragraphe in synthese.paragraphes { w.leaf("paragraphe", text: paragraphe) }
        }
    }

    private static func write(_ w: inout XMLWriter, _ note: CounsellorNote) {
        w.leaf(
            "note", text: note.texte,
            optionalAttributes: [
                ("id", note.id.rawValue), ("auteur", note.auteur), ("structure", note.structure),
                ("date", note.date.iso8601), ("section", note.section.rawValue), ("statut", note.status.rawValue)
            ])
    }
}
