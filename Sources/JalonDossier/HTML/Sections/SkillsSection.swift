import Foundation
import JalonCore

/// The skills portfolio. The project stores no domain for a skill (only its ROME code and label), so
/// the page groups skills honestly by what it does store: the level the person gave, from expertise
/// down to notions, then the skills not rated yet (Jalon's suggestions to confirm among them). Each
/// row says where the skill comes from and what shows it; the experiences follow.
enum SkillsSection {
    static let id = "competences"

    static func render(_ context: DossierHTMLContext, into html: inout HTMLWriter) {
        context.section(id, title: DossierHTML.heading(of: id, context), into: &html) { html in
            guard let competences = context.project.competences,
                  !competences.competences.isEmpty || !competences.experiences.isEmpty else {
                context.empty("Aucune compétence ni expérience renseignée.", "No skill or experience recorded yet.", into: &html)
                return
            }
            html.element("p", ["class": "meta"], text: context.pick(
                "Regroupées par niveau de maîtrise, tel que la personne l’a évalué (1 notions à 4 expertise) : le projet ne range pas les compétences par domaine.",
                "Grouped by mastery level as the person rated it (1 basic to 4 expert): the project does not store skills by domain."))
            for level in Maitrise.allCases.reversed() {
                let skills = competences.competences.filter { $0.maitrise == level }
                guard !skills.isEmpty else { continue }
                table(skills, caption: "\(level.rawValue) / 4 — " + level.label(in: context.language), competences, context, into: &html)
            }
            let unrated = competences.competences.filter { $0.maitrise == nil }
            if !unrated.isEmpty {
                table(unrated, caption: context.pick("Non évaluées", "Not rated yet"), competences, context, into: &html)
            }
            experiences(competences.experiences, context, into: &html)
        }
    }

    private static func table(_ skills: [Competence], caption: String, _ competences: Competences,
                              _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        html.element("table") { html in
            html.element("caption", text: caption + " (\(skills.count))")
            html.element("thead") { html in
                html.element("tr") { html in
                    html.element("th", ["scope": "col"], text: context.pick("Compétence", "Skill"))
                    html.element("th", ["scope": "col"], text: context.pick("Origine", "Source"))
                    html.element("th", ["scope": "col"], text: context.pick("Preuves", "Evidence"))
                }
            }
            html.element("tbody") { html in
                for skill in skills {
                    html.element("tr") { html in
                        html.element("th", ["scope": "row"]) { html in
                            html.text(skill.item?.libelle ?? skill.libelle ?? "")
                            if let code = skill.item?.code { html.element("span", ["class": "meta"], text: " (ROME \(code))") }
                        }
                        html.element("td", text: origin(of: skill, competences, context))
                        html.element("td", text: skill.preuves.joined(separator: " ; "))
                    }
                }
            }
        }
    }

    private static func origin(of skill: Competence, _ competences: Competences, _ context: DossierHTMLContext) -> String {
        let experience = skill.source.experience.flatMap(competences.experience).map(title(of:))
        switch skill.source {
        case .declaree: return context.pick("déclarée", "declared")
        case .experience: return experience ?? context.pick("expérience", "experience")
        case .suggeree: return context.pick("suggérée par Jalon, à confirmer", "suggested by Jalon, to confirm")
            + (experience.map { " (\($0))" } ?? "")
        }
    }

    private static func title(of experience: Experience) -> String {
        experience.intitule ?? experience.appellation?.libelle ?? experience.appellation.map { "ROME \($0.code)" } ?? ""
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
                            html.text(title(of: experience))
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
