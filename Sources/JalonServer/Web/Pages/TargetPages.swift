import Foundation
import Hummingbird
import JalonCatalogue
import JalonCore
import JalonLocale
import JalonStore

/// Keeping or setting aside a suggested métier, and the training paths towards each kept one.
enum TargetPages {
    /// `POST …/pistes/decision`: `decision=retenir` keeps the métier `fiche` (`KeepMetierEdit`), `ecarter` sets it aside (`DropMetierEdit`).
    static func decide(_ call: WebCall) async throws -> Response {
        let fiche = call.form["fiche"] ?? ""
        return call.form["decision"] == "ecarter"
            ? try await decide(call, DropMetierEdit(fiche: fiche))
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
            guard let target = shownPaths(to: piste.fiche, in: project, catalogue: catalogue, today: today, language: language) else { return nil }
            let chosen = project.formations.first { $0.fiche == piste.fiche && $0.choisie }
            return [
                "code": piste.fiche.rawValue, "label": target.libelle ?? piste.fiche.rawValue,
                "chosen": chosen.map { [[$0.certification?.description, $0.intitule].compactMap { $0 }.joined(separator: " ")] } ?? [],
                "paths": target.chemins.map { path -> [String: Any] in
                    let last = path.etapes.last
                    return [
                        "score": path.score, "reasons": path.raisons, "hasReasons": !path.raisons.isEmpty,
                        "fiche": piste.fiche.rawValue, "certification": last?.certification?.description ?? "",
                        "voie": last?.voie.rawValue ?? "", "firstTitle": last?.intitule ?? "",
                        "steps": path.etapes.map { step -> [String: Any] in
                            [
                                "title": [step.certification?.description, step.intitule].compactMap { $0 }.joined(separator: " "),
                                "level": step.niveau.map { String($0.rawValue) } ?? "", "route": step.voie.label(in: language),
                                "insertion": step.insertion?.emploi12Mois.map {
                                    language.pick(
                                        fr: "\($0) % en emploi à 12 mois (InserJeunes \(step.insertion!.millesime))",
                                        en: "\($0)% in work after 12 months (InserJeunes \(step.insertion!.millesime))")
                                } ?? ""
                            ]
                        }
                    ]
                },
                "sources": catalogue.stampDescription
            ]
        }
        let content: [String: Any] = [
            "targets": targets, "hasTargets": !targets.isEmpty, "revision": loaded.revision.number,
            "action": "/carnet/\(call.id.rawValue)/formations"
        ]
        return WebPage.render(call, template: "formations", frame: .init(title: Step.formations.title(in: language), step: "formations"), content: content)
    }

    /// As many paths per kept métier as `jalon demo` and `jalon formations` show and save.
    static let pathsShown = 3

    /// The best paths to `fiche` for this project today, as the page shows them and the choice saves them.
    static func shownPaths(to fiche: RomeCode, in project: Project, catalogue: Catalogue, today: Day, language: Language) -> SavedPathTarget? {
        guard let input = catalogue.trainingPathsInput(target: fiche, project: project, today: today, offers: nil) else { return nil }
        return SavedPathTarget(fiche: fiche, libelle: input.target.fiche.label, paths: Array(TrainingPaths(input).paths.prefix(pathsShown)), language: language)
    }

    /// `POST …/formations`: the paths shown are saved (`RecordPathsEdit`, as `POST …/formations/{code}`: the
    /// choice reads its title, level and route from them), then the one chosen (the certification it leads to, and its route).
    static func choose(_ call: WebCall) async throws -> Response {
        let form = call.form, cache = call.services.catalogue
        let catalogue = try await Blocking.run { try cache.get().catalogue }
        let choice = ChoosePathEdit(fiche: form["fiche"] ?? "", certification: form["certification"] ?? "", voie: form["voie"])
        do {
            if let fiche = form["fiche"].flatMap({ RomeCode($0.uppercased()) }),
                let target = shownPaths(to: fiche, in: try await call.load().project, catalogue: catalogue, today: Timestamp.now().day, language: call.language)
            {
                try await call.apply(
                    EditPair(
                        first: RecordPathsEdit(target: target, catalogue: catalogue.stampDescription, engine: JalonVersion.current),
                        second: choice))
            } else {
                try await call.apply(choice)
            }
        } catch let errors as FormErrors {
            throw PageFailure(status: .unprocessableContent, message: errors.entries.map(\.message).joined(separator: " "))
        }
        return WebPage.redirect("/carnet/\(call.id.rawValue)/formations", done: "enregistre")
    }
}
