import Foundation
import JalonCore

/// The skills portfolio, grouped as every format groups it: by ROME category when the dossier was made
/// with the catalogue (`Dossier.skillDomains`), else by origin (`Dossier.skillGroups`: each
/// experience, declared, suggested). Each row gives the level the person rated, where the skill comes
/// from and what shows it; the experiences follow.
enum SkillsSection {
    static let id = "competences"

    static func render(_ context: DossierHTMLContext, into html: inout HTMLWriter) {
        context.section(id, title: DossierHTML.heading(of: id, context), into: &html) { html in
            guard let competences = context.project.competences,
                !competences.competences.isEmpty || !competences.experiences.isEmpty
            else {
                context.empty("Aucune compétence ni expérience renseignée.", "No skill or experience recorded yet.", into: &html)
                return
            }
            if let domains = context.dossier.skillDomains {
                html.element(
                    "p", ["class": "meta"],
                    text: context.pick(
                        "Regroupées par catégorie du référentiel ROME.",
                        "Grouped by ROME category."))
                for domain in domains { table(domain.competences, caption: domain.label(in: context.language), context, into: &html) }
            } else {
                html.element(
                    "p", ["class": "meta"],
                    text: context.pick(
                        "Regroupées par origine : le dossier a été fait sans le catalogue ROME, qui donne leur catégorie.",
                        "Grouped by origin: the dossier was made without the ROME catalogue, which gives their category."))
                for group in context.dossier.skillGroups where !group.competences.isEmpty {
                    table(group.competences, caption: group.origin.label(in: context.language), context, into: &html)
                }
            }
            experiences(competences.experiences, context, into: &html)
        }
    }

    private static func table(_ skills: [Competence], caption: String, _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        html.element("table") { html in
            html.element("caption", text: caption + " (\(skills.count))")
            html.element("thead") { html in
                html.element("tr") { html in
                    html.element("th", ["scope": "col"], text: context.pick("Compétence", "Skill"))
                    html.element("th", ["scope": "col"], text: context.pick("Maîtrise", "Level"))
                    html.element("th", ["scope": "col"], text: context.pick("Origine", "Source"))
                    html.element("th", ["scope": "col"], text: context.pick("Preuves", "Evidence"))
                }
            }
            html.element("tbody") { html in
                for skill in skills {
                    html.element("tr") { html in
                        html.element("th", ["scope": "row"]) { html in
                            html.text(skill.item?.libelle ?? skill.libelle ?? "")
                            if let code = skill.item?.code { html.element("span", ["class": "meta"], text: " (OGR \(code))") }
                        }
                        html.element(
                            "td",
                            text: skill.maitrise.map { "\($0.rawValue) / 4 — " + $0.label(in: context.language) }
                                ?? context.pick("non évaluée", "not rated"))
                        html.element("td", text: context.dossier.originLabel(of: skill, in: context.language))
                        html.element("td", text: skill.preuves.joined(separator: " ; "))
                    }
                }
            }
        }
    }

    private static func experiences(_ experiences: [Experience], _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        guard !experiences.isEmpty else { return }
        html.element("table") { html in
            html.element("caption", text: context.pick("Expériences", "Experiences"))
            html.element("thead") { html in
                html.element("tr") { html in
                    html.element("th", ["scope": "col"], text: context.pick("Expérience", "Experience"))
                    html.element("th", ["scope": "col"], text: context.pick("Nature", "Kind"))
                    html.element("th", ["scope": "col"], text: context.pick("Période", "Period"))
                }
            }
            html.element("tbody") { html in
                for experience in experiences {
                    html.element("tr") { html in
                        html.element("th", ["scope": "row"]) { html in
                            html.text(experience.title)
                            if let appellation = experience.appellation?.libelle, appellation != experience.intitule {
                                html.element("span", ["class": "meta"], text: " — ROME : " + appellation)
                            }
                            if let structure = experience.structure { html.void("br"); html.element("span", ["class": "meta"], text: structure) }
                        }
                        html.element("td", text: experience.nature.label(in: context.language))
                        html.element("td", text: period(of: experience, context))
                    }
                }
            }
        }
    }

    private static func period(of experience: Experience, _ context: DossierHTMLContext) -> String {
        var parts: [String] = []
        switch (experience.debut, experience.fin) {
        case let (start?, end?): parts.append(context.format(start) + " – " + context.format(end))
        case let (start?, nil): parts.append(context.pick("depuis le ", "since ") + context.format(start))
        case let (nil, end?): parts.append(context.pick("jusqu’au ", "until ") + context.format(end))
        case (nil, nil): break
        }
        if let years = experience.annees {
            let figure = years == years.rounded() ? String(Int(years)) : String(years).replacingOccurrences(of: ".", with: context.language == .fr ? "," : ".")
            parts.append(figure + context.pick(years > 1 ? " ans" : " an", years > 1 ? " years" : " year"))
        }
        return parts.joined(separator: ", ")
    }
}
