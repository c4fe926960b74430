import JalonCore

/// Who the dossier is about — only what the person chose to share (the project is already minimised;
/// this section also says what was withheld, so a reader knows a blank is a choice) — and where the
/// seven steps stand.
enum WhoSection {
    static let id = "qui"

    static func render(_ context: DossierHTMLContext, into html: inout HTMLWriter) {
        context.section(id, title: DossierHTML.heading(of: id, context), into: &html) { html in
            let dossier = context.dossier, profil = context.project.profil ?? Profil()
            html.element("dl", ["class": "fiche"]) { html in
                if let name = dossier.sharedName {
                    row(context.pick("Nom", "Name"), name, into: &html)
                } else {
                    row(context.pick("Pseudonyme", "Pseudonym"), context.project.pseudonym, into: &html)
                }
                if let courriel = profil.contact?.courriel { row(context.pick("Courriel", "E-mail"), courriel, into: &html) }
                if let telephone = profil.contact?.telephone { row(context.pick("Téléphone", "Phone"), telephone, into: &html) }
                if let year = profil.anneeNaissance { row(context.pick("Année de naissance", "Year of birth"), String(year), into: &html) }
                if let commune = profil.commune { row(context.pick("Commune", "Town"), "\(commune.nom) (INSEE \(commune.codeInsee))", into: &html) }
                if let departement = profil.departement { row(context.pick("Département", "Département"), departement.code, into: &html) }
                if let km = profil.mobiliteKm { row(context.pick("Mobilité", "Travel radius"), "\(km) km", into: &html) }
                if profil.metiersQuiRecrutent {
                    let label = Profil.hiringPreferenceLabel(in: context.language)
                    row(label.name, label.value, into: &html)
                }
                if let situation = profil.situation { row(context.pick("Situation", "Situation"), situation.label(in: context.language), into: &html) }
                if let diplome = profil.diplome {
                    row(context.pick("Diplôme le plus élevé", "Highest diploma"), diplome.label(in: context.language), into: &html)
                }
                if !profil.contraintes.isEmpty {
                    html.element("dt", text: context.pick("Contraintes", "Constraints"))
                    html.element("dd") { html in
                        html.element("ul") { html in for contrainte in profil.contraintes { html.element("li", text: contrainte) } }
                    }
                }
            }
            html.element("p", ["class": "meta"], text: shareSentence(context))
            progression(context, into: &html)
        }
    }

    private static func row(_ term: String, _ value: String, into html: inout HTMLWriter) {
        html.element("dt", text: term)
        html.element("dd", text: value)
    }

    /// "Partagé par la personne : nom, lieu. Non partagé : contact, …".
    static func shareSentence(_ context: DossierHTMLContext) -> String {
        let share = context.dossier.share
        let words = DossierShare.keywords.map { (item: $0.item, label: label(of: $0.item, context)) }
        let shared = words.filter { share.contains($0.item) }.map(\.label)
        let withheld = words.filter { !share.contains($0.item) }.map(\.label)
        var sentence =
            shared.isEmpty
            ? context.pick("Aucune donnée personnelle partagée.", "No personal data shared.")
            : context.pick("Partagé par la personne : ", "Shared by the person: ") + shared.joined(separator: ", ") + "."
        if !withheld.isEmpty {
            sentence += " " + context.pick("Non partagé : ", "Not shared: ") + withheld.joined(separator: ", ") + "."
        }
        return sentence
    }

    private static func label(of item: DossierShare, _ context: DossierHTMLContext) -> String {
        switch item {
        case .name: context.pick("nom", "name")
        case .contact: context.pick("coordonnées", "contact details")
        case .birthYear: context.pick("année de naissance", "year of birth")
        case .place: context.pick("lieu de vie", "place of residence")
        case .situation: context.pick("situation", "situation")
        default: context.pick("contraintes", "constraints")
        }
    }

    private static func progression(_ context: DossierHTMLContext, into html: inout HTMLWriter) {
        let progression = context.project.progression
        html.element("table", ["class": "etapes"]) { html in
            html.element("caption", text: context.pick("Avancement des sept étapes", "Progress through the seven steps"))
            html.element("thead") { html in
                html.element("tr") { html in
                    html.element("th", ["scope": "col"], text: context.pick("Étape", "Step"))
                    html.element("th", ["scope": "col"], text: context.pick("État", "State"))
                }
            }
            html.element("tbody") { html in
                for step in Step.allCases {
                    html.element("tr") { html in
                        html.element("th", ["scope": "row"], text: "\(step.number). " + step.title(in: context.language))
                        let current = step == progression.current ? context.pick(" — étape en cours", " — current step") : ""
                        html.element("td", text: progression[step].label(in: context.language) + current)
                    }
                }
            }
        }
    }
}
