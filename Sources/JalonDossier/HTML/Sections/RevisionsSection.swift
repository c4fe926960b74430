/// The revision summary: every revision up to the exported one, who made it (a counsellor by name, the
/// person as "the person") and what it changed.
enum RevisionsSection {
    static let id = "revisions"

    static func render(_ context: DossierHTMLContext, into html: inout HTMLWriter) {
        context.section(id, title: DossierHTML.heading(of: id, context), into: &html) { html in
            let history = context.dossier.history
            guard !history.isEmpty else {
                context.empty("Historique non fourni.", "No history supplied.", into: &html)
                return
            }
            html.element("table") { html in
                html.element(
                    "caption",
                    text: context.pick(
                        "\(history.count) révision(s), jusqu’à la révision \(context.dossier.revision) exportée",
                        "\(history.count) revision(s), up to the exported revision \(context.dossier.revision)"))
                html.element("thead") { html in
                    html.element("tr") { html in
                        html.element("th", ["scope": "col", "class": "nombre"], text: context.pick("N°", "No."))
                        html.element("th", ["scope": "col"], text: context.pick("Date", "Date"))
                        html.element("th", ["scope": "col"], text: context.pick("Auteur", "Author"))
                        html.element("th", ["scope": "col"], text: context.pick("Ce qui a changé", "What changed"))
                    }
                }
                html.element("tbody") { html in
                    for revision in history {
                        html.element("tr") { html in
                            html.element("th", ["scope": "row", "class": "nombre"], text: String(revision.number))
                            html.element("td", text: context.format(revision.created))
                            html.element("td", text: revision.roleLabel(in: context.language) + (revision.counsellorName.map { " (\($0))" } ?? ""))
                            html.element("td", text: revision.message)
                        }
                    }
                }
            }
        }
    }
}
