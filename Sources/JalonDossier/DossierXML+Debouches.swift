import JalonCore
import JalonLocale
import JalonXML

/// `<debouches>` of the XML dossier: for each kept métier with a figure, the Dares tension of its
/// family in the area actually used — as tokens a program reads (attributes) and as the sentences a
/// person reads (French: the components in plain words, the fallback, « famille de métiers », the
/// source). Outside the embedded project and its fingerprint, like every catalogue label; read back so
/// that an annotated dossier keeps it.
enum DossierDebouchesXML {
    static let element = "debouches"

    static func write(_ dossier: Dossier, into writer: inout XMLWriter) {
        let kept = dossier.keptMetiers.compactMap { metier in dossier.references.debouches[metier.fiche].map { (metier.fiche, $0) } }
        guard !kept.isEmpty else { return }
        let language = Language.fr
        writer.start(element)
        for (fiche, tension) in kept {
            var attributes = [
                ("fiche", fiche.rawValue), ("famille", tension.family), ("niveau", tension.level.rawValue),
                ("categorie", String(tension.category)), ("zone", tension.area.token)
            ]
            if let name = tension.area.name { attributes.append(("zoneNom", name)) }
            if let requested = tension.requestedArea {
                attributes.append(("zoneDemandee", requested.token))
                if let name = requested.name { attributes.append(("zoneDemandeeNom", name)) }
            }
            attributes.append(("annee", String(tension.year)))
            if let employment = tension.employment { attributes.append(("emplois", String(employment))) }
            writer.start("metier", attributes: attributes)
            writer.leaf("resume", text: "\(tension.headline(in: language)) : \(tension.meaning(in: language)).")
            for component in tension.components {
                writer.leaf(
                    "composante", text: component.sentence(in: language),
                    attributes: [
                        ("type", component.kind.rawValue), ("categorie", String(component.category)),
                        ("defavorable", component.isUnfavourable ? "true" : "false")
                    ])
            }
            if let salary = tension.medianSalary, let line = tension.salaryLine(in: language) {
                writer.leaf("salaire", text: line, attributes: [("euros", String(salary.euros)), ("periode", salary.period)])
            }
            writer.optionalLeaf("repli", text: tension.fallbackSentence(in: language))
            writer.leaf("famille", text: tension.familySentence(in: language))
            let source = tension.source
            writer.leaf(
                "source", text: tension.sourceSentence(in: language),
                attributes: [
                    ("id", source.id), ("titre", source.title), ("editeur", source.publisher),
                    ("version", source.version), ("licence", source.licence)
                ])
            writer.end()
        }
        writer.end()
    }

    /// The figures of a `<debouches>` that passed `dossier-1.0.xsd` (its patterns make every token
    /// parse; a métier that still does not is left out rather than guessed).
    static func read(_ root: XMLElement) -> [RomeCode: MetierTension] {
        let ns = DossierXML.namespace
        var figures: [RomeCode: MetierTension] = [:]
        for entry in root.firstChild(named: element, namespace: ns)?.children(named: "metier", namespace: ns) ?? [] {
            guard let fiche = entry.attribute("fiche").flatMap({ RomeCode($0) }), let family = entry.attribute("famille"),
                let category = entry.attribute("categorie").flatMap({ Int($0) }), let year = entry.attribute("annee").flatMap({ Int($0) }),
                let area = entry.attribute("zone").flatMap({ MetierTension.Area(token: $0, name: entry.attribute("zoneNom")) }),
                let sourceElement = entry.firstChild(named: "source", namespace: ns)
            else { continue }
            let components = entry.children(named: "composante", namespace: ns).compactMap { component -> MetierTension.Component? in
                guard let kind = component.attribute("type").flatMap(MetierTension.Component.Kind.init(rawValue:)),
                    let category = component.attribute("categorie").flatMap({ Int($0) })
                else { return nil }
                return MetierTension.Component(kind: kind, category: category)
            }
            let salary = entry.firstChild(named: "salaire", namespace: ns).flatMap { element in
                element.attribute("euros").flatMap { Int($0) }.map { MetierTension.Salary(euros: $0, period: element.attribute("periode") ?? "") }
            }
            let source = CatalogueSource(
                id: sourceElement.attribute("id") ?? "", title: sourceElement.attribute("titre") ?? "",
                publisher: sourceElement.attribute("editeur") ?? "", version: sourceElement.attribute("version") ?? "",
                licence: sourceElement.attribute("licence") ?? "")
            figures[fiche] = MetierTension(
                family: family, area: area,
                requestedArea: entry.attribute("zoneDemandee").flatMap { MetierTension.Area(token: $0, name: entry.attribute("zoneDemandeeNom")) },
                category: category, components: components, employment: entry.attribute("emplois").flatMap { Int($0) }, year: year,
                medianSalary: salary, source: source)
        }
        return figures
    }
}
