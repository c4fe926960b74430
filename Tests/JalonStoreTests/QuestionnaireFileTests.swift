import Foundation
import JalonCore
import JalonResources
import JalonStore
import JalonXML
import Testing

/// The shipped questionnaire, Resources/Questionnaires/riasec-1.xml: valid, complete, bilingual, and
/// in agreement with what the samples already hold.
@Suite("RIASEC questionnaire file")
struct QuestionnaireFileTests {
    static let fileURL = JalonResources.url(QuestionnaireLoader.riasecResource)!
    static let schemaURL = JalonResources.url(QuestionnaireLoader.schemaResource)!

    let questionnaire: Questionnaire

    init() throws { questionnaire = try QuestionnaireLoader.bundledRiasec() }

    @Test func validatesWithJalonXML() throws {
        let schema = try XMLSchema(contentsOf: Self.schemaURL)
        let document = try TestFiles.document(Self.fileURL)
        #expect(schema.validate(document).isEmpty)
    }

    @Test(.enabled(if: Xmllint.isAvailable, "xmllint (libxml2-utils) is not installed"))
    func validatesWithXmllint() throws {
        let verdict = try Xmllint.validate(Self.fileURL, schema: Self.schemaURL)
        #expect(verdict.valid, "\(verdict.output)")
    }

    @Test func isTheVersionProjectsAnswer() {
        #expect(questionnaire.id == "jalon-riasec-1")
        #expect(questionnaire.scale.map(\.fr) == ["Je n’aime pas du tout", "Je n’aime pas", "Cela m’est égal", "J’aime", "J’aime beaucoup"])
    }

    @Test(arguments: RiasecType.allCases)
    func hasAtLeastEightItemsPerType(_ type: RiasecType) {
        #expect(questionnaire.items(of: type).count >= 8)
    }

    /// Ids are unique, and follow the convention type letter + number (r1…) the samples use.
    @Test func idsAreUniqueAndNamedAfterTheirType() {
        #expect(Set(questionnaire.items.map(\.id)).count == questionnaire.items.count)
        for item in questionnaire.items {
            #expect(item.id.rawValue.first.map(String.init) == item.type.rawValue.lowercased(), "\(item.id)")
        }
    }

    @Test func everyTextIsInFrenchAndEnglish() {
        let texts = questionnaire.items.map(\.text) + questionnaire.scale + [questionnaire.title, questionnaire.instructions]
        for text in texts {
            #expect(!text.fr.isEmpty && !text.en.isEmpty && text.fr != text.en, "\(text)")
        }
    }

    /// Gender-neutral wording: activities, never a pronoun or a gendered job title.
    @Test func wordingIsGenderNeutral() {
        let gendered = [" il ", " elle ", " ils ", " elles ", "(e)", "·e", "/e ", " he ", " she ", " his ", " her "]
        for item in questionnaire.items {
            let text = " \(item.text.fr.lowercased()) \(item.text.en.lowercased()) "
            #expect(!gendered.contains { text.contains($0) }, "\(item.id): \(item.text.fr)")
        }
    }

    /// Every answer in the samples names an item of this questionnaire, and every stored profile
    /// is what this questionnaire's key computes from the stored answers.
    @Test(arguments: TestFiles.sampleNames)
    func samplesAgreeWithTheQuestionnaire(_ name: String) throws {
        let project = try ProjectCodec.decode(try TestFiles.document(TestFiles.sample(name)))
        guard let interets = project.interets, let answers = interets.riasec else { return }
        #expect(answers.questionnaire == questionnaire.id)
        let profile = try questionnaire.profile(for: answers)
        if let stored = interets.profil {
            #expect(RiasecType.allCases.map { stored[$0] } == profile.scores.map(\.percent), "\(name)")
        }
    }

    @Test func refusesAForeignRoot() throws {
        let schema = try QuestionnaireLoader.bundledSchema()
        let bytes = Array(#"<questionnaire xmlns="urn:other" id="x" schemaVersion="1.0"/>"#.utf8)
        #expect {
            try QuestionnaireLoader.load(bytes: bytes, sourceName: "foreign.xml", schema: schema)
        } throws: { error in
            guard case QuestionnaireLoadError.wrongRoot = error else { return false }
            return (error as? QuestionnaireLoadError)?.message(in: .fr).contains("urn:jalon:questionnaire:1") == true
        }
    }

    /// An item without its English text breaks the schema; the message names the file and line.
    @Test func refusesAnItemWithoutEnglish() throws {
        let schema = try QuestionnaireLoader.bundledSchema()
        let original = String(decoding: try TestFiles.bytes(Self.fileURL), as: UTF8.self)
        let broken = original.replacingOccurrences(of: "<en>Repair a bike or an appliance</en>", with: "")
        #expect {
            try QuestionnaireLoader.load(bytes: Array(broken.utf8), sourceName: "riasec-broken.xml", schema: schema)
        } throws: { error in
            guard case QuestionnaireLoadError.xml(let xml) = error, case .invalid = xml.kind else { return false }
            return xml.location.sourceName == "riasec-broken.xml" && xml.location.line > 0
        }
    }

    /// Schema-valid but not scorable: a type with no item at all.
    @Test func refusesATypeWithoutItems() throws {
        let schema = try QuestionnaireLoader.bundledSchema()
        let original = String(decoding: try TestFiles.bytes(Self.fileURL), as: UTF8.self)
        let withoutC = original.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("type=\"C\"") }.joined(separator: "\n")
        #expect(throws: QuestionnaireLoadError.self) {
            try QuestionnaireLoader.load(bytes: Array(withoutC.utf8), sourceName: "no-c.xml", schema: schema)
        }
        do {
            _ = try QuestionnaireLoader.load(bytes: Array(withoutC.utf8), sourceName: "no-c.xml", schema: schema)
        } catch {
            #expect(error.message(in: .fr) == "no-c.xml: aucune question ne mesure le type Conventionnel (C)")
        }
    }
}
