import Hummingbird
import JalonCore
import JalonLocale

/// Profil, centres d'intérêt and synthèse: forms that build the same JalonCore edits as
/// `PUT /v1/projects/{id}/sections/{section}` (`ProfilEdit`, `RateCentresEdit`, `SyntheseEdit`). A refused value shows the page again with what was
/// typed and the message linked to its field.
enum SectionPages {
    // MARK: profil

    static func profil(_ call: WebCall) async throws -> Response {
        let loaded = try await call.load()
        let profil = loaded.project.profil ?? Profil()
        let typed = SectionHandlers.ProfilBody(
            nomAffiche: profil.nomAffiche, anneeNaissance: profil.anneeNaissance, situation: profil.situation?.rawValue,
            diplome: profil.diplome?.token, communeInsee: profil.commune?.codeInsee, communeNom: profil.commune?.nom,
            departement: profil.departement?.code, mobiliteKm: profil.mobiliteKm, contraintes: profil.contraintes,
            metiersQuiRecrutent: profil.metiersQuiRecrutent)
        return profilPage(call, typed: typed, revision: loaded.revision.number, errors: [])
    }

    static func saveProfil(_ call: WebCall) async throws -> Response {
        let form = call.form, language = call.language
        var errors: [FormErrors.Entry] = []
        func number(_ field: String) -> Int? {
            guard let text = form[field] else { return nil }
            guard let value = Int(text) else {
                errors.append(.init(field: field, message: language.pick(fr: "\(field) : un nombre est attendu", en: "\(field): a number is expected")))
                return nil
            }
            return value
        }
        // « oui » / « non » from the radio buttons; absent (an older page) leaves the preference as it is.
        var hiring: Bool?
        switch form["metiersQuiRecrutent"] {
        case nil: break
        case "oui": hiring = true
        case "non": hiring = false
        case let other?:
            errors.append(
                .init(
                    field: "metiersQuiRecrutent",
                    message: language.pick(
                        fr: "metiersQuiRecrutent : « \(other) » n’est ni oui ni non",
                        en: "metiersQuiRecrutent: '\(other)' is neither oui (yes) nor non (no)")))
        }
        let body = SectionHandlers.ProfilBody(
            nomAffiche: form["nomAffiche"], anneeNaissance: number("anneeNaissance"), situation: form["situation"], diplome: form["diplome"],
            communeInsee: form["communeInsee"], communeNom: form["communeNom"], departement: form["departement"].map { $0.uppercased() },
            mobiliteKm: number("mobiliteKm"),
            contraintes: (form["contraintes"] ?? "").split(whereSeparator: \.isNewline).map(String.init).filter {
                !$0.trimmingCharacters(in: .whitespaces).isEmpty
            },
            metiersQuiRecrutent: hiring)
        // A field the form sent empty is one the person emptied: it is cleared (ProfilEdit's rule), not kept.
        var edit = body.edit
        let emptied: [(ProfilEdit.Field, [String])] = [
            (.anneeNaissance, ["anneeNaissance"]), (.situation, ["situation"]), (.diplome, ["diplome"]),
            (.commune, ["communeInsee", "communeNom"]), (.departement, ["departement"]), (.mobiliteKm, ["mobiliteKm"])
        ]
        edit.clearing = Set(emptied.filter { _, names in names.allSatisfy { form.sent($0) && form[$0] == nil } }.map(\.0))
        if errors.isEmpty {
            do {
                try await call.apply(edit)
                return WebPage.redirect("/carnet/\(call.id.rawValue)/profil", done: "enregistre")
            } catch let refused as FormErrors {
                errors += refused.entries
            }
        }
        return profilPage(call, typed: body, revision: Int(form["revision"] ?? "") ?? 0, errors: errors)
    }

    private static func profilPage(_ call: WebCall, typed: SectionHandlers.ProfilBody, revision: Int, errors: [FormErrors.Entry]) -> Response {
        let language = call.language
        let diplomes: [DiplomeLePlusEleve] = [.aucun] + (3...8).compactMap { DiplomeLePlusEleve(token: String($0)) }
        let content: [String: Any] = [
            "action": "/carnet/\(call.id.rawValue)/profil", "revision": revision,
            "nomAffiche": typed.nomAffiche ?? "", "anneeNaissance": typed.anneeNaissance.map(String.init) ?? "",
            "communeInsee": typed.communeInsee ?? "", "communeNom": typed.communeNom ?? "", "departement": typed.departement ?? "",
            "mobiliteKm": typed.mobiliteKm.map(String.init) ?? "", "contraintes": (typed.contraintes ?? []).joined(separator: "\n"),
            "hiring": typed.metiersQuiRecrutent == true,
            "situations": Situation.allCases.map { ["value": $0.rawValue, "label": $0.label(in: language), "selected": $0.rawValue == typed.situation] },
            "diplomes": diplomes.map { ["value": $0.token, "label": diplomeLabel($0, language), "selected": $0.token == typed.diplome] }
        ]
        return WebPage.render(
            call, template: "profil",
            frame: .init(
                title: Step.profil.title(in: language), errors: errors,
                status: errors.isEmpty ? .ok : .unprocessableContent, step: "profil"),
            content: content)
    }

    static func diplomeLabel(_ diplome: DiplomeLePlusEleve, _ language: Language) -> String {
        diplome == .aucun ? language.pick(fr: "Aucun diplôme", en: "No diploma") : language.pick(fr: "Niveau \(diplome.token)", en: "Level \(diplome.token)")
    }

    // MARK: centres d'intérêt

    static func interets(_ call: WebCall) async throws -> Response {
        let loaded = try await call.load()
        let ratings = Dictionary(uniqueKeysWithValues: (loaded.project.interets?.centres ?? []).map { ($0.centre.rawValue, $0.rating.value) })
        return try await interetsPage(
            call, ratings: ratings, revision: loaded.revision.number, errors: [],
            profile: loaded.project.interets?.profil.map { "RIASEC \($0.code)" })
    }

    static func saveInterets(_ call: WebCall) async throws -> Response {
        let language = call.language
        var centres: [String: Int] = [:], errors: [FormErrors.Entry] = []
        for (key, value) in call.form.prefixed("centre-") where !value.isEmpty {
            guard let rating = Int(value) else {
                errors.append(.init(field: "centre-\(key)", message: language.pick(fr: "centre \(key) : note de 0 à 4", en: "centre \(key): rating 0 to 4")))
                continue
            }
            centres[key] = rating
        }
        if errors.isEmpty {
            do {
                let ratings = centres.compactMap { key, value in Int(key).map { (centre: $0, rating: value) } }
                try await call.apply(
                    RateCentresEdit(ratings: ratings, replacingAll: true),
                    field: { "centre-" + ($0.split(separator: ".").last.map(String.init) ?? "1") })
                return WebPage.redirect("/carnet/\(call.id.rawValue)/interets", done: "enregistre")
            } catch let refused as FormErrors {
                errors += refused.entries
            }
        }
        let typed = Dictionary(uniqueKeysWithValues: centres.compactMap { key, value in Int(key).map { ($0, value) } })
        return try await interetsPage(call, ratings: typed, revision: Int(call.form["revision"] ?? "") ?? 0, errors: errors)
    }

    private static func interetsPage(
        _ call: WebCall, ratings: [Int: Int], revision: Int, errors: [FormErrors.Entry],
        profile: String? = nil
    ) async throws -> Response {
        let cache = call.services.catalogue
        let centres = try await Blocking.run { try cache.get().catalogue.centresInteret }
        let content: [String: Any] = [
            "action": "/carnet/\(call.id.rawValue)/interets", "revision": revision,
            "questionnaire": "/carnet/\(call.id.rawValue)/questionnaire", "profile": profile.map { [$0] } ?? [],
            "centres": centres.map { centre in
                let rating = ratings[centre.code.rawValue]
                return [
                    "code": centre.code.rawValue, "label": centre.label, "unrated": rating == nil,
                    "options": Rating.range.map { ["value": $0, "checked": $0 == rating] }
                ] as [String: Any]
            }
        ]
        return WebPage.render(
            call, template: "interets",
            frame: .init(
                title: Step.interets.title(in: call.language), errors: errors,
                status: errors.isEmpty ? .ok : .unprocessableContent, step: "interets"),
            content: content)
    }

    // MARK: synthèse

    static func synthese(_ call: WebCall) async throws -> Response {
        let loaded = try await call.load()
        let paragraphes = loaded.project.synthese?.paragraphes ?? []
        return synthesePage(call, paragraphes: paragraphes, typed: paragraphes.joined(separator: "\n\n"), revision: loaded.revision.number, errors: [])
    }

    static func saveSynthese(_ call: WebCall) async throws -> Response {
        let text = call.form["texte"] ?? ""
        // Paragraphs are separated by a blank line; single line breaks stay inside a paragraph.
        let paragraphes = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        do {
            try await call.apply(SyntheseEdit(paragraphes: paragraphes), field: { _ in "texte" })
            return WebPage.redirect("/carnet/\(call.id.rawValue)/synthese", done: "enregistre")
        } catch let refused as FormErrors {
            let loaded = try await call.load()
            return synthesePage(
                call, paragraphes: loaded.project.synthese?.paragraphes ?? [], typed: text,
                revision: Int(call.form["revision"] ?? "") ?? loaded.revision.number, errors: refused.entries)
        }
    }

    private static func synthesePage(_ call: WebCall, paragraphes: [String], typed: String, revision: Int, errors: [FormErrors.Entry]) -> Response {
        WebPage.render(
            call, template: "synthese",
            frame: .init(
                title: Step.synthese.title(in: call.language), errors: errors,
                status: errors.isEmpty ? .ok : .unprocessableContent, step: "synthese"),
            content: [
                "action": "/carnet/\(call.id.rawValue)/synthese", "revision": revision, "texte": typed,
                "paragraphes": paragraphes, "hasParagraphes": !paragraphes.isEmpty
            ])
    }
}
