import Foundation
import Hummingbird
import JalonCatalog
import JalonCore
import JalonLocale

/// Keeping or setting aside a suggested métier, and the training paths towards each kept one.
enum TargetPages {
    /// `POST …/pistes/decision`: `decision=retenir` keeps the métier `fiche` (`KeepMetierEdit`), `ecarter` sets it aside (`DropMetierEdit`).
    static func decide(_ call: WebCall) async throws -> Response {
        let fiche = call.form["fiche"] ?? ""
        return call.form["decision"] == "ecarter" ? try await decide(call, DropMetierEdit(fiche: fiche))
            : try await decide(call, KeepMetierEdit(fiche: fiche))
    }

    private static func decide<Edit: ProjectEdit>(_ call: WebCall, _ edit: Edit) async throws -> Response {
        do {
            try await call.apply(edit)
        } catch let errors as FormErrors {
            throw PageFailure(status: .unprocessableContent, message: errors.entries.map(\.message).joined(separator: " "))
        }
        return WebPage.redirect("/carnet/\(call.id.rawValue)/pistes", done: "enregistre")
    }

    static func formations(_ call: WebCall) async throws -> Response {
        let loaded = try await call.load(), language = call.language, cache = call.services.catalogue
        let catalogue = try await Blocking.run { try cache.get().catalogue }
        let project = loaded.project
        let today = Timestamp.now().day
        let targets = (project.pistes?.retenues ?? []).compactMap { piste -> [String: Any]? in
            guard let input = catalogue.trainingPathsInput(target: piste.fiche, project: project, today: today, offers: nil) else { return nil }
            let paths = TrainingPaths(input).paths.prefix(5)
            let target = SavedPathTarget(fiche: piste.fiche, libelle: input.target.fiche.label, paths: Array(paths), language: language)
            let chosen = project.formations.first { $0.fiche == piste.fiche && $0.choisie }
            return [
                "code": piste.fiche.rawValue, "label": target.libelle ?? piste.fiche.rawValue,
                "chosen": chosen.map { [$0.certification?.description, $0.intitule].compactMap { $0 }.joined(separator: " ") } ?? "",
                "paths": target.chemins.map { path -> [String: Any] in
                    let last = path.etapes.last
                    return ["score": path.score, "reasons": path.raisons, "hasReasons": !path.raisons.isEmpty,
                            "fiche": piste.fiche.rawValue, "certification": last?.certification?.description ?? "",
                            "voie": last?.voie.rawValue ?? "", "firstTitle": last?.intitule ?? "",
                            "steps": path.etapes.map { step -> [String: Any] in
                                ["title": [step.certification?.description, step.intitule].compactMap { $0 }.joined(separator: " "),
                                 "level": step.niveau.map { String($0.rawValue) } ?? "", "route": step.voie.label(in: language),
                                 "insertion": step.insertion?.emploi12Mois.map {
                                     language.pick(fr: "\($0) % en emploi à 12 mois (InserJeunes \(step.insertion!.millesime))",
                                                   en: "\($0)% in work after 12 months (InserJeunes \(step.insertion!.millesime))")
                                 } ?? ""]
                            }]
                },
                "sources": catalogue.stampDescription,
            ]
        }
        let content: [String: Any] = ["targets": targets, "hasTargets": !targets.isEmpty, "revision": loaded.revision.number,
                                      "action": "/carnet/\(call.id.rawValue)/formations"]
        return WebPage.render(call, template: "formations", frame: .init(title: Step.formations.title(in: language), step: "formations"), content: content)
    }

    /// `POST …/formations`: the path chosen (the certification it leads to, and its route).
    static func choose(_ call: WebCall) async throws -> Response {
        let form = call.form
        do {
            try await call.apply(ChoosePathEdit(fiche: form["fiche"] ?? "", certification: form["certification"] ?? "", voie: form["voie"]))
        } catch let errors as FormErrors {
            throw PageFailure(status: .unprocessableContent, message: errors.entries.map(\.message).joined(separator: " "))
        }
        return WebPage.redirect("/carnet/\(call.id.rawValue)/formations", done: "enregistre")
    }
}
