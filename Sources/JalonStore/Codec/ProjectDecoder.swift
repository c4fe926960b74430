import JalonCore
import JalonXML

/// Maps a document in `ProjectCodec.version` to a `Project`. It trusts the schema for structure (the loader
/// validates first) but still checks every value it converts, so a document that skipped validation
/// fails with a located error rather than a crash.
enum ProjectDecoder {
    static func decode(_ document: XMLDocument) throws(ProjectDecodingError) -> Project {
        guard let root = document.root else {
            throw ProjectDecodingError(.notAProject(name: "", namespace: nil), element: "", at: .init(sourceName: document.sourceName))
        }
        guard root.name == "project", root.namespaceURI == ProjectCodec.namespace else {
            throw root.failure(.notAProject(name: root.name, namespace: root.namespaceURI))
        }
        let metadata = try root.requiredElement("metadata")
        return Project(
            id: try metadata.requiredValue(of: "id", as: .uuid, ProjectID.init),
            metadata: try decodeMetadata(metadata),
            progression: try decodeProgression(root.requiredElement("etapes")),
            profil: try root.element("profil").map(decodeProfil),
            interets: try root.element("interets").map(decodeInterets),
            competences: try root.element("competences").map(decodeCompetences),
            pistes: try root.element("pistes").map(decodePistes),
            suggestions: try root.element("suggestions").map(decodeSuggestions),
            formations: try root.items("formations", "formation").map(decodeFormation),
            parcours: try root.element("parcours").map(decodeParcours),
            plan: try root.items("plan", "action").map(decodeAction),
            synthese: try root.element("synthese").map(decodeSynthese),
            notes: try root.items("notes", "note").map(decodeNote),
            consent: try root.element("partage").map(decodeConsent) ?? .none,
            extensions: root.element("extensions").map { Extensions(rawXML: $0.innerXML()) }
        )
    }

    private static func decodeConsent(_ element: XMLElement) throws(ProjectDecodingError) -> Consent {
        var consent = Consent()
        for entry in element.elements("conseiller") {
            let subject = try entry.requiredAttribute("sujet")
            var grant = Grant(personal: [], sections: [])
            for word in (entry.attribute("donnees") ?? "").split(whereSeparator: \.isWhitespace) {
                guard let datum = PersonalDatum(rawValue: String(word)) else {
                    throw entry.failure(.invalidValue(String(word), attribute: "donnees", expected: .token(PersonalDatum.allCases.map(\.rawValue))))
                }
                grant.personal.insert(datum)
            }
            for word in (entry.attribute("sections") ?? "").split(whereSeparator: \.isWhitespace) {
                guard let step = Step(rawValue: String(word)) else {
                    throw entry.failure(.invalidValue(String(word), attribute: "sections", expected: .token(Step.allCases.map(\.rawValue))))
                }
                grant.sections.insert(step)
            }
            do { try consent.set(grant, for: subject) } catch { throw entry.failure(.invalidValue(subject, attribute: "sujet", expected: .token([]))) }
        }
        return consent
    }

    private static func decodeMetadata(_ element: XMLElement) throws(ProjectDecodingError) -> Metadata {
        let generator = try element.requiredElement("generator")
        return Metadata(
            created: try element.requiredValue(of: "created", as: .timestamp, Timestamp.init(iso8601:)),
            updated: try element.requiredValue(of: "updated", as: .timestamp, Timestamp.init(iso8601:)),
            generator: Generator(name: try generator.requiredAttribute("name"), version: try generator.requiredAttribute("version")),
            titre: element.optionalText("titre")
        )
    }

    private static func decodeProgression(_ element: XMLElement) throws(ProjectDecodingError) -> Progression {
        var progression = Progression(current: try element.requiredToken("courante", Step.self))
        for etape in element.elements("etape") {
            progression[try etape.requiredToken("nom", Step.self)] = try etape.requiredToken("etat", StepState.self)
        }
        return progression
    }

    private static func decodeProfil(_ element: XMLElement) throws(ProjectDecodingError) -> Profil {
        Profil(
            nomAffiche: element.optionalText("nomAffiche"),
            anneeNaissance: try element.value(of: "anneeNaissance", as: .integer) { Int($0) },
            contact: element.element("contact").map {
                Contact(courriel: $0.optionalText("courriel"), telephone: $0.optionalText("telephone"))
            },
            commune: try element.element("commune").map { (commune) throws(ProjectDecodingError) in
                try commune.requiredAttribute("insee", as: .codeInsee) { Commune(codeInsee: $0, nom: commune.text) }
            },
            departement: try element.value(of: "departement", as: .departement, Departement.init),
            mobiliteKm: try element.value(of: "mobiliteKm", as: .integer) { Int($0) },
            situation: try element.value(of: "situation", as: .token(Situation.allCases.map(\.rawValue)), Situation.init(rawValue:)),
            diplome: try element.value(of: "diplome", as: .diplome, DiplomeLePlusEleve.init(token:)),
            contraintes: element.items("contraintes", "contrainte").map(\.text),
            metiersQuiRecrutent: try element.value(of: "metiersQuiRecrutent", as: .token(["true", "false"])) { $0 == "true" } ?? false
        )
    }

    private static func decodeInterets(_ element: XMLElement) throws(ProjectDecodingError) -> Interets {
        let centres = try element.items("centres", "centre").map { (centre) throws(ProjectDecodingError) in
            CentreInteretRating(
                centre: try centre.requiredAttribute("code", as: .centreInteret) { Int($0).flatMap(CentreInteretCode.init) },
                rating: try centre.requiredAttribute("note", as: .rating, rating)
            )
        }
        let riasec = try element.element("riasec").map { (riasec) throws(ProjectDecodingError) in
            RiasecAnswers(
                questionnaire: try riasec.requiredAttribute("questionnaire"),
                reponses: try riasec.elements("reponse").map { (reponse) throws(ProjectDecodingError) in
                    RiasecAnswer(
                        question: try reponse.requiredAttribute("question", as: .localID, QuestionID.init),
                        rating: try reponse.requiredAttribute("valeur", as: .rating, rating)
                    )
                }
            )
        }
        return Interets(centres: centres, riasec: riasec, profil: try element.element("profilRiasec").map(decodeRiasecProfile))
    }

    private static func decodeRiasecProfile(_ element: XMLElement) throws(ProjectDecodingError) -> SavedRiasecProfile {
        var scores: [RiasecType: Int] = [:]
        for score in element.elements("score") {
            let type = try score.requiredToken("type", RiasecType.self)
            scores[type] = try score.requiredAttribute("valeur", as: .score) { Int($0) }
        }
        let computed = try element.requiredAttribute("calcule", as: .timestamp, Timestamp.init(iso8601:))
        guard let profile = SavedRiasecProfile(computed: computed, scores: scores) else {
            throw element.failure(
                .invalidValue(
                    scores.map { "\($0.key.rawValue)=\($0.value)" }.sorted().joined(separator: " "),
                    attribute: nil, expected: .riasecScores))
        }
        return profile
    }

    private static func decodeCompetences(_ element: XMLElement) throws(ProjectDecodingError) -> Competences {
        Competences(
            experiences: try element.items("experiences", "experience").map(decodeExperience),
            competences: try element.items("portefeuille", "competence").map(decodeCompetence)
        )
    }

    private static func decodeExperience(_ element: XMLElement) throws(ProjectDecodingError) -> Experience {
        let experience = Experience(
            id: try element.requiredAttribute("id", as: .localID, ExperienceID.init),
            nature: try element.requiredToken("nature", Experience.Nature.self),
            appellation: try element.element("appellation").map(decodeItem),
            intitule: element.optionalText("intitule"),
            structure: element.optionalText("structure"),
            debut: try element.value(of: "debut", as: .day, Day.init(iso8601:)),
            fin: try element.value(of: "fin", as: .day, Day.init(iso8601:)),
            annees: try element.value(of: "annees", as: .years, years),
            detail: element.optionalText("description")
        )
        guard let experience else { throw element.failure(.missingLabel) }
        return experience
    }

    private static func decodeCompetence(_ element: XMLElement) throws(ProjectDecodingError) -> Competence {
        let competence = Competence(
            item: try element.element("item").map(decodeItem),
            libelle: element.optionalText("libelle"),
            source: try decodeSource(element.requiredElement("source")),
            maitrise: try element.attribute("maitrise", as: .maitrise) { Int($0).flatMap(Maitrise.init(rawValue:)) },
            preuves: element.elements("preuve").map(\.text)
        )
        guard let competence else { throw element.failure(.missingLabel) }
        return competence
    }

    private static func decodeSource(_ element: XMLElement) throws(ProjectDecodingError) -> Competence.Source {
        if let experience = element.element("experience") {
            return .experience(try experience.requiredAttribute("ref", as: .localID, ExperienceID.init))
        }
        if let suggestion = element.element("suggeree") {
            return .suggeree(from: try suggestion.attribute("ref", as: .localID, ExperienceID.init))
        }
        guard element.element("declaree") != nil else { throw element.failure(.missingElement("declaree")) }
        return .declaree
    }

    private static func decodeItem(_ element: XMLElement) throws(ProjectDecodingError) -> RomeItemRef {
        RomeItemRef(code: try element.requiredAttribute("ogr", as: .ogrCode, OgrCode.init), libelle: element.text)
    }

    private static func decodePistes(_ element: XMLElement) throws(ProjectDecodingError) -> Pistes {
        Pistes(
            retenues: try element.items("retenues", "piste").map(decodePiste),
            suggerees: try element.items("suggerees", "piste").map(decodePiste),
            ecartees: try element.items("ecartees", "piste").map(decodePiste)
        )
    }

    private static func decodePiste(_ element: XMLElement) throws(ProjectDecodingError) -> Piste {
        Piste(
            fiche: try element.requiredAttribute("fiche", as: .romeCode, RomeCode.init),
            libelle: element.optionalText("libelle"),
            rang: try element.attribute("rang", as: .rang, rang),
            commentaires: element.elements("commentaire").map(\.text)
        )
    }

    private static func decodeFormation(_ element: XMLElement) throws(ProjectDecodingError) -> Formation {
        Formation(
            fiche: try element.requiredAttribute("fiche", as: .romeCode, RomeCode.init),
            certification: try element.attribute("certification", as: .certificationCode, CertificationCode.init),
            intitule: element.optionalText("intitule"),
            niveau: try element.attribute("niveau", as: .niveau) { Int($0).flatMap(Niveau.init) },
            voie: try element.requiredToken("voie", Formation.Voie.self),
            organisme: element.optionalText("organisme"),
            choisie: try element.attribute("choisie", as: .boolean, boolean) ?? false,
            commentaire: element.optionalText("commentaire")
        )
    }

    private static func decodeStamp(_ element: XMLElement) throws(ProjectDecodingError) -> ComputationStamp {
        ComputationStamp(
            catalogue: try element.requiredAttribute("catalogue"),
            computed: try element.requiredAttribute("calcule", as: .timestamp, Timestamp.init(iso8601:)),
            engine: try element.requiredAttribute("moteur")
        )
    }

    private static func decodeSuggestions(_ element: XMLElement) throws(ProjectDecodingError) -> SavedSuggestions {
        SavedSuggestions(stamp: try decodeStamp(element), suggestions: try element.elements("suggestion").map(decodeSuggestion))
    }

    private static func decodeSuggestion(_ element: XMLElement) throws(ProjectDecodingError) -> SavedSuggestion {
        SavedSuggestion(
            fiche: try element.requiredAttribute("fiche", as: .romeCode, RomeCode.init),
            libelle: element.optionalText("libelle"),
            rang: try element.requiredAttribute("rang", as: .rang, rang),
            score: try element.requiredAttribute("score", as: .score, score),
            composantes: try element.elements("composante").map(decodeComponent),
            raisons: element.elements("raison").map(\.text)
        )
    }

    private static func decodeComponent(_ element: XMLElement) throws(ProjectDecodingError) -> SavedScoreComponent {
        SavedScoreComponent(
            nom: try element.requiredAttribute("nom"),
            valeur: try element.requiredAttribute("valeur", as: .componentValue) { figure($0, atMost: 100) },
            poids: try element.requiredAttribute("poids", as: .componentWeight) { figure($0, atMost: 1) },
            points: try element.attribute("points", as: .componentValue) { figure($0, atMost: 100) },
            elements: try element.elements("element").map { (item) throws(ProjectDecodingError) in
                SavedScoreItem(
                    code: try item.requiredAttribute("code"), role: try item.requiredToken("role", SavedScoreItem.Role.self),
                    libelle: item.text)
            }
        )
    }

    private static func decodeParcours(_ element: XMLElement) throws(ProjectDecodingError) -> SavedTrainingPaths {
        SavedTrainingPaths(
            stamp: try decodeStamp(element),
            cibles: try element.elements("cible").map { (cible) throws(ProjectDecodingError) in
                SavedPathTarget(
                    fiche: try cible.requiredAttribute("fiche", as: .romeCode, RomeCode.init),
                    libelle: cible.optionalText("libelle"),
                    chemins: try cible.elements("chemin").map(decodePath)
                )
            })
    }

    private static func decodePath(_ element: XMLElement) throws(ProjectDecodingError) -> SavedPath {
        SavedPath(
            rang: try element.requiredAttribute("rang", as: .rang, rang),
            score: try element.requiredAttribute("score", as: .score, score),
            etapes: try element.elements("etape").map(decodePathStep),
            raisons: element.elements("raison").map(\.text)
        )
    }

    private static func decodePathStep(_ element: XMLElement) throws(ProjectDecodingError) -> SavedPathStep {
        SavedPathStep(
            certification: try element.attribute("certification", as: .certificationCode, CertificationCode.init),
            intitule: element.optionalText("intitule"),
            niveau: try element.attribute("niveau", as: .niveau) { Int($0).flatMap(Niveau.init) },
            voie: try element.requiredToken("voie", Formation.Voie.self),
            insertion: try element.element("insertion").map(decodeInsertion)
        )
    }

    private static func decodeInsertion(_ element: XMLElement) throws(ProjectDecodingError) -> SavedInsertionRate {
        func rate(_ name: String) throws(ProjectDecodingError) -> Int? { try element.attribute(name, as: .score, score) }
        return SavedInsertionRate(
            perimetre: try element.requiredAttribute("region", as: .insertionRegion, SavedInsertionRate.Perimetre.init),
            millesime: try element.requiredAttribute("millesime", as: .millesime) { isMillesime($0) ? $0 : nil },
            voie: try element.attribute("voie", as: .token(SavedInsertionRate.Voie.allCases.map(\.rawValue)), SavedInsertionRate.Voie.init(rawValue:)),
            emploi6Mois: try rate("emploi6"), emploi12Mois: try rate("emploi12"), emploi18Mois: try rate("emploi18"),
            emploi24Mois: try rate("emploi24"), poursuiteEtudes: try rate("poursuite")
        )
    }

    private static func decodeAction(_ element: XMLElement) throws(ProjectDecodingError) -> PlanAction {
        PlanAction(
            id: try element.requiredAttribute("id", as: .localID, ActionID.init),
            kind: try element.requiredToken("type", PlanAction.Kind.self),
            status: try element.requiredToken("statut", PlanAction.Status.self),
            intitule: try element.requiredText("intitule"),
            date: try element.attribute("date", as: .day, Day.init(iso8601:)),
            fiche: try element.attribute("fiche", as: .romeCode, RomeCode.init),
            lieu: element.optionalText("lieu"),
            compteRendu: element.optionalText("compteRendu")
        )
    }

    private static func decodeSynthese(_ element: XMLElement) throws(ProjectDecodingError) -> Synthese {
        Synthese(
            paragraphes: element.elements("paragraphe").map(\.text),
            partagee: try element.attribute("partagee", as: .timestamp, Timestamp.init(iso8601:))
        )
    }

    private static func decodeNote(_ element: XMLElement) throws(ProjectDecodingError) -> CounsellorNote {
        CounsellorNote(
            id: try element.requiredAttribute("id", as: .localID, NoteID.init),
            auteur: try element.requiredAttribute("auteur"),
            structure: element.attribute("structure"),
            date: try element.requiredAttribute("date", as: .timestamp, Timestamp.init(iso8601:)),
            section: try element.requiredToken("section", Step.self),
            status: try element.requiredToken("statut", CounsellorNote.Status.self),
            texte: element.text
        )
    }

    private static func rating(_ text: String) -> Rating? { Int(text).flatMap(Rating.init) }
    private static func rang(_ text: String) -> Int? { Int(text).flatMap { $0 > 0 ? $0 : nil } }
    private static func score(_ text: String) -> Int? { Int(text).flatMap { (0...100).contains($0) ? $0 : nil } }

    private static func figure(_ text: String, atMost maximum: Int) -> ScoreFigure? {
        ScoreFigure(text: text).flatMap { $0.thousandths <= maximum * 1000 ? $0 : nil }
    }

    /// `2023` or `2022_2023`, as the schema allows.
    private static func isMillesime(_ text: String) -> Bool {
        let years = text.split(separator: "_", omittingEmptySubsequences: false)
        return (1...2).contains(years.count) && years.allSatisfy { $0.count == 4 && $0.allSatisfy { ("0"..."9").contains($0) } }
    }

    private static func boolean(_ text: String) -> Bool? {
        switch text {
        case "true", "1": true
        case "false", "0": false
        default: nil
        }
    }

    /// `18`, `9.5`: whole or one decimal, as the schema allows.
    private static func years(_ text: String) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ $0.isNumber || $0 == "." }), let value = Double(text), value >= 0 else { return nil }
        return value
    }
}
