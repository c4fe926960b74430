import JalonCore

/// The person's own account (step 7), paragraph by paragraph, as they wrote it.
enum SyntheseSection {
    static let id = "synthese"

    static func render(_ context: DossierHTMLContext, into html: inout HTMLWriter) {
        context.section(id, title: DossierHTML.heading(of: id, context), into: &html) { html in
            guard let synthese = context.project.synthese, !synthese.paragraphes.isEmpty else {
                context.empty("Synthèse pas encore rédigée.", "Summary not written yet.", into: &html)
                return
            }
            for paragraph in synthese.paragraphes { html.element("p", text: paragraph) }
            if let shared = synthese.partagee {
                html.element("p", ["class": "meta"], text: context.pick("Partagée le ", "Shared on ") + context.format(shared) + ".")
            }
        }
    }
}
