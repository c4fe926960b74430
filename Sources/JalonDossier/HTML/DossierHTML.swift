import JalonCore
import JalonLocale

/// The dossier as one self-contained HTML5 page: inline CSS and SVG only, nothing fetched, readable on
/// screen and printed on A4, French by default. The markup is also well-formed XML (once the
/// `<!DOCTYPE html>` line is set aside), so it can be checked with an XML parser, and every text from
/// the project is escaped by `HTMLWriter`.
///
/// Sections, with stable ids: `qui`, `interets`, `competences`, `pistes`, `formations`, `plan`,
/// `notes`, `synthese`, `revisions`, `sources`, `empreinte`.
public enum DossierHTML {
    /// The section ids, in page order.
    public static let sectionIDs = sections.map { $0.id }

    static let sections: [(id: String, render: @Sendable (DossierHTMLContext, inout HTMLWriter) -> Void)] = [
        (WhoSection.id, WhoSection.render), (InterestsSection.id, InterestsSection.render),
        (SkillsSection.id, SkillsSection.render), (PistesSection.id, PistesSection.render),
        (TrainingSection.id, TrainingSection.render), (PlanSection.id, PlanSection.render),
        (NotesSection.id, NotesSection.render), (SyntheseSection.id, SyntheseSection.render),
        (RevisionsSection.id, RevisionsSection.render), (SourcesSection.id, SourcesSection.render),
        (FingerprintSection.id, FingerprintSection.render)
    ]

    public static func render(_ dossier: Dossier, language: Language) -> String {
        let context = DossierHTMLContext(dossier: dossier, language: language)
        let title = context.pick("Dossier de projet professionnel", "Career plan dossier") + " — " + dossier.personLabel
        var html = HTMLWriter()
        html.element("html", ["lang": language.rawValue]) { html in
            html.element("head") { html in
                html.void("meta", ["charset": "utf-8"])
                html.void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                // Nothing may be fetched: no network, no image, no font, no script.
                html.void(
                    "meta",
                    [
                        "http-equiv": "Content-Security-Policy",
                        "content": "default-src 'none'; style-src 'unsafe-inline'"
                    ])
                html.void("meta", ["name": "generator", "content": "Jalon"])
                html.element("title", text: title)
                html.style(DossierHTMLStyle.css)
            }
            html.element("body") { html in
                html.element("header", ["class": "entete"]) { html in
                    html.element("h1", text: title)
                    html.element("p", ["class": "meta"]) { html in
                        html.text(
                            context.pick("Révision \(dossier.revision), exporté le ", "Revision \(dossier.revision), exported on ")
                                + context.format(dossier.exported) + " · " + context.pick("empreinte ", "fingerprint "))
                        html.element("code", text: String(dossier.fingerprint.prefix(12)) + "…")
                    }
                    html.element("nav", ["aria-label": context.pick("Sommaire", "Contents")]) { html in
                        html.element("ol", ["class": "sommaire"]) { html in
                            for section in sections {
                                html.element("li") { $0.element("a", ["href": "#" + section.id], text: heading(of: section.id, context)) }
                            }
                        }
                    }
                }
                html.element("main") { html in
                    for section in sections { section.render(context, &html) }
                }
            }
        }
        return "<!DOCTYPE html>\n" + html.output + "\n"
    }

    /// A section's `<h2>` text, shared by the table of contents and the section itself.
    static func heading(of id: String, _ context: DossierHTMLContext) -> String {
        switch id {
        case WhoSection.id: context.pick("Qui", "Who")
        case InterestsSection.id: context.pick("Intérêts", "Interests")
        case SkillsSection.id: context.pick("Compétences", "Skills")
        case PistesSection.id: context.pick("Pistes retenues", "Kept career leads")
        case TrainingSection.id: context.pick("Parcours de formation", "Training paths")
        case PlanSection.id: context.pick("Plan d’action", "Action plan")
        case NotesSection.id: context.pick("Notes du conseiller", "Counsellor notes")
        case SyntheseSection.id: context.pick("Synthèse de la personne", "The person’s summary")
        case RevisionsSection.id: context.pick("Historique des révisions", "Revision history")
        case SourcesSection.id: context.pick("Sources des données", "Data sources")
        case FingerprintSection.id: context.pick("Empreinte du dossier", "Dossier fingerprint")
        default: id
        }
    }
}
