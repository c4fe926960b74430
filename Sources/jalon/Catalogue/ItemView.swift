import JalonCatalogue
import JalonCore
import JalonLocale

/// `show` for an OGR code: an appellation (and the fiche it leads to) or a compétence / savoir with the
/// fiches that list it.
struct ItemView {
    enum Item {
        case appellation(Appellation)
        case competence(RomeCompetence)
        case savoir(Savoir)
    }

    let catalogue: Catalogue
    let item: Item
    /// Region of the insertion rates when an appellation shows its fiche.
    let region: String

    init?(catalogue: Catalogue, ogr: OgrCode, region: String) {
        self.catalogue = catalogue
        self.region = region
        if let appellation = catalogue.appellation(ogr) {
            item = .appellation(appellation)
        } else if let competence = catalogue.competence(ogr) {
            item = .competence(competence)
        } else if let savoir = catalogue.savoir(ogr) {
            item = .savoir(savoir)
        } else {
            return nil
        }
    }

    struct JSON: Encodable {
        struct Link: Encodable { let fiche: String; let label: String; let coherence: String }
        let ogr: Int
        let kind: String
        let label: String
        @NullEncoded var shortLabel: String?
        @NullEncoded var category: String?
        @NullEncoded var macroCompetence: String?
        @NullEncoded var riasec: String?
        /// The appellation's fiche, or every fiche that lists the skill.
        let fiches: [Link]
    }

    var json: JSON {
        switch item {
        case .appellation(let appellation):
            return JSON(
                ogr: appellation.ogr.rawValue, kind: "appellation", label: appellation.longLabel, shortLabel: appellation.shortLabel,
                category: nil, macroCompetence: nil, riasec: nil,
                fiches: [link(appellation.fiche, .principale)])
        case .competence(let competence):
            let riasec = [competence.riasecMajor, competence.riasecMinor].compactMap { $0?.rawValue }.joined()
            return JSON(
                ogr: competence.ogr.rawValue, kind: competence.kind.rawValue, label: competence.label, shortLabel: nil,
                category: competence.category, macroCompetence: competence.macroCompetence.flatMap { catalogue.competence($0)?.label },
                riasec: riasec.isEmpty ? nil : riasec, fiches: links(competence.ogr))
        case .savoir(let savoir):
            return JSON(
                ogr: savoir.ogr.rawValue, kind: "savoir", label: savoir.label, shortLabel: nil,
                category: "\(savoir.category) › \(savoir.subcategory)", macroCompetence: nil, riasec: nil, fiches: links(savoir.ogr))
        }
    }

    private func link(_ fiche: RomeCode, _ coherence: FicheItem.Coherence) -> JSON.Link {
        JSON.Link(fiche: fiche.rawValue, label: catalogue.fiche(fiche)?.label ?? "", coherence: coherence.rawValue)
    }

    private func links(_ ogr: OgrCode) -> [JSON.Link] { catalogue.fiches(withItem: ogr).map { link($0.fiche, $0.coherence) } }

    func text(_ language: Language) -> String {
        let l = language, json = self.json
        if case .appellation(let appellation) = item {
            let fiche = catalogue.fiche(appellation.fiche).map { FicheView(catalogue: catalogue, fiche: $0, region: region, offers: [], language: l) }
            let header = l.pick(
                fr: "Appellation \(appellation.ogr) : \(appellation.longLabel) → fiche \(appellation.fiche)",
                en: "Job title \(appellation.ogr): \(appellation.longLabel) → fiche \(appellation.fiche)")
            return header + "\n\n" + (fiche?.text(l) ?? "")
        }
        var out = ["\(json.ogr) — \(json.label) (\(json.kind))"]
        if let category = json.category { out.append(l.pick(fr: "Catégorie : \(category)", en: "Category: \(category)")) }
        if let macro = json.macroCompetence { out.append(l.pick(fr: "Macro-compétence : \(macro)", en: "Macro-skill: \(macro)")) }
        if let riasec = json.riasec { out.append("RIASEC : \(riasec)") }
        let coeur = json.fiches.filter { $0.coherence == FicheItem.Coherence.principale.rawValue }
        out.append(
            l.pick(
                fr: "\nFiches qui la citent : \(json.fiches.count), dont \(coeur.count) en cœur de métier",
                en: "\nFiches listing it: \(json.fiches.count), \(coeur.count) as a core skill"))
        out += json.fiches.prefix(30).map {
            "  - \($0.fiche) \($0.label)\($0.coherence == FicheItem.Coherence.principale.rawValue ? l.pick(fr: " (cœur de métier)", en: " (core)") : "")"
        }
        if json.fiches.count > 30 { out.append(l.pick(fr: "  … (--json pour la liste entière)", en: "  … (--json for the whole list)")) }
        return out.joined(separator: "\n")
    }
}
