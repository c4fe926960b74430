import Foundation
import Hummingbird
import JalonCore
import JalonDossier
import JalonLocale
import JalonStore

/// The counsellor's pages: the caseload of the dossiers shared with them (the `review` signals,
/// filterable and sortable, a summary and where people stand), one dossier, and notes.
enum CounsellorPages {
    static func caseload(_ call: WebCall) async throws -> Response {
        let session = try call.signedIn, language = call.language
        let links = call.services.links, repository = call.services.repository, projects = call.services.projects
        let review = CaseloadReview(), viewer = call.viewer
        let summaries = try await Blocking.run { () throws -> [CaseloadSummary] in
            try links.projects(sharedWith: session.subject).compactMap { id in
                guard let loaded = try? projects.load(id, from: repository) else { return nil }
                // Each project as the person lets this counsellor see it; no name unless they share it:
                // the pseudonym stands in (as in a minimised dossier).
                let seen = viewer.seen(loaded.project)
                return review.summary(
                    of: seen, kind: .project, person: seen.displayName ?? seen.pseudonym,
                    lastChange: seen.metadata.updated, fingerprintIntact: nil)
            }
        }
        let signal = call.query("signal").flatMap { CaseloadFlag(rawValue: $0) }
        let sort = call.query("tri") ?? "inactivite"
        var rows = summaries.filter { summary in signal.map { summary.flags.contains($0) } ?? true }
        switch sort {
        case "etape": rows.sort { ($0.currentStep.number, $0.person) < ($1.currentStep.number, $1.person) }
        case "nom": rows.sort { $0.person < $1.person }
        default: rows.sort { ($0.daysSinceChange, $0.person) > ($1.daysSinceChange, $1.person) }
        }
        func count(_ test: (CaseloadSummary) -> Bool) -> Int { summaries.filter(test).count }
        let perStep = Step.allCases.map { step in (step, count { $0.currentStep == step }) }
        let widest = max(1, perStep.map(\.1).max() ?? 1)
        let content: [String: Any] = [
            "summary": [
                ["count": summaries.count, "label": language.pick(fr: "dossiers partagés", en: "shared dossiers")],
                [
                    "count": count { $0.flags.contains(.inactive) },
                    "label": language.pick(fr: "sans activité depuis \(review.stalledDays) jours", en: "without activity for \(review.stalledDays) days")
                ],
                ["count": count { !$0.staleSteps.isEmpty }, "label": language.pick(fr: "avec des étapes à revoir", en: "with steps to review")],
                ["count": count { $0.flags.contains(.noTargetKept) }, "label": language.pick(fr: "sans piste retenue", en: "with no piste kept")],
                ["count": count { $0.flags.contains(.emptyPlan) }, "label": language.pick(fr: "avec un plan vide", en: "with an empty plan")]
            ],
            "chartTitle": language.pick(fr: "Où en sont les personnes (étape en cours)", en: "Where people stand (current step)"),
            "chartText": perStep.map { "\($0.0.title(in: language)) : \($0.1)" }.joined(separator: ", "),
            "chartHeight": perStep.count * 20 + 4,
            "chart": perStep.enumerated().map { index, entry -> [String: Any] in
                let width = entry.1 * 140 / widest
                return [
                    "label": "\(entry.0.number). \(entry.0.title(in: language))".prefix(16).description, "count": entry.1,
                    "width": width, "barY": index * 20 + 4, "textY": index * 20 + 15, "countX": 115 + width
                ]
            },
            "signals": CaseloadFlag.allCases.filter { $0 != .fingerprintAltered }.map {
                ["value": $0.rawValue, "label": $0.label(in: language, daysSinceChange: review.stalledDays), "selected": $0 == signal] as [String: Any]
            },
            "sorts": [
                ("inactivite", language.pick(fr: "inactivité", en: "inactivity")), ("etape", language.pick(fr: "étape", en: "step")),
                ("nom", language.pick(fr: "nom", en: "name"))
            ].map { ["value": $0.0, "label": $0.1, "selected": $0.0 == sort] as [String: Any] },
            "rowCount": rows.count,
            "rows": rows.map { summary -> [String: Any] in
                [
                    "href": "/conseil/\(summary.projectID.rawValue)", "name": summary.person,
                    "step": "\(summary.currentStep.number). \(summary.currentStep.title(in: language))",
                    "signals":
                        (summary.flags.map { $0.label(in: language, daysSinceChange: summary.daysSinceChange) }
                        + summary.staleSteps.map { language.pick(fr: "\($0.title(in: language)) à revoir", en: "\($0.title(in: language)) to review") })
                        .joined(separator: " · "),
                    "updated": summary.lastChange.day.description
                ]
            }
        ]
        return WebPage.render(call, template: "caseload", frame: .init(title: language.pick(fr: "Dossiers suivis", en: "Caseload")), content: content)
    }

    static func dossier(_ call: WebCall) async throws -> Response {
        try await dossierPage(call, typed: "", errors: [])
    }

    private static func dossierPage(_ call: WebCall, typed: String, errors: [FormErrors.Entry]) async throws -> Response {
        let loaded = try await call.load(), language = call.language, project = loaded.project, subject = try call.signedIn.subject
        let readiness = Readiness(project)
        let shared = project.synthese?.partagee != nil ? project.synthese?.paragraphes ?? [] : []
        let content: [String: Any] = [
            "exportHref": "/conseil/\(call.id.rawValue)/export",
            "facts": [
                ["label": language.pick(fr: "Dossier", en: "Dossier"), "value": project.displayName ?? project.pseudonym]
            ] + sharedFacts(of: project, language) + [
                [
                    "label": language.pick(fr: "Pistes retenues", en: "Kept pistes"),
                    "value": (project.pistes?.retenues ?? []).map(\.fiche.rawValue).joined(separator: ", ")
                ],
                ["label": language.pick(fr: "Actions du plan", en: "Plan actions"), "value": String(project.plan.count)]
            ],
            "steps": readiness.steps.map {
                [
                    "title": "\($0.step.number). \($0.step.title(in: language))", "stateClass": $0.state.rawValue,
                    "stateLabel": HomePage.stateLabel($0.state, language)
                ]
            },
            "synthese": shared, "hasSynthese": !shared.isEmpty,
            "notes": Step.allCases.flatMap { project.notes(on: $0) }.map { note -> [String: Any] in
                [
                    "section": note.section.title(in: language), "status": note.status.rawValue, "date": note.date.description,
                    "author": note.auteur, "text": note.texte, "id": note.id.rawValue,
                    // Only its author rewrites a note (EditNoteEdit): the form is offered on their own notes only.
                    "mine": note.auteur == subject, "editAction": "/conseil/\(call.id.rawValue)/notes/\(note.id.rawValue)",
                    "statuses": CounsellorNote.Status.allCases.map { ["value": $0.rawValue, "selected": $0 == note.status] as [String: Any] }
                ]
            },
            "noteAction": "/conseil/\(call.id.rawValue)/notes", "revision": loaded.revision.number, "typed": typed,
            "sections": Step.allCases.map { ["value": $0.rawValue, "label": $0.title(in: language)] },
            "statuses": CounsellorNote.Status.allCases.map(\.rawValue)
        ]
        return WebPage.render(
            call, template: "conseil-dossier",
            frame: .init(
                title: project.displayName ?? project.pseudonym, errors: errors,
                status: errors.isEmpty ? .ok : .unprocessableContent), content: content)
    }

    /// The personal data the person shares with this counsellor (`project` as they see it: the rest is gone).
    private static func sharedFacts(of project: Project, _ language: Language) -> [[String: String]] {
        guard let profil = project.profil else { return [] }
        var facts: [(String, String, String?)] = [
            ("Courriel", "E-mail", profil.contact?.courriel), ("Téléphone", "Phone", profil.contact?.telephone),
            ("Année de naissance", "Year of birth", profil.anneeNaissance.map(String.init)),
            ("Commune", "Commune", profil.commune.map(\.nom)), ("Situation", "Situation", profil.situation?.rawValue)
        ]
        if !profil.contraintes.isEmpty { facts.append(("Contraintes", "Constraints", profil.contraintes.joined(separator: " ; "))) }
        return facts.compactMap { fr, en, value in value.map { ["label": language.pick(fr: fr, en: en), "value": $0] } }
    }

    /// The dossier as the API exports it to a counsellor: HTML, minimised to what the person gave them.
    static func export(_ call: WebCall) async throws -> Response {
        let stored = try await call.loadStored().project
        return try await HistoryHandlers.exportResponse(
            project: call.id, format: "html", grant: call.viewer.exportGrant(of: stored, share: .all),
            services: call.services, language: call.language)
    }

    /// `POST /conseil/{id}/notes`: the API's note edit (`NoteHandlers`), signed with the counsellor's subject.
    static func addNote(_ call: WebCall) async throws -> Response {
        let session = try call.signedIn, form = call.form
        do {
            let draft = CounsellorNoteDraft(section: form["section"] ?? "", status: form["status"] ?? "", author: session.subject, text: form["text"] ?? "")
            try await call.apply(AddNoteEdit(draft))
            return WebPage.redirect("/conseil/\(call.id.rawValue)", done: "note")
        } catch let refused as FormErrors {
            return try await dossierPage(call, typed: form["text"] ?? "", errors: refused.entries)
        }
    }

    /// `POST /conseil/{id}/notes/{note}`: the counsellor rewrites the status and text of their own note (`EditNoteEdit`, as the API).
    static func editNote(_ call: WebCall) async throws -> Response {
        let session = try call.signedIn, form = call.form, note = call.parameter("note")
        do {
            // The text is always sent: an emptied one is refused by the edit, not taken as « unchanged ».
            try await call.apply(
                EditNoteEdit(note: note, author: session.subject, status: form["status"], text: form["text"] ?? ""),
                field: { "\($0 == "status" ? "status" : "text")-\(note)" })
            return WebPage.redirect("/conseil/\(call.id.rawValue)", done: "note")
        } catch let refused as FormErrors {
            return try await dossierPage(call, typed: "", errors: refused.entries)
        }
    }
}
