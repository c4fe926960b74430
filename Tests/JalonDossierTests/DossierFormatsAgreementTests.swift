import Foundation
import JalonCatalogue
import JalonCore
import JalonDossier
import JalonLocale
import JalonXML
import Testing

/// Every format shows the same facts of the same dossier, in the same order: read back from each
/// rendering (HTML as XML, Markdown by its headings, JSON, the XML dossier through `DossierXML.read`).
@Suite("Dossier formats agree: HTML, Markdown, JSON and XML show the same facts")
struct DossierFormatsAgreementTests {
    /// What each format is read for.
    struct Facts: Equatable {
        var fingerprint: String
        var hollandCode: String?
        var keptFiches: [String]
        var planTitles: [String]
        var noteIDs: [String]
        var skillCategories: [String]
    }

    static let catalogue = Result { try Catalogue.bundled() }

    @Test(arguments: SampleDossiers.names)
    func everyFormatShowsTheSameFacts(_ name: String) throws {
        let dossier = try SampleDossiers.dossier(name, share: .none, catalogue: try Self.catalogue.get())
        let expected = Facts(
            fingerprint: dossier.fingerprint, hollandCode: dossier.project.interets?.profil?.code,
            keptFiches: dossier.keptMetiers.map(\.fiche.description), planTitles: dossier.planTimeline.map(\.intitule),
            noteIDs: dossier.notesInStepOrder.map(\.id.description),
            skillCategories: (dossier.skillDomains ?? []).map { $0.category ?? "Hors catalogue ROME" })
        #expect(
            !expected.skillCategories.isEmpty || (dossier.project.competences?.competences ?? []).isEmpty,
            "\(name): made with the catalogue, skills are grouped by category")
        let html = try Self.html(dossier)
        #expect(html == expected, "\(name): HTML")
        #expect(try Self.markdown(dossier) == expected, "\(name): Markdown")
        #expect(try Self.json(dossier) == expected, "\(name): JSON")
        let file = try DossierXML.read(bytes: DossierXML.encode(dossier), sourceName: name)
        #expect(file.isIntact && file.fingerprintStated == expected.fingerprint, "\(name): XML")
        #expect(file.project == dossier.project, "\(name): the XML dossier holds the project every format shows")
    }

    @Test func theCatalogueLabelsAreNotInTheFingerprint() throws {
        let name = "karim-montbeliard-reconversion.xml"
        let with = try SampleDossiers.dossier(name, catalogue: try Self.catalogue.get())
        let without = try SampleDossiers.dossier(name)
        #expect(!with.references.isEmpty && without.references.isEmpty)
        #expect(with.fingerprint == without.fingerprint)
        // The XML dossier gains the kept métiers' <debouches> from the catalogue, outside the project; nothing else changes.
        let labelled = String(decoding: DossierXML.encode(with), as: UTF8.self)
        let debouches = try #require(labelled.range(of: #"  <debouches>[\s\S]*</debouches>\n"#, options: .regularExpression))
        #expect(labelled.replacingCharacters(in: debouches, with: "") == String(decoding: DossierXML.encode(without), as: UTF8.self))
        // Without the catalogue, the formats fall back to grouping by origin and say so.
        #expect(without.skillDomains == nil)
        #expect(DossierHTML.render(without, language: .fr).contains("Regroupées par origine"))
        let centre = try #require(with.project.interets?.centres.first?.centre)
        #expect(DossierMarkdown.render(with, language: .fr).contains(try #require(with.centreName(centre))))
    }

    static func html(_ dossier: Dossier) throws -> Facts {
        let page = try SampleDossiers.parse(DossierHTML.render(dossier, language: .fr))
        let holland = try page.string("string(//section[@id='interets']//p[@class='holland']/strong)")
        let kept = try page.select("//section[@id='pistes']/article/h3").map { heading in
            String(heading.text.split(separator: "(").last!.dropLast())
        }
        let captions = try page.select("//section[@id='competences']/table/caption").map(\.text).dropLast(
            dossier.project.competences?.experiences.isEmpty == false ? 1 : 0)
        return Facts(
            fingerprint: try page.string("string(//code[@id='empreinte-valeur'])"), hollandCode: holland.isEmpty ? nil : holland,
            keptFiches: kept, planTitles: try page.select("//ol[@class='frise']/li/span[@class='intitule']").map(\.text),
            noteIDs: try page.select("//section[@id='notes']//div[@class='note']").map { String($0.attribute("id")!.dropFirst(5)) },
            skillCategories: captions.map { String($0[..<$0.range(of: " (", options: .backwards)!.lowerBound]) })
    }

    static func markdown(_ dossier: Dossier) throws -> Facts {
        let text = DossierMarkdown.render(dossier, language: .fr)
        func section(_ title: String) -> [Substring] {
            let body = text.components(separatedBy: "\n## " + title + "\n").dropFirst().first ?? ""
            return (body.components(separatedBy: "\n## ").first ?? "").split(separator: "\n")
        }
        let fingerprint = text.split(separator: "`")[1]
        let holland = section("Intérêts").first { $0.hasPrefix("Code Holland") }.map { String($0.split(separator: "**")[1]) }
        // "### 1. I1310 Libellé — score 82/100", the rank only when the person gave one.
        let kept = section("Métiers retenus").filter { $0.hasPrefix("### ") }.map { line in
            let words = line.split(separator: " ").dropFirst()
            return String(words.first!.hasSuffix(".") ? words.dropFirst().first! : words.first!)
        }
        let plan = section("Plan d’action").filter { $0.hasPrefix("- **") }.map { line in
            line.components(separatedBy: "** — ")[1].components(separatedBy: " (").dropLast().joined(separator: " (").replacing("\\", with: "")
        }
        let notes = section("Notes du conseiller").filter { $0.hasPrefix("- **") }.map { String($0.split(separator: " ").last!.dropLast()) }
        let categories = section("Compétences").filter { $0.hasPrefix("### ") }.map { $0.dropFirst(4).replacing("\\", with: "") }
            .filter { $0 != "Expériences" }
        return Facts(
            fingerprint: String(fingerprint), hollandCode: holland, keptFiches: kept, planTitles: plan, noteIDs: notes,
            skillCategories: categories.map(String.init))
    }

    static func json(_ dossier: Dossier) throws -> Facts {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(DossierJSON.encode(dossier))) as? [String: Any])
        let objects = { (value: Any?) in value as? [[String: Any]] ?? [] }
        return Facts(
            fingerprint: (json["fingerprint"] as? [String: Any])?["value"] as? String ?? "",
            hollandCode: (json["interests"] as? [String: Any])?["hollandCode"] as? String,
            keptFiches: objects((json["metiers"] as? [String: Any])?["kept"]).compactMap { $0["fiche"] as? String },
            planTitles: objects(json["plan"]).compactMap { $0["title"] as? String },
            noteIDs: objects(json["notes"]).compactMap { $0["id"] as? String },
            skillCategories: objects(json["skillDomains"]).map { $0["category"] as? String ?? "Hors catalogue ROME" })
    }
}
