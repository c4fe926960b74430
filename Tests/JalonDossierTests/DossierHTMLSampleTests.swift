import Foundation
import JalonCore
import JalonLocale
import JalonXML
import Testing

@testable import JalonDossier

@Suite("Dossier HTML: every sample renders a well-formed, complete, accessible, self-contained page")
struct DossierHTMLSampleTests {
    @Test func thereAreSamples() {
        #expect(SampleDossiers.names.count >= 4)
    }

    @Test(arguments: SampleDossiers.names, Language.allCases)
    func wellFormedWithEverySection(_ name: String, _ language: Language) throws {
        let html = DossierHTML.render(try SampleDossiers.dossier(name), language: language)
        let page = try SampleDossiers.parse(html)
        #expect(page.root?.name == "html")
        #expect(page.root?.attribute("lang") == language.rawValue)
        #expect(DossierHTML.sectionIDs.count == 11)
        for id in DossierHTML.sectionIDs {
            let sections = try page.select("//section[@id='\(id)']")
            #expect(sections.count == 1, "section \(id) of \(name)")
            #expect(sections.first?.firstChild(named: "h2") != nil, "section \(id) starts with its h2")
        }
    }

    @Test(arguments: SampleDossiers.names)
    func headingsGoDownOneLevelAtATime(_ name: String) throws {
        let page = try SampleDossiers.parse(DossierHTML.render(try SampleDossiers.dossier(name), language: .fr))
        let levels = try page.select("//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")
            .map { Int($0.name.dropFirst())! }
        #expect(levels.first == 1)
        #expect(levels.filter { $0 == 1 }.count == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "heading h\(next) after h\(previous) in \(name)")
        }
    }

    @Test(arguments: SampleDossiers.names)
    func chartsAndTablesAreAccessible(_ name: String) throws {
        let dossier = try SampleDossiers.dossier(name)
        let page = try SampleDossiers.parse(DossierHTML.render(dossier, language: .fr))
        // A computed profile is drawn; a sample without one shows no hexagon and says why.
        let hexagons = try page.select("//section[@id='interets']//svg")
        #expect(hexagons.count == (dossier.project.interets?.profil == nil ? 0 : 1))
        for svg in try page.select("//svg") {
            #expect(svg.attribute("role") == "img")
            #expect(!(svg.firstChild(named: "title")?.text.isEmpty ?? true))
            #expect(!(svg.firstChild(named: "desc")?.text.isEmpty ?? true))
        }
        for table in try page.select("//table") {
            #expect(table.firstChild(named: "caption") != nil, "table at line \(table.line) has a caption")
        }
        #expect(try page.string("count(//table[not(.//th)])") == "0")
        #expect(try page.string("count(//th[not(@scope='col' or @scope='row')])") == "0")
        // Every status badge says its status in words, not by colour alone.
        for badge in try page.select("//*[contains(concat(' ', @class, ' '), ' badge ')]") {
            #expect(badge.text.contains { $0.isLetter }, "badge at line \(badge.line) has words")
        }
    }

    @Test(arguments: SampleDossiers.names)
    func fetchesNothing(_ name: String) throws {
        let html = DossierHTML.render(try SampleDossiers.dossier(name, share: .all), language: .fr)
        let page = try SampleDossiers.parse(html)
        for marker in ["http:", "https:", "//", "url(", "@import", "<script", "<link", "<img", "<iframe", "<object"] {
            #expect(!html.contains(marker), "\(marker) in the page of \(name)")
        }
        #expect(try page.select("//*[@src]").isEmpty)
        for link in try page.select("//*[@href]") {
            #expect(link.attribute("href")?.hasPrefix("#") == true, "only links within the page")
        }
    }

    @Test(arguments: SampleDossiers.names)
    func statesTheFingerprint(_ name: String) throws {
        let dossier = try SampleDossiers.dossier(name)
        let page = try SampleDossiers.parse(DossierHTML.render(dossier, language: .fr))
        let stated = try page.string("string(//section[@id='empreinte']//code)")
        #expect(stated == dossier.fingerprint)
        #expect(stated.count == 64 && stated.allSatisfy(\.isHexDigit))
    }

    @Test(arguments: SampleDossiers.names)
    func unsharedPersonalDataIsAbsent(_ name: String) throws {
        let project = try SampleDossiers.project(name)
        let profil = try #require(project.profil)
        let personal = [profil.contact?.telephone, profil.contact?.courriel].compactMap { $0 }
        let minimal = DossierHTML.render(try SampleDossiers.dossier(project, share: .none), language: .fr)
        for value in personal { #expect(!minimal.contains(value), "\(value) is not shared") }
        let page = try SampleDossiers.parse(minimal)
        #expect(try page.string("string(//h1)").hasSuffix(project.pseudonym))
        if let name = profil.nomAffiche { #expect(try !page.string("string(//h1)").contains(name)) }
        #expect(minimal.contains("Non partagé : nom, coordonnées, année de naissance, lieu de vie, situation, contraintes."))

        let withContact = DossierHTML.render(try SampleDossiers.dossier(project, share: [.contact]), language: .fr)
        for value in personal { #expect(withContact.contains(value), "\(value) is shared with contact") }
        let named = try SampleDossiers.parse(DossierHTML.render(try SampleDossiers.dossier(project, share: .all), language: .fr))
        if let name = profil.nomAffiche { #expect(try named.string("string(//h1)").hasSuffix(name)) }
    }

    @Test func karimsHexagonDrawsHisScores() throws {
        let page = try SampleDossiers.parse(DossierHTML.render(try SampleDossiers.dossier("karim-montbeliard-reconversion.xml"), language: .fr))
        let hexagon = try #require(try page.select("//section[@id='interets']//svg").first)
        #expect(hexagon.firstChild(named: "title")?.text == "Hexagone RIASEC, code de Holland RIS")
        // R 100, I 63, A 13, S 63, E 25, C 63: R at the top of a radius-100 hexagon centred on (140, 140).
        let polygons = hexagon.children(named: "polygon")
        #expect(polygons.count == 5)
        let scores = try #require(polygons.last?.attribute("points")).split(separator: " ")
        #expect(scores.count == 6)
        #expect(scores.first == "140,40")
        #expect(scores[3] == "140,203")
        #expect(try page.string("string(//section[@id='interets']//p[@class='holland']/strong)") == "RIS")
    }

    @Test func karimsKeptMetiersShowScoresReasonsAndTheChosenPath() throws {
        let page = try SampleDossiers.parse(DossierHTML.render(try SampleDossiers.dossier("karim-montbeliard-reconversion.xml"), language: .fr))
        let kept = try page.select("//section[@id='pistes']/article")
        #expect(kept.count == 2)
        #expect(kept.first?.firstChild(named: "h3")?.text == "Choix 1 : Mécanicien / Mécanicienne de maintenance industrielle (I1310)")
        #expect(try page.string("string(//section[@id='pistes']/article[1]//svg/desc)") == "Barre de score : 61 sur 100.")
        #expect(try page.string("count(//section[@id='pistes']/article[1]//ul[@class='raisons']/li)") == "3")
        let chosen = try page.select("//section[@id='formations']//tr[@class='choisie']")
        #expect(chosen.count == 1)
        #expect(chosen.first?.text.contains("RNCP37276") == true)
        let insertion = try page.string("string(//section[@id='formations']//table[3]//tbody/tr[1]/td[3])")
        #expect(
            insertion
                == "en emploi : 85 % à 6 mois, 85 % à 12 mois ; poursuite d’études 27 % — InserJeunes, Bourgogne-Franche-Comté (27), apprentis, millésime 2022-2023"
        )
    }

    @Test func karimsPlanIsATimelineInDateOrderWithTheExportDay() throws {
        let page = try SampleDossiers.parse(DossierHTML.render(try SampleDossiers.dossier("karim-montbeliard-reconversion.xml"), language: .fr))
        let items = try page.select("//section[@id='plan']/ol[@class='frise']/li")
        #expect(items.map { $0.attribute("class") ?? "" } == ["faite", "faite", "faite", "aujourdhui", "planifiee", "a-faire", "a-faire"])
        #expect(items.first?.text.contains("15/09/2026") == true)
        #expect(items.last?.text.contains("sans date") == true)
    }

    @Test func notesAreGroupedBySectionWithTheirStatus() throws {
        let page = try SampleDossiers.parse(DossierHTML.render(try SampleDossiers.dossier("karim-montbeliard-reconversion.xml"), language: .en))
        let groups = try page.select("//section[@id='notes']/h3").map(\.text)
        #expect(groups == ["3. Skills", "4. Career leads", "5. Training"])
        #expect(try page.string("string(//div[@id='note-n2']//span)") == "! need")
    }

    @Test func englishPageIsInEnglish() throws {
        let dossier = try SampleDossiers.dossier("lea-gray-lyceenne.xml")
        let english = try SampleDossiers.parse(DossierHTML.render(dossier, language: .en))
        let french = try SampleDossiers.parse(DossierHTML.render(dossier, language: .fr))
        #expect(try english.string("string(//section[@id='interets']/h2)") == "Interests")
        #expect(try french.string("string(//section[@id='interets']/h2)") == "Intérêts")
        #expect(try english.string("string(//title)").hasPrefix("Career plan dossier"))
    }
}
