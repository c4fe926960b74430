import JalonCore

/// The métiers the person kept, first choice first: the score, its parts and the reasons as Jalon
/// showed them (from the saved suggestions, never recomputed), what is still to acquire, and the
/// person's own remarks; then, briefly, the leads suggested and set aside.
enum PistesSection {
    static let id = "pistes"

    static func render(_ context: DossierHTMLContext, into html: inout HTMLWriter) {
        context.section(id, title: DossierHTML.heading(of: id, context), into: &html) { html in
            let pistes = context.project.pistes ?? Pistes()
            if pistes.retenues.isEmpty {
                context.empty("Aucune piste retenue pour l’instant.", "No career lead kept yet.", into: &html)
            }
            for metier in context.dossier.keptMetiers {
                keptPiste(metier, suggestion: context.project.suggestions?.suggestions.first { $0.fiche == metier.fiche }, context, into: &html)
            }
            others(pistes, context, into: &html)
        }
    }

    private static func name(_ fiche: RomeCode, _ libelle: String?) -> String {
        libelle.map { "\($0) (\(fiche))" } ?? fiche.description
    }

    private static func keptPiste(_ piste: DossierMetier, suggestion: SavedSuggestion?, _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        html.element("article", ["class": "piste"]) { html in
            let rank = piste.rang.map { context.pick("Choix \($0) : ", "Choice \($0): ") } ?? ""
            html.element("h3", text: rank + name(piste.fiche, piste.libelle))
            guard let suggestion else {
                html.element(
                    "p", ["class": "vide"],
                    text: context.pick(
                        "Pas de score enregistré : ce métier n’était pas parmi les suggestions montrées.",
                        "No saved score: this métier was not among the suggestions shown."))
                comments(piste, context, into: &html)
                return
            }
            ScoreBar.render(score: suggestion.score, label: context.pick("Score d’adéquation", "Match score"), context, into: &html)
            html.element(
                "p", ["class": "meta"],
                text: context.pick(
                    "Rang \(suggestion.rang) parmi les suggestions enregistrées.",
                    "Rank \(suggestion.rang) among the saved suggestions."))
            if !suggestion.composantes.isEmpty { components(suggestion, context, into: &html) }
            debouches(piste, context, into: &html)
            if !suggestion.raisons.isEmpty {
                html.element("p", text: context.pick("Pourquoi :", "Why:"))
                html.element("ul", ["class": "raisons"]) { html in
                    for reason in suggestion.raisons { html.element("li", text: reason) }
                }
            }
            let missing = suggestion.composantes.flatMap(\.elements).filter { $0.role == .manque }
            if !missing.isEmpty {
                html.element("p", ["class": "manque"]) { html in
                    html.element("strong", text: context.pick("À acquérir : ", "To acquire: "))
                    html.text(missing.map { $0.libelle ?? $0.code }.joined(separator: " ; "))
                }
            }
            comments(piste, context, into: &html)
        }
    }

    /// The family's tension in the person's place, every component said, unfavourable ones marked.
    private static func debouches(_ piste: DossierMetier, _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        guard let tension = context.dossier.references.debouches[piste.fiche] else { return }
        let language = context.language
        html.element("div", ["class": "debouches"]) { html in
            html.element("p") { html in
                html.element("strong", text: tension.headline(in: language))
                html.text(" : " + tension.meaning(in: language) + ".")
            }
            html.element("ul") { html in
                for component in tension.components {
                    if component.isUnfavourable {
                        html.element("li", ["class": "defavorable"], text: component.sentence(in: language) + context.pick(" — à savoir", " — worth knowing"))
                    } else {
                        html.element("li", text: component.sentence(in: language))
                    }
                }
                if let salary = tension.salaryLine(in: language) { html.element("li", text: salary) }
            }
            for caveat in tension.caveats(in: language) { html.element("p", ["class": "meta"], text: caveat) }
        }
    }

    /// Each part's value, weight and points; the points add up to the score (a total row says so).
    /// Records saved before Jalon kept points show the value and weight only.
    private static func components(_ suggestion: SavedSuggestion, _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        let withPoints = suggestion.composantes.allSatisfy { $0.points != nil }
        html.element("table") { html in
            html.element(
                "caption",
                text: context.pick(
                    "Composantes du score (mobilité et préférences : part de l’écart à 100 que le bonus comble)",
                    "Score components (mobility and preferences: share of the gap to 100 the bonus closes)"))
            html.element("thead") { html in
                html.element("tr") { html in
                    html.element("th", ["scope": "col"], text: context.pick("Composante", "Component"))
                    html.element("th", ["scope": "col", "class": "nombre"], text: context.pick("Valeur (sur 100)", "Value (out of 100)"))
                    html.element("th", ["scope": "col", "class": "nombre"], text: context.pick("Poids", "Weight"))
                    if withPoints { html.element("th", ["scope": "col", "class": "nombre"], text: context.pick("Points", "Points")) }
                }
            }
            html.element("tbody") { html in
                for component in suggestion.composantes {
                    html.element("tr") { html in
                        html.element("th", ["scope": "row"], text: componentName(component.nom, context))
                        html.element("td", ["class": "nombre"], text: decimal(component.valeur, context))
                        html.element("td", ["class": "nombre"], text: decimal(component.poids, context))
                        if withPoints, let points = component.points { html.element("td", ["class": "nombre"], text: decimal(points, context)) }
                    }
                }
                if withPoints {
                    let total = ScoreFigure(thousandths: suggestion.composantes.reduce(0) { $0 + ($1.points?.thousandths ?? 0) })!
                    html.element("tr") { html in
                        html.element(
                            "th", ["scope": "row", "colspan": "3"],
                            text: context.pick(
                                "Total (score arrondi : \(suggestion.score))",
                                "Total (rounded score: \(suggestion.score))"))
                        html.element("td", ["class": "nombre"], text: decimal(total, context))
                    }
                }
            }
        }
    }

    private static func comments(_ piste: DossierMetier, _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        guard !piste.commentaires.isEmpty else { return }
        html.element("p", text: context.pick("Ce qu’en dit la personne :", "What the person says:"))
        html.element("ul") { html in for comment in piste.commentaires { html.element("li", text: comment) } }
    }

    /// Suggested and set-aside leads, in one table: a counsellor sees what was considered and why not.
    private static func others(_ pistes: Pistes, _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        let rows = pistes.suggerees.map { ($0, context.pick("suggérée", "suggested")) } + pistes.ecartees.map { ($0, context.pick("écartée", "set aside")) }
        guard !rows.isEmpty else { return }
        html.element("table") { html in
            html.element("caption", text: context.pick("Autres pistes considérées", "Other leads considered"))
            html.element("thead") { html in
                html.element("tr") { html in
                    html.element("th", ["scope": "col"], text: context.pick("Métier", "Métier"))
                    html.element("th", ["scope": "col"], text: context.pick("Statut", "Status"))
                    html.element("th", ["scope": "col"], text: context.pick("Remarques", "Remarks"))
                }
            }
            html.element("tbody") { html in
                for (piste, status) in rows {
                    html.element("tr") { html in
                        html.element("th", ["scope": "row"], text: name(piste.fiche, piste.libelle))
                        html.element("td", text: status)
                        html.element("td", text: piste.commentaires.joined(separator: " ; "))
                    }
                }
            }
        }
    }

    private static func componentName(_ token: String, _ context: DossierHTMLContext) -> String {
        switch token {
        case "interets": context.pick("intérêts", "interests")
        case "competences": context.pick("compétences", "skills")
        case "acces": context.pick("accès (diplôme)", "access (qualification)")
        case "mobilite": context.pick("mobilité depuis les métiers exercés", "moves from past jobs")
        case "preferences": context.pick("préférences", "preferences")
        case "debouches": context.pick("débouchés (métiers qui recrutent)", "prospects (jobs that are hiring)")
        default: token
        }
    }

    /// `87,5` in French, `87.5` in English.
    static func decimal(_ figure: ScoreFigure, _ context: DossierHTMLContext) -> String {
        context.language == .fr ? figure.description.replacing(".", with: ",") : figure.description
    }
}
