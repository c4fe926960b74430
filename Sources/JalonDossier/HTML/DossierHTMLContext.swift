import JalonCore
import JalonLocale

/// What every section renderer reads: the dossier, the language, and the few ways the page writes
/// dates and headings, so all sections write them alike.
struct DossierHTMLContext {
    let dossier: Dossier
    let language: Language

    var project: Project { dossier.project }

    func pick(_ french: String, _ english: String) -> String { language.pick(fr: french, en: english) }

    /// `15/09/2026` in French, `2026-09-15` in English (unambiguous for an international reader).
    func format(_ day: Day) -> String {
        language == .fr ? Day.twoDigits(day.day) + "/" + Day.twoDigits(day.month) + "/" + String(day.year) : day.iso8601
    }

    /// The day and the UTC time to the minute: the document stores UTC and so does the page.
    func format(_ instant: Timestamp) -> String {
        let clock = instant.iso8601.dropFirst(11).prefix(5)
        return format(instant.day) + " " + pick("à ", "at ") + clock + " UTC"
    }

    /// A section: `<section id>` labelled by its `<h2>`, so assistive technologies list it by name.
    func section(_ id: String, title: String, into html: inout HTMLWriter, _ body: (inout HTMLWriter) -> Void) {
        html.element("section", ["id": id, "aria-labelledby": id + "-titre"]) { html in
            html.element("h2", ["id": id + "-titre"], text: title)
            body(&html)
        }
    }

    /// The sentence a section shows when the person has not reached it yet: stated, never left blank.
    func empty(_ french: String, _ english: String, into html: inout HTMLWriter) {
        html.element("p", ["class": "vide"], text: pick(french, english))
    }
}

private extension Day {
    static func twoDigits(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
}
