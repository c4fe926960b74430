import Foundation
import JalonCore
import JalonLHEO
import JalonXML
import Testing

@Suite("Offres LHÉO lues en flux")
struct LHEOFeedTests {
    /// Writes `text` to a fresh temporary file and returns its path.
    private func feed(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "lheo-\(UUID().uuidString).xml"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func read(_ path: String) -> (offers: [TrainingOffer], summary: LHEOFeedReader.Summary) {
        var offers: [TrainingOffer] = []
        let summary = LHEOFeedReader.read(path: path) { offers.append($0) }
        return (offers, summary)
    }

    private func formation(_ numero: String, intitule: String = "Titre", rome: String = "D1402", date: String = "20250901") -> String {
        """
        <formation numero="\(numero)">
        <domaine-formation><code-ROME>\(rome)</code-ROME></domaine-formation>
        <intitule-formation>\(intitule)</intitule-formation>
        <certification><code-RNCP>38362</code-RNCP></certification>
        <code-niveau-sortie>6</code-niveau-sortie>
        <action numero="a\(numero)"><lieu-de-formation><coordonnees><ligne>Lycée</ligne><adresse><codepostal>25000</codepostal>
        <ville>Besançon</ville><region>27</region></adresse></coordonnees></lieu-de-formation>
        <session><periode><debut>\(date)</debut><fin>20270630</fin></periode></session></action>
        </formation>

        """
    }

    @Test(.enabled(if: TestData.isAvailable, "../shared/data absent : pas d’exemple LHÉO réel"))
    func readsTheRealOnisepOfferAsTheFileSaysIt() throws {
        let path = TestData.path("lheo/exemple-bts-onisep.xml")
        let (offers, summary) = read(path)
        #expect(summary.fatal == nil && summary.rejections.isEmpty)
        let offer = try #require(offers.first)
        #expect(offers.count == 1)
        // The expectations come from the same file read whole by the DOM parser.
        let document = try XMLDocument(data: try Data(contentsOf: URL(fileURLWithPath: path)), sourceName: path)
        let lheo = ["l": "http://www.lheo.org/2.2"]
        #expect(offer.intitule == (try document.string("string(//l:formation/l:intitule-formation)", namespaces: lheo)))
        #expect(offer.numero == (try document.string("string(//l:formation/@numero)", namespaces: lheo)))
        #expect(offer.certifications.map(\.rawValue) == ["RNCP" + (try document.string("string(//l:certification/l:code-RNCP)", namespaces: lheo))])
        let rome = try document.select("//l:domaine-formation/l:code-ROME", namespaces: lheo).map { $0.text }
        #expect(offer.romeCodes.map(\.rawValue) == rome)
        #expect(offer.organisme?.name == (try document.string("string(//l:organisme-formation-responsable/l:nom-organisme)", namespaces: lheo)))
        #expect(offer.actions.first?.place?.postalCode == (try document.string("string(//l:lieu-de-formation//l:codepostal)", namespaces: lheo)))
        #expect(offer.actions.first?.sessions.first?.start == (try document.string("string(//l:session/l:periode/l:debut)", namespaces: lheo)))
        // LHÉO level 6 is the former niveau III (BTS): level 5 today.
        #expect(offer.niveauSortie == Niveau(5))
    }

    @Test func skipsMalformedOffersWithTheirPositionAndKeepsTheRest() throws {
        let text =
            "<?xml version=\"1.0\"?>\n<lheo xmlns=\"http://www.lheo.org/2.3\"><offres>\n"
            + formation("1") + formation("2", intitule: " ") + formation("3", rome: "J15") + formation("4", date: "2025-09") + formation("5")
            + "</offres></lheo>\n"
        let (offers, summary) = read(try feed(text))
        #expect(offers.map(\.numero) == ["1", "5"])
        #expect(summary.fatal == nil)
        #expect(summary.rejections.map(\.numero) == ["2", "3", "4"])
        #expect(summary.rejections.map(\.problems) == [[.missingIntitule], [.invalidROME("J15")], [.invalidDate("2025-09")]])
        // Two opening lines, then nine lines per formation: offer 2 starts on line 12.
        #expect(summary.rejections.map(\.location.line) == [12, 21, 30])
        #expect(summary.rejections.first?.problems.first?.message(in: .en).contains("intitule-formation") == true)
    }

    @Test func malformedXMLStopsTheFeedButKeepsWhatCameBefore() throws {
        let before = (1...100).map { formation(String($0)) }.joined()
        let text = "<lheo><offres>\n" + before + "<formation numero=\"x\"><intitule-formation>x</oops>\n" + formation("101") + "</offres></lheo>"
        let (offers, summary) = read(try feed(text))
        // libxml2 parses a few kilobytes ahead of the node it returns, so the offers in the last chunk
        // before the break are lost with it; all earlier ones are kept, in order.
        #expect(offers.count >= 90 && offers.count <= 100)
        #expect(offers.map(\.numero) == (1...offers.count).map(String.init))
        let fatal = try #require(summary.fatal)
        // One opening line, nine lines per formation: the mismatched end tag is on line 902.
        #expect(fatal.location.line == 902)
        #expect(fatal.message(in: .fr).contains("mal formé"))
    }

    @Test func refusesADoctype() throws {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lheo [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<lheo><offres>" + formation("1") + "</offres></lheo>"
        let (offers, summary) = read(try feed(text))
        #expect(offers.isEmpty)
        #expect(summary.fatal?.kind == .doctypeForbidden)
    }

    @Test func skipsAnOversizedOfferWholeAndReadsTheNextOne() throws {
        let padding = String(repeating: "<extra>x</extra>", count: 50)
        let big = formation("1").replacingOccurrences(of: "</formation>", with: padding + "</formation>")
        let text = "<lheo><offres>\n" + big + formation("2") + "</offres></lheo>"
        var offers: [TrainingOffer] = []
        let summary = LHEOFeedReader.read(path: try feed(text), maxElements: 40) { offers.append($0) }
        #expect(offers.map(\.numero) == ["2"])
        #expect(summary.rejections.map(\.numero) == ["1"])
        #expect(summary.rejections.first?.problems == [.tooLarge(elements: 40)])
    }

    @Test func mapsLHEOLevelsToTheNationalScale() {
        #expect(LHEOFeedReader.niveau(lheoCode: "4") == Niveau(3))  // niveau V, CAP
        #expect(LHEOFeedReader.niveau(lheoCode: "8") == Niveau(7))
        #expect(LHEOFeedReader.niveau(lheoCode: "16") == Niveau(6))
        #expect(LHEOFeedReader.niveau(lheoCode: "12") == nil)
        #expect(LHEOFeedReader.niveau(lheoCode: "0") == nil)
    }

    @Test func aMissingFileIsReportedNotThrown() {
        let summary = LHEOFeedReader.read(path: "/nulle/part.xml") { _ in }
        #expect(summary.fatal?.location.sourceName == "/nulle/part.xml")
    }
}
