import Foundation
import Hummingbird
import JalonCatalogue
import JalonCore
import JalonDossier
import JalonLocale
import JalonStore

/// The write routes of steps 2 to 6, each the JSON form of one JalonCore edit (the CLI builds the same
/// edits from its arguments): parse the body, apply the edit through `RouteCall.apply`, render.
enum JourneyHandlers {
    private static func body<Body: Decodable>(_ type: Body.Type, _ call: RouteCall) async throws -> Body {
        try await RequestBody.json(type, call.request, limit: call.services.limits.maxBodyBytes)
    }

    // MARK: Step 2

    /// `GET /v1/questionnaire`: the RIASEC questionnaire, items in French and English, so a client can render it.
    static func questionnaire(_ call: RouteCall) async throws -> Response {
        let questionnaire = try call.services.questionnaire.get()
        return try await call.conditional(Representation(resource: "q" + questionnaire.id.filter { $0.isLetter || $0.isNumber })) {
            try Responses.json(QuestionnaireView(questionnaire))
        }
    }

    /// `POST /v1/projects/{id}/interets/centres`: `{"centres": {"22": 4}}`, the ratings given added or changed.
    static func rateCentres(_ call: RouteCall) async throws -> Response {
        let ratings = try await body(SectionHandlers.CentresBody.self, call).ratings(call.language)
        return try await call.apply(RateCentresEdit(ratings: ratings))
    }

    struct AnswersBody: Decodable { var answers: [String: Int] }

    /// `PUT /v1/projects/{id}/questionnaire/answers`: `{"answers": {"r1": 4}}`, partial and idempotent per
    /// item; the profile is computed with the answer that completes the questionnaire.
    static func answer(_ call: RouteCall) async throws -> Response {
        let answers = try await body(AnswersBody.self, call).answers.sorted { $0.key < $1.key }.map { (question: $0.key, rating: $0.value) }
        return try await call.apply(AnswerQuestionnaireEdit(answers: answers), needs: .questionnaire)
    }

    // MARK: Step 3

    struct ExperienceBody: Decodable {
        var appellation: String
        var nature: String?
        var years: Double?
        var acceptCore: Bool?
        /// OGR code of a core skill → 1…4 (confirmed at that level) or 0 (declined); the others stay to confirm.
        var decisions: [String: Int]?

        func edit() throws -> AddExperienceEdit {
            var decided: [OgrCode: CoreSkillDecision] = [:]
            for (key, value) in decisions ?? [:] {
                guard let ogr = OgrCode(key) else {
                    throw EditFailure(.invalid, field: "decisions.\(key)", fr: "« \(key) » n’est pas un code OGR", en: "'\(key)' is not an OGR code")
                }
                decided[ogr] = value == 0 ? .declined : .confirmed(try Maitrise.parse(value, field: "decisions.\(key)"))
            }
            return AddExperienceEdit(
                appellation: appellation, nature: nature ?? Experience.Nature.emploi.rawValue, years: years,
                decisions: decided, acceptCore: acceptCore ?? false)
        }
    }

    struct AddedExperienceView: Encodable, Sendable {
        struct SkillView: Encodable, Sendable { let ogr: String, libelle: String, decision: String, niveau: Int? }
        let experience: String, appellation: String, libelle: String, fiche: String
        let competences: [SkillView]

        init(_ added: AddExperienceEdit.Added) {
            experience = added.id.rawValue
            appellation = added.appellation.ogr.description
            libelle = added.appellation.longLabel
            fiche = added.appellation.fiche.rawValue
            competences = added.outcome.map { outcome in
                switch outcome.decision {
                case .confirmed(let level):
                    SkillView(ogr: outcome.item.ogr.description, libelle: outcome.item.label, decision: "confirmee", niveau: (level ?? .pratique).rawValue)
                case .declined: SkillView(ogr: outcome.item.ogr.description, libelle: outcome.item.label, decision: "ecartee", niveau: nil)
                case .pending: SkillView(ogr: outcome.item.ogr.description, libelle: outcome.item.label, decision: "a-confirmer", niveau: nil)
                }
            }
        }
    }

    /// `POST /v1/projects/{id}/experiences`: an experience from an OGR code or words (ambiguous words:
    /// 422 with the candidates), with its core skills as `decisions` and `acceptCore` say.
    static func addExperience(_ call: RouteCall) async throws -> Response {
        let edit = try await body(ExperienceBody.self, call).edit()
        return try await call.apply(edit, needs: .catalogue, status: .created) { AddedExperienceView($0.change) }
    }

    /// `DELETE /v1/projects/{id}/experiences/{experience}`
    static func removeExperience(_ call: RouteCall) async throws -> Response {
        try await call.apply(RemoveExperienceEdit(experience: try call.parameter("experience")))
    }

    struct SkillBody: Decodable {
        var skill: String
        var level: Int?
    }

    /// `POST /v1/projects/{id}/competences`: `{"skill": "121476" | "Langue des signes", "level": 3}`.
    static func addSkill(_ call: RouteCall) async throws -> Response {
        let body = try await body(SkillBody.self, call)
        return try await call.apply(AddSkillEdit(skill: body.skill, level: body.level), needs: .catalogue, status: .created)
    }

    struct LevelBody: Decodable { var level: Int }

    /// `PUT /v1/projects/{id}/competences/{ogr}`: `{"level": 1…4}`; rating a suggestion confirms it.
    static func rateSkill(_ call: RouteCall) async throws -> Response {
        let level = try await body(LevelBody.self, call).level
        return try await call.apply(RateSkillEdit(ogr: try call.parameter("ogr"), level: level))
    }

    /// `DELETE /v1/projects/{id}/competences/{ogr}`
    static func removeSkill(_ call: RouteCall) async throws -> Response {
        try await call.apply(RemoveSkillEdit(ogr: try call.parameter("ogr")))
    }

    // MARK: Step 4

    struct NoteBody: Decodable { var note: String? }

    /// `POST /v1/projects/{id}/pistes/{code}/keep`: `{"note": "…"}` optional; five kept pistes at most.
    static func keep(_ call: RouteCall) async throws -> Response {
        let note = RequestBody.hasBody(call.request) ? try await body(NoteBody.self, call).note : nil
        return try await call.apply(KeepMetierEdit(fiche: try call.parameter("code"), note: note), needs: .catalogue)
    }

    /// `POST /v1/projects/{id}/pistes/{code}/drop`: sets the métier aside (its formations leave with it).
    static func drop(_ call: RouteCall) async throws -> Response {
        try await call.apply(DropMetierEdit(fiche: try call.parameter("code")), needs: .catalogue)
    }

    // MARK: Step 5

    /// `POST /v1/projects/{id}/formations/{code}?limit=N`: computes the paths to a métier and saves them
    /// (the choice reads its title, level and route from them).
    static func savePaths(_ call: RouteCall) async throws -> Response {
        let language = call.language, limit = try ComputedHandlers.limit(call)
        let catalogue = try await Blocking.run { [cache = call.services.catalogue] in try cache.get() }
        let code = try ComputedHandlers.fiche(call, in: catalogue)
        let loaded = try await call.load()
        guard let input = catalogue.catalogue.trainingPathsInput(target: code, project: loaded.project, today: Timestamp.now().day, offers: nil) else {
            throw Problem.notFound(language.pick(fr: "aucun parcours connu vers \(code)", en: "no known path to \(code)"), language)
        }
        let target = SavedPathTarget(fiche: code, libelle: input.target.fiche.label, paths: Array(TrainingPaths(input).paths.prefix(limit)), language: language)
        return try await call.apply(RecordPathsEdit(target: target, catalogue: catalogue.catalogue.stampDescription, engine: JalonVersion.current)) { _ in
            TrainingPathsView(target)
        }
    }

    struct ChoiceBody: Decodable {
        var fiche: String
        var certification: String
        var voie: String?
        var organisme: String?
    }

    /// `POST /v1/projects/{id}/formations`: chooses the path to a kept piste.
    static func choose(_ call: RouteCall) async throws -> Response {
        let body = try await body(ChoiceBody.self, call)
        return try await call.apply(
            ChoosePathEdit(fiche: body.fiche, certification: body.certification, voie: body.voie, organisme: body.organisme),
            needs: .catalogue)
    }

    // MARK: Step 6

    struct ActionBody: Decodable {
        var text: String
        var date: String
        var kind: String?
        var fiche: String?
    }

    /// `POST /v1/projects/{id}/plan`: a dated action, today or later.
    static func addAction(_ call: RouteCall) async throws -> Response {
        let body = try await body(ActionBody.self, call)
        let edit = AddPlanActionEdit(text: body.text, date: body.date, kind: body.kind ?? PlanAction.Kind.autre.rawValue, fiche: body.fiche)
        return try await call.apply(edit, status: .created) { DossierJSON.Action($0.change) }
    }

    /// `POST /v1/projects/{id}/plan/{action}/done`
    static func completeAction(_ call: RouteCall) async throws -> Response {
        try await call.apply(CompletePlanActionEdit(action: try call.parameter("action")))
    }

    /// `DELETE /v1/projects/{id}/plan/{action}`
    static func removeAction(_ call: RouteCall) async throws -> Response {
        try await call.apply(RemovePlanActionEdit(action: try call.parameter("action")))
    }

    // MARK: Any step

    /// `GET /v1/projects/{id}/readiness`: each step's state and what it lacks, each finding with a stable code.
    static func readiness(_ call: RouteCall) async throws -> Response {
        let loaded = try await call.load(), language = call.language
        return try await call.conditional(Representation(revision: loaded.revision.number, language: language)) {
            try Responses.json(ReadinessJSON(project: loaded.project, readiness: Readiness(loaded.project), language: language))
        }
    }

    struct RestoreBody: Decodable { var revision: Int }

    /// `POST /v1/projects/{id}/restore` (If-Match): a new revision with the content of an earlier one.
    static func restore(_ call: RouteCall) async throws -> Response {
        let revision = try await body(RestoreBody.self, call).revision
        let base = try call.ifMatchBase()
        guard let id = call.project else { throw Problem.internalError(call.language) }
        let repository = call.services.repository, author = call.author, language = call.language
        let saved = try await Blocking.run { () throws -> RevisionInfo in
            let latest = try repository.store.latestRevisionNumber(of: id)
            if let base, base != latest { throw Problem.preconditionFailed(current: latest, language) }
            guard (1...latest).contains(revision) else {
                throw Problem.refusedEdit(
                    EditFailure(
                        .invalid, field: "revision", fr: "pas de révision \(revision) (1 à \(latest))",
                        en: "no revision \(revision) (1 to \(latest))"), language)
            }
            return try repository.restore(id, revision: revision, author: author)
        }
        return try Responses.json(RevisionView(id: id.rawValue, revision: saved.number), headers: [.eTag: ETag.value(saved.number)])
    }
}

/// The questionnaire as a client renders it: the scale and each item, in both languages.
struct QuestionnaireView: Encodable {
    struct Text: Encodable { let fr: String, en: String }
    struct Item: Encodable { let id: String, type: String, text: Text }
    let id: String
    let title: Text
    let instructions: Text
    let scale: [Text]
    let items: [Item]

    init(_ questionnaire: Questionnaire) {
        id = questionnaire.id
        title = Text(fr: questionnaire.title.fr, en: questionnaire.title.en)
        instructions = Text(fr: questionnaire.instructions.fr, en: questionnaire.instructions.en)
        scale = questionnaire.scale.map { Text(fr: $0.fr, en: $0.en) }
        items = questionnaire.items.map { Item(id: $0.id.rawValue, type: $0.type.rawValue, text: Text(fr: $0.text.fr, en: $0.text.en)) }
    }
}
