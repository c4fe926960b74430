import Foundation
import JalonCore
import JalonXML
import Testing

@testable import JalonDossier

@Suite("Dossier HTML: user text is escaped, never markup")
struct DossierHTMLEscapingTests {
    static let hostile = "<script>alert(\"x\")</script> & <b>gras</b> \"quotes\" 'apos'"

    @Test func aNoteAndANameWithMarkupStayText() throws {
        var project = try SampleDossiers.project("karim-montbeliard-reconversion.xml")
        project.notes.append(
            CounsellorNote(
                id: LocalID("n9")!, auteur: "Mme <i>Durand</i> & co", date: SampleDossiers.exported,
                section: .plan, status: .besoin, texte: Self.hostile))
        project.profil?.nomAffiche = "Karim <img src=x onerror=alert(1)>"
        let dossier = try SampleDossiers.dossier(project, share: .all)
        let html = DossierHTML.render(dossier, language: .fr)
        let page = try SampleDossiers.parse(html)
        #expect(try page.select("//script | //i | //b | //img").isEmpty)
        #expect(!html.contains("<script"))
        #expect(try page.string("string(//div[@id='note-n9']/p[@class='texte'])") == Self.hostile)
        #expect(try page.string("string(//h1)").hasSuffix("Karim <img src=x onerror=alert(1)>"))
        #expect(html.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; &lt;b&gt;"))
    }

    @Test func attributesEscapeQuotesAndControlCharactersAreDropped() {
        #expect(HTMLWriter.escape("a\"b<c>&\u{1}d\n", quotes: true) == "a&quot;b&lt;c&gt;&amp;d\n")
        #expect(HTMLWriter.escape("\"", quotes: false) == "\"")
        var html = HTMLWriter()
        html.element("p", ["title": "x\" onclick=\"y"], text: "t")
        #expect(html.output == "<p title=\"x&quot; onclick=&quot;y\">t</p>")
    }
}
