/// Where the saved results came from: for the suggestions and the training paths, the catalogue version
/// and each of its sources with its own version or date (`rome@v460` reads "rome v460"), when it was
/// computed and by which engine; and the catalogue the page's skill categories and centre labels come
/// from.
enum SourcesSection {
    static let id = "sources"

    static func render(_ context: DossierHTMLContext, into html: inout HTMLWriter) {
        context.section(id, title: DossierHTML.heading(of: id, context), into: &html) { html in
            let sources = context.dossier.sources
            if let catalogue = context.dossier.references.catalogue {
                html.element(
                    "p",
                    text: context.pick(
                        "Catégories des compétences et libellés des centres d’intérêt : catalogue \(catalogue), à l’export.",
                        "Skill categories and centre of interest labels: catalogue \(catalogue), at export."))
            }
            guard !sources.isEmpty else {
                context.empty("Aucun résultat calculé n’est enregistré dans ce dossier.", "No computed result is saved in this dossier.", into: &html)
                return
            }
            html.element("table") { html in
                html.element("caption", text: context.pick("Données et moteur des résultats enregistrés", "Data and engine behind the saved results"))
                html.element("thead") { html in
                    html.element("tr") { html in
                        html.element("th", ["scope": "col"], text: context.pick("Résultat", "Result"))
                        html.element("th", ["scope": "col"], text: context.pick("Catalogue et sources", "Catalogue and sources"))
                        html.element("th", ["scope": "col"], text: context.pick("Calculé le", "Computed on"))
                        html.element("th", ["scope": "col"], text: context.pick("Moteur", "Engine"))
                    }
                }
                html.element("tbody") { html in
                    for source in sources {
                        html.element("tr") { html in
                            html.element("th", ["scope": "row"], text: source.result.label(in: context.language))
                            html.element("td") { html in catalogue(source.catalogue, context, into: &html) }
                            html.element("td", text: context.format(source.computed))
                            html.element("td", text: "Jalon " + source.engine)
                        }
                    }
                }
            }
            html.element(
                "p", ["class": "meta"],
                text: context.pick(
                    "Les résultats sont ceux que la personne a vus : ils ne sont pas recalculés à l’export.",
                    "The results are those the person saw: they are not recomputed at export."))
        }
    }

    /// `2.1 (rome@v460 rncp@2026-02-01)` → "catalogue 2.1" and a list "rome v460", "rncp 2026-02-01";
    /// a version written otherwise is shown as it is.
    private static func catalogue(_ text: String, _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else {
            html.text(text)
            return
        }
        let version = text[..<open].trimmingSpaces
        let parts = text[text.index(after: open)..<text.index(before: text.endIndex)].split(separator: " ")
        html.text(context.pick("catalogue ", "catalogue ") + version)
        html.element("ul", ["class": "source-detail"]) { html in
            for part in parts {
                let pieces = part.split(separator: "@", maxSplits: 1)
                html.element("li", text: pieces.count == 2 ? "\(pieces[0]) \(pieces[1])" : String(part))
            }
        }
    }
}

private extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
