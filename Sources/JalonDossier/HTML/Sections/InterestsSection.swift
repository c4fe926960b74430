import JalonCore

/// What draws the person: the RIASEC profile (hexagon, Holland code, table of scores) and the centres
/// d'intérêt they rated, named as `Dossier.centreLabel` says (the catalogue's words when the dossier
/// was made with one).
enum InterestsSection {
    static let id = "interets"

    static func render(_ context: DossierHTMLContext, into html: inout HTMLWriter) {
        context.section(id, title: DossierHTML.heading(of: id, context), into: &html) { html in
            guard let interets = context.project.interets else {
                context.empty("Étape pas encore commencée.", "Step not started yet.", into: &html)
                return
            }
            if let profile = interets.profil {
                html.element("p", ["class": "holland"]) { html in
                    html.text(context.pick("Code de Holland : ", "Holland code: "))
                    html.element("strong", text: profile.code)
                    html.text(" (" + profile.ranked.prefix(3).map { $0.name(in: context.language) }.joined(separator: ", ") + ")")
                }
                html.element("div", ["class": "graphique"]) { html in
                    RiasecHexagon.render(profile, context, into: &html)
                    scores(profile, context, into: &html)
                }
                html.element("p", ["class": "meta"], text: context.pick("Profil calculé le ", "Profile computed on ") + context.format(profile.computed) + ".")
            } else {
                let answered = interets.riasec?.reponses.count ?? 0
                context.empty(
                    "Profil RIASEC pas encore calculé (\(answered) réponses au questionnaire).",
                    "RIASEC profile not computed yet (\(answered) questionnaire answers).", into: &html)
            }
            centres(interets, context, into: &html)
        }
    }

    private static func scores(_ profile: SavedRiasecProfile, _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        html.element("table") { html in
            html.element("caption", text: context.pick("Scores RIASEC (sur 100)", "RIASEC scores (out of 100)"))
            html.element("thead") { html in
                html.element("tr") { html in
                    html.element("th", ["scope": "col"], text: context.pick("Type", "Type"))
                    html.element("th", ["scope": "col", "class": "nombre"], text: context.pick("Score", "Score"))
                }
            }
            html.element("tbody") { html in
                for type in RiasecType.allCases {
                    html.element("tr") { html in
                        html.element("th", ["scope": "row"], text: "\(type.rawValue) — \(type.name(in: context.language))")
                        html.element("td", ["class": "nombre"], text: String(profile[type]))
                    }
                }
            }
        }
    }

    private static func centres(_ interets: Interets, _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        guard !interets.centres.isEmpty else { return }
        html.element("table") { html in
            html.element("caption", text: context.pick("Centres d’intérêt ROME notés (0 à 4)", "ROME centres of interest rated (0 to 4)"))
            html.element("thead") { html in
                html.element("tr") { html in
                    html.element("th", ["scope": "col"], text: context.pick("Centre d’intérêt", "Centre of interest"))
                    html.element("th", ["scope": "col", "class": "nombre"], text: context.pick("Note", "Rating"))
                }
            }
            html.element("tbody") { html in
                for rating in context.dossier.ratedCentres {
                    html.element("tr") { html in
                        html.element("th", ["scope": "row"], text: context.dossier.centreLabel(rating.centre, in: context.language))
                        html.element("td", ["class": "nombre"], text: "\(rating.rating.value) / 4")
                    }
                }
            }
        }
    }
}
