import JalonCore

/// Training paths: the ones the person wrote down (the chosen one marked, in words and by a border,
/// not by colour alone), then, per target, the paths Jalon showed with their steps — certification,
/// level, route — and the InserJeunes insertion rates with their cohort (millésime) and region.
enum TrainingSection {
    static let id = "formations"

    static func render(_ context: DossierHTMLContext, into html: inout HTMLWriter) {
        context.section(id, title: DossierHTML.heading(of: id, context), into: &html) { html in
            let formations = context.project.formations, parcours = context.project.parcours
            if formations.isEmpty && (parcours?.cibles.isEmpty ?? true) {
                context.empty("Aucun parcours de formation envisagé pour l’instant.", "No training path considered yet.", into: &html)
                return
            }
            if !formations.isEmpty { chosen(formations, context, into: &html) }
            for target in parcours?.cibles ?? [] { shown(target, formations, context, into: &html) }
        }
    }

    private static func certification(_ code: CertificationCode?, _ intitule: String?, _ context: DossierHTMLContext) -> String {
        switch (intitule, code) {
        case let (title?, code?): "\(title) (\(code))"
        case let (title?, nil): title
        case let (nil, code?): code.description
        case (nil, nil): context.pick("préparation sans certification", "preparatory course, no certification")
        }
    }

    private static func chosen(_ formations: [Formation], _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        html.element("table") { html in
            html.element("caption", text: context.pick("Formations envisagées par la personne", "Training the person is considering"))
            html.element("thead") { html in
                html.element("tr") { html in
                    for header in [
                        context.pick("Formation", "Training"), context.pick("Métier visé", "Target métier"),
                        context.pick("Niveau", "Level"), context.pick("Voie", "Route"), context.pick("Choix", "Choice")
                    ] {
                        html.element("th", ["scope": "col"], text: header)
                    }
                }
            }
            html.element("tbody") { html in
                for formation in formations {
                    html.element("tr", formation.choisie ? ["class": "choisie"] : [:]) { html in
                        html.element("th", ["scope": "row"]) { html in
                            html.text(certification(formation.certification, formation.intitule, context))
                            if let organisme = formation.organisme { html.void("br"); html.element("span", ["class": "meta"], text: organisme) }
                            if let commentaire = formation.commentaire { html.void("br"); html.element("span", ["class": "meta"], text: commentaire) }
                        }
                        html.element("td", text: targetName(formation.fiche, context))
                        html.element("td", text: formation.niveau?.label(in: context.language) ?? "—")
                        html.element("td", text: formation.voie.label(in: context.language))
                        html.element("td") { html in
                            if formation.choisie {
                                html.element("span", ["class": "badge choisie"], text: "✓ " + context.pick("choisie", "chosen"))
                            } else {
                                html.text(context.pick("envisagée", "considered"))
                            }
                        }
                    }
                }
            }
        }
    }

    private static func targetName(_ fiche: RomeCode, _ context: DossierHTMLContext) -> String {
        let project = context.project
        let label =
            project.pistes?.pistes.first { $0.fiche == fiche }?.libelle
            ?? project.parcours?.cibles.first { $0.fiche == fiche }?.libelle
        return label.map { "\($0) (\(fiche))" } ?? fiche.description
    }

    private static func shown(
        _ target: SavedPathTarget, _ formations: [Formation], _ context: DossierHTMLContext,
        into html: inout HTMLWriter
    ) {
        html.element("article", ["class": "cible"]) { html in
            html.element(
                "h3",
                text: context.pick("Parcours montrés vers ", "Paths shown towards ")
                    + (target.libelle.map { "\($0) (\(target.fiche))" } ?? target.fiche.description))
            for path in target.chemins.sorted(by: { $0.rang < $1.rang }) {
                let matchesChoice = path.etapes.contains { step in
                    formations.contains { $0.choisie && $0.fiche == target.fiche && $0.certification == step.certification && $0.voie == step.voie }
                }
                html.element("table", matchesChoice ? ["class": "chemin", "data-choisi": "oui"] : ["class": "chemin"]) { html in
                    html.element("caption") { html in
                        html.text(context.pick("Parcours \(path.rang) — score \(path.score) / 100", "Path \(path.rang) — score \(path.score) / 100"))
                        if matchesChoice {
                            html.text(" ")
                            html.element(
                                "span", ["class": "badge choisie"], text: "✓ " + context.pick("contient la formation choisie", "includes the chosen training"))
                        }
                    }
                    html.element("thead") { html in
                        html.element("tr") { html in
                            for header in [
                                context.pick("Étape", "Step"), context.pick("Niveau", "Level"), context.pick("Voie", "Route"),
                                context.pick("Insertion (InserJeunes)", "Employment (InserJeunes)")
                            ] {
                                html.element("th", ["scope": "col"], text: header)
                            }
                        }
                    }
                    html.element("tbody") { html in
                        for step in path.etapes {
                            html.element("tr") { html in
                                html.element("th", ["scope": "row"], text: certification(step.certification, step.intitule, context))
                                html.element("td", text: step.niveau?.label(in: context.language) ?? "—")
                                html.element("td", text: step.voie.label(in: context.language))
                                html.element(
                                    "td",
                                    text: step.insertion.map { $0.summary(in: context.language) }
                                        ?? context.pick("pas de taux publié", "no published rate"))
                            }
                        }
                    }
                }
                if !path.raisons.isEmpty {
                    html.element("ul", ["class": "raisons"]) { html in for reason in path.raisons { html.element("li", text: reason) } }
                }
            }
        }
    }
}
