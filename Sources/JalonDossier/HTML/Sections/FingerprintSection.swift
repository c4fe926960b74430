/// The dossier's fingerprint: SHA-256 of the canonical XML (C14N) of the minimised project document,
/// the same in every export format; the XML export lets anyone check it (`jalon verify-dossier`).
enum FingerprintSection {
    static let id = "empreinte"

    static func render(_ context: DossierHTMLContext, into html: inout HTMLWriter) {
        context.section(id, title: DossierHTML.heading(of: id, context), into: &html) { html in
            html.element("div", ["class": "empreinte"]) { html in
                html.element("code", ["id": "empreinte-valeur"], text: context.dossier.fingerprint)
            }
            html.element(
                "p",
                text: context.pick(
                    "SHA-256 de la forme canonique (C14N) du document projet tel qu’il est partagé, révision \(context.dossier.revision). Le même dossier exporté en XML porte la même empreinte ; « jalon verify-dossier » la recalcule.",
                    "SHA-256 of the canonical form (C14N) of the project document as shared, revision \(context.dossier.revision). The same dossier exported as XML states the same fingerprint; “jalon verify-dossier” recomputes it."
                ))
        }
    }
}
