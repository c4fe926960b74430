import Hummingbird
import JalonCore
import JalonLocale
import JalonStore

/// The person's home: the seven steps with their state, what each still needs, why a step is « à
/// revoir », and the next thing to do — the same readiness as `jalon status` and the API's status.
enum HomePage {
    static func show(_ call: WebCall) async throws -> Response {
        let loaded = try await call.load(), language = call.language
        let name = loaded.project.displayName ?? language.pick(fr: "Mon carnet", en: "My workbook")
        return try await KeptPage.render(call, loaded, template: "home", frame: .init(title: name)) { content(loaded, language) }
    }

    static func content(_ loaded: ProjectRepository.Loaded, _ language: Language) -> [String: Any] {
        let project = loaded.project, readiness = Readiness(project)
        let base = "/carnet/\(project.id.rawValue)"
        let steps: [[String: Any]] = readiness.steps.map { step in
            var item: [String: Any] = [
                "title": "\(step.step.number). " + step.step.title(in: language), "href": base + "/" + step.step.rawValue,
                "stateClass": step.state.rawValue, "stateLabel": stateLabel(step.state, language),
                "isCurrent": step.step == readiness.current,
                "missing": step.missing.map { $0.message(in: language, step: step.step) }, "hasMissing": !step.missing.isEmpty
            ]
            if step.isARevoir {
                item["aRevoir"] = step.remarks.map { $0.message(in: language, step: step.step) }.joined(separator: " ; ")
            }
            return item
        }
        // The last step finished: what is left is to share the dossier (as `status` says).
        let finished = readiness.current == .synthese && readiness[.synthese].state == .terminee
        var content: [String: Any] = [
            "steps": steps, "needs": readiness.needs(in: language), "hasNeeds": !readiness.needs(in: language).isEmpty,
            "mayAdvance": readiness.mayAdvance && !finished, "revision": loaded.revision.number,
            "advanceAction": base + "/avancer", "currentTitle": readiness.current.title(in: language)
        ]
        // The earliest step that blocks advancing (as `status` says it), as a link.
        if finished {
            content["next"] = [
                "href": base + "/dossier",
                "label": language.pick(
                    fr: "Le parcours est terminé : partager le dossier",
                    en: "The journey is finished: share the dossier")
            ]
        } else if !readiness.mayAdvance {
            let step = readiness.steps.first { $0.step <= readiness.current && !$0.isComplete }?.step ?? readiness.current
            content["next"] = [
                "href": base + "/" + step.rawValue,
                "label": language.pick(
                    fr: "Compléter l’étape \(step.number). \(step.title(in: language))",
                    en: "Complete step \(step.number). \(step.title(in: language))")
            ]
        }
        return content
    }

    static func stateLabel(_ state: StepState, _ language: Language) -> String {
        switch state {
        case .nonCommencee: language.pick(fr: "○ non commencée", en: "○ not started")
        case .enCours: language.pick(fr: "◐ en cours", en: "◐ in progress")
        case .terminee: language.pick(fr: "✓ terminée", en: "✓ finished")
        case .aRevoir: language.pick(fr: "↺ à revoir", en: "↺ to review")
        }
    }

    /// `POST …/avancer`: finishes the current step (`AdvanceEdit`, the journey's rule), or says what is missing.
    static func advance(_ call: WebCall) async throws -> Response {
        do {
            try await call.apply(AdvanceEdit())
        } catch let refused as FormErrors {
            throw PageFailure(status: .conflict, message: refused.entries.map(\.message).joined(separator: " "))
        }
        return WebPage.redirect("/carnet/\(call.id.rawValue)", done: "avance")
    }
}
