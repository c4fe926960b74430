import Foundation
import Hummingbird
import JalonCatalogue
import JalonCore
import JalonLocale

/// The questionnaire, compétences and plan: each form builds the JalonCore edit the CLI and the API
/// apply (`WebCall.apply`); a refused value shows the page again with the message linked to its field.
enum JourneyPages {
    // MARK: questionnaire (48 items, a block at a time, every answer saved)

    static let block = 8

    static func questionnaire(_ call: WebCall) async throws -> Response {
        try await questionnairePage(call, errors: [])
    }

    private static func questionnairePage(_ call: WebCall, errors: [FormErrors.Entry]) async throws -> Response {
        let loaded = try await call.load(), language = call.language
        let questionnaire = try call.services.questionnaire.get()
        let answered = Dictionary((loaded.project.interets?.riasec?.reponses ?? []).map { ($0.question, $0.rating.value) }) { $1 }
        // Resumable: the first block with an unanswered item (or the block asked for, to change answers).
        let blocks = stride(from: 0, to: questionnaire.items.count, by: block).map {
            Array(questionnaire.items[$0..<min($0 + block, questionnaire.items.count)])
        }
        let asked = call.query("bloc").flatMap(Int.init).map { max(1, min(blocks.count, $0)) - 1 }
        let index = asked ?? blocks.firstIndex { $0.contains { answered[$0.id] == nil } } ?? 0
        let scale = questionnaire.scale.map { $0.text(in: language) }
        let content: [String: Any] = [
            "action": "/carnet/\(call.id.rawValue)/questionnaire?bloc=\(index + 1)", "revision": loaded.revision.number,
            "answered": answered.count, "total": questionnaire.items.count,
            "blockLabel": language.pick(
                fr: "Questions \(index * block + 1) à \(index * block + blocks[index].count) sur \(questionnaire.items.count)",
                en: "Questions \(index * block + 1) to \(index * block + blocks[index].count) of \(questionnaire.items.count)"),
            "instructions": questionnaire.instructions.text(in: language),
            "items": blocks[index].map { item -> [String: Any] in
                [
                    "id": item.id.rawValue, "text": item.text.text(in: language),
                    "options": scale.enumerated().map { ["value": $0.offset, "label": $0.element, "checked": answered[item.id] == $0.offset] as [String: Any] }
                ]
            },
            "previous": index > 0 ? "/carnet/\(call.id.rawValue)/questionnaire?bloc=\(index)" : "",
            "next": index + 1 < blocks.count ? "/carnet/\(call.id.rawValue)/questionnaire?bloc=\(index + 2)" : ""
        ]
        return WebPage.render(
            call, template: "questionnaire",
            frame: .init(
                title: questionnaire.title.text(in: language), errors: errors,
                status: errors.isEmpty ? .ok : .unprocessableContent, step: "interets"),
            content: content)
    }

    static func answer(_ call: WebCall) async throws -> Response {
        let answers = call.form.prefixed("q-").compactMap { key, value in Int(value).map { (question: key, rating: $0) } }
        guard !answers.isEmpty else {
            return try await questionnairePage(
                call,
                errors: [
                    .init(
                        field: "questions",
                        message: call.text(
                            fr: "Choisissez une réponse à au moins une question.", en: "Choose an answer to at least one question."))
                ])
        }
        do {
            try await call.apply(AnswerQuestionnaireEdit(answers: answers), field: { "q-" + ($0.split(separator: ".").last.map(String.init) ?? $0) })
        } catch let errors as FormErrors {
            return try await questionnairePage(call, errors: errors.entries)
        }
        return WebPage.redirect("/carnet/\(call.id.rawValue)/questionnaire", done: "enregistre")
    }

    // MARK: compétences

    static func competences(_ call: WebCall) async throws -> Response {
        try await competencesPage(call, errors: [], candidates: nil, typed: call.query("mots") ?? "")
    }

    /// Three moments on one page: the words typed give candidate appellations (`?mots=`), the one chosen
    /// shows its core skills to confirm with a level (`?appellation=OGR`), and the skills held can be
    /// rated, removed or added.
    private static func competencesPage(_ call: WebCall, errors: [FormErrors.Entry], candidates given: [EditCandidate]?, typed: String) async throws -> Response
    {
        let loaded = try await call.load(), language = call.language, cache = call.services.catalogue
        let catalogue = try await Blocking.run { try cache.get().catalogue }
        let competences = loaded.project.competences ?? Competences()
        let base = "/carnet/\(call.id.rawValue)/competences"
        let words = typed.trimmingCharacters(in: .whitespaces)
        let candidates = given ?? (words.isEmpty ? [] : Array(((try? catalogue.appellationCandidates(words)) ?? []).prefix(8)))
        var content: [String: Any] = [
            "revision": loaded.revision.number, "base": base, "typed": typed,
            "experiences": competences.experiences.map { ["label": $0.appellation?.libelle ?? $0.intitule ?? $0.id.rawValue, "nature": $0.nature.rawValue] },
            "hasExperiences": !competences.experiences.isEmpty,
            "skills": competences.competences.map { skill -> [String: Any] in
                [
                    "label": skill.item.map { $0.libelle ?? $0.code.description } ?? skill.libelle ?? "",
                    "ogr": skill.item?.code.description ?? "", "rateable": skill.item != nil,
                    "level": skill.maitrise.map { "\($0.rawValue) — \($0.label(in: language))" } ?? language.pick(fr: "à confirmer", en: "to confirm"),
                    "levels": Maitrise.allCases.map {
                        ["value": $0.rawValue, "label": "\($0.rawValue) — \($0.label(in: language))", "selected": $0 == skill.maitrise] as [String: Any]
                    }
                ]
            },
            "hasSkills": !competences.competences.isEmpty,
            "candidates": candidates.enumerated().map { ["code": $0.element.code, "label": $0.element.label, "first": $0.offset == 0] as [String: Any] },
            "hasCandidates": !candidates.isEmpty, "searched": !words.isEmpty && candidates.isEmpty,
            "levels": Maitrise.allCases.map { ["value": $0.rawValue, "label": "\($0.rawValue) — \($0.label(in: language))"] as [String: Any] },
            "natures": Experience.Nature.allCases.map { ["value": $0.rawValue, "label": $0.rawValue] }
        ]
        if let chosen = call.query("appellation").flatMap(OgrCode.init), let appellation = catalogue.appellation(chosen) {
            content["chosen"] = [
                "code": chosen.description, "label": appellation.longLabel,
                "core": AddExperienceEdit.coreSkills(of: appellation, in: catalogue).map { ["ogr": $0.ogr.description, "label": $0.label] }
            ]
        }
        return WebPage.render(
            call, template: "competences",
            frame: .init(
                title: Step.competences.title(in: language), errors: errors,
                status: errors.isEmpty ? .ok : .unprocessableContent, step: "competences"),
            content: content)
    }

    /// `POST …/competences/experience`: the appellation chosen among the candidates, its core skills
    /// each confirmed at a level (`coeur-OGR` = 1…4), declined (`non`) or left to confirm later (empty).
    static func addExperience(_ call: WebCall) async throws -> Response {
        let form = call.form
        var decisions: [OgrCode: CoreSkillDecision] = [:]
        for (key, value) in form.prefixed("coeur-") {
            guard let ogr = OgrCode(key) else { continue }
            if value == "non" {
                decisions[ogr] = .declined
            } else if let level = Int(value).flatMap(Maitrise.init(rawValue:)) {
                decisions[ogr] = .confirmed(level)
            }
        }
        do {
            try await call.apply(
                AddExperienceEdit(
                    appellation: form["appellation"] ?? "", nature: form["nature"] ?? Experience.Nature.emploi.rawValue,
                    years: form["annees"].flatMap { Double($0.replacingOccurrences(of: ",", with: ".")) },
                    decisions: decisions),
                field: { ["appellation": "mots", "years": "annees"][$0] ?? $0 })
        } catch let errors as FormErrors {
            return try await competencesPage(call, errors: errors.entries, candidates: errors.candidates, typed: form["mots"] ?? "")
        }
        return WebPage.redirect("/carnet/\(call.id.rawValue)/competences", done: "enregistre")
    }

    static func addSkill(_ call: WebCall) async throws -> Response {
        do {
            try await call.apply(
                AddSkillEdit(skill: call.form["competence"] ?? "", level: call.form["niveau-ajout"].flatMap(Int.init)),
                field: { $0 == "skill" ? "competence" : "niveau-ajout" })
        } catch let errors as FormErrors {
            return try await competencesPage(call, errors: errors.entries, candidates: [], typed: "")
        }
        return WebPage.redirect("/carnet/\(call.id.rawValue)/competences", done: "enregistre")
    }

    static func rateSkill(_ call: WebCall) async throws -> Response {
        let ogr = call.form["ogr"] ?? ""
        do {
            if call.form["retirer"] != nil {
                try await call.apply(RemoveSkillEdit(ogr: ogr))
            } else {
                try await call.apply(RateSkillEdit(ogr: ogr, level: call.form["niveau"].flatMap(Int.init) ?? 0), field: { _ in "niveau-\(ogr)" })
            }
        } catch let errors as FormErrors {
            return try await competencesPage(call, errors: errors.entries, candidates: [], typed: "")
        }
        return WebPage.redirect("/carnet/\(call.id.rawValue)/competences", done: "enregistre")
    }

    // MARK: plan

    static func plan(_ call: WebCall) async throws -> Response {
        try await planPage(call, errors: [], typed: [:])
    }

    private static func planPage(_ call: WebCall, errors: [FormErrors.Entry], typed: [String: String]) async throws -> Response {
        let loaded = try await call.load(), language = call.language
        let kept = loaded.project.pistes?.retenues ?? []
        let content: [String: Any] = [
            "revision": loaded.revision.number, "base": "/carnet/\(call.id.rawValue)/plan",
            "actions": loaded.project.plan.map { action -> [String: Any] in
                [
                    "id": action.id.rawValue, "text": action.intitule, "date": action.date?.description ?? "", "kind": kindLabel(action.kind, language),
                    "status": statusLabel(action.status, language), "statusClass": action.status.rawValue,
                    "open": action.status != .faite && action.status != .annulee
                ]
            },
            "hasActions": !loaded.project.plan.isEmpty,
            "kinds": PlanAction.Kind.allCases.map {
                ["value": $0.rawValue, "label": kindLabel($0, language), "selected": $0.rawValue == typed["type"]] as [String: Any]
            },
            "fiches": kept.map {
                ["value": $0.fiche.rawValue, "label": "\($0.fiche.rawValue) \($0.libelle ?? "")", "selected": $0.fiche.rawValue == typed["fiche"]]
                    as [String: Any]
            },
            "typedText": typed["intitule"] ?? "", "typedDate": typed["date"] ?? ""
        ]
        return WebPage.render(
            call, template: "plan",
            frame: .init(
                title: Step.plan.title(in: language), errors: errors,
                status: errors.isEmpty ? .ok : .unprocessableContent, step: "plan"),
            content: content)
    }

    static func addAction(_ call: WebCall) async throws -> Response {
        let form = call.form
        do {
            try await call.apply(
                AddPlanActionEdit(text: form["intitule"] ?? "", date: form["date"] ?? "", kind: form["type"] ?? "autre", fiche: form["fiche"]),
                field: { ["text": "intitule", "date": "date", "kind": "type", "fiche": "fiche"][$0] ?? "intitule" })
        } catch let errors as FormErrors {
            let typed = ["intitule": form["intitule"] ?? "", "date": form["date"] ?? "", "type": form["type"] ?? "", "fiche": form["fiche"] ?? ""]
            return try await planPage(call, errors: errors.entries, typed: typed)
        }
        return WebPage.redirect("/carnet/\(call.id.rawValue)/plan", done: "enregistre")
    }

    static func completeAction(_ call: WebCall) async throws -> Response {
        do {
            try await call.apply(CompletePlanActionEdit(action: call.form["action"] ?? ""))
        } catch let errors as FormErrors {
            return try await planPage(call, errors: errors.entries, typed: [:])
        }
        return WebPage.redirect("/carnet/\(call.id.rawValue)/plan", done: "enregistre")
    }

    static func kindLabel(_ kind: PlanAction.Kind, _ language: Language) -> String {
        switch kind {
        case .enqueteMetier: language.pick(fr: "Enquête métier", en: "Job inquiry")
        case .immersion: language.pick(fr: "Immersion", en: "Work immersion")
        case .forum: language.pick(fr: "Forum", en: "Fair")
        case .rendezVous: language.pick(fr: "Rendez-vous", en: "Appointment")
        case .candidature: language.pick(fr: "Candidature", en: "Application")
        case .autre: language.pick(fr: "Autre", en: "Other")
        }
    }

    static func statusLabel(_ status: PlanAction.Status, _ language: Language) -> String {
        switch status {
        case .aFaire: language.pick(fr: "○ à faire", en: "○ to do")
        case .planifiee: language.pick(fr: "◐ planifiée", en: "◐ planned")
        case .faite: language.pick(fr: "✓ faite", en: "✓ done")
        case .annulee: language.pick(fr: "✗ annulée", en: "✗ cancelled")
        }
    }
}
