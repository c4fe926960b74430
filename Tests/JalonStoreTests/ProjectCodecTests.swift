import Foundation
import JalonCore
import JalonLocale
import JalonStore
import JalonXML
import Testing

@Suite("ProjectCodec on projects built in code, and its errors")
struct ProjectCodecTests {
    /// A project that uses what the samples leave out: an empty contact, Corsican codes, a skill with
    /// both a ROME item and the person's own words, an unreferenced suggestion, half-years, text that
    /// needs escaping and spans lines.
    static func unusualProject() -> Project {
        let x1 = ExperienceID("x1")!
        var progression = Progression(current: .competences)
        progression[.profil] = .terminee
        progression[.interets] = .aRevoir
        progression[.competences] = .enCours
        return Project(
            id: ProjectID("9A0B1C2D-3E4F-4A5B-8C6D-7E8F9A0B1C2D")!,
            metadata: Metadata(
                created: Timestamp(iso8601: "2026-01-31T23:59:59Z")!,
                updated: Timestamp(iso8601: "2026-02-01T00:00:00Z")!,
                generator: Generator(name: "jalon", version: "0.1.0-dev")
            ),
            progression: progression,
            profil: Profil(
                nomAffiche: "Ana & Lou <test>", contact: Contact(),
                commune: Commune(codeInsee: "2A004", nom: "Ajaccio"), departement: Departement("2A"),
                mobiliteKm: 0, situation: .autre, diplome: .niveau(Niveau(8)!),
                contraintes: ["Première ligne\nseconde ligne", "« guillemets » et \"quotes\""]
            ),
            interets: Interets(riasec: RiasecAnswers(questionnaire: "jalon-riasec-1")),
            competences: Competences(
                experiences: [Experience(id: x1, nature: .benevolat, intitule: "Maraudes", annees: 2.5)!],
                competences: [
                    Competence(
                        item: RomeItemRef(code: OgrCode(300412), libelle: ""), libelle: "Écouter sans juger",
                        source: .experience(x1), maitrise: .expertise, preuves: ["a", "b"])!,
                    Competence(libelle: "Cuisine pour 40", source: .suggeree(from: nil))!
                ]
            ),
            pistes: Pistes(),
            synthese: Synthese(),
            extensions: Extensions(rawXML: #"<x:a xmlns:x="urn:portal">t &amp; u</x:a>"#)
        )
    }

    @Test func unusualProjectRoundTripsAndValidates() throws {
        let project = Self.unusualProject()
        let bytes = ProjectCodec.encode(project)
        let document = try XMLDocument(bytes: bytes, sourceName: "unusual.xml")
        #expect(TestFiles.schema.validate(document).isEmpty, "\(TestFiles.schema.validate(document))")
        #expect(try ProjectCodec.decode(document) == project)
        #expect(ProjectCodec.encode(try ProjectCodec.decode(document)) == bytes)
    }

    @Test func writesTheFormatsOwnForms() throws {
        let text = String(decoding: ProjectCodec.encode(Self.unusualProject()), as: UTF8.self)
        #expect(text.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + #"<project xmlns="urn:jalon:project:1" schemaVersion="1.3">"#))
        #expect(text.contains("<id>9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d</id>"), "UUIDs are written in lower case")
        #expect(text.contains("<annees>2.5</annees>"))
        #expect(text.contains("<contact/>"))
        #expect(text.contains(#"<riasec questionnaire="jalon-riasec-1"/>"#))
        #expect(text.contains("<pistes/>"), "a started step with nothing in it stays distinct from one not started")
        #expect(!text.contains("<formations"), "an empty list is written by leaving its container out")
        #expect(text.contains(#"<item ogr="300412"/>"#))
        #expect(text.contains("<suggeree/>"))
        #expect(text.contains(#"<extensions><x:a xmlns:x="urn:portal">t &amp; u</x:a></extensions>"#))
        #expect(text.contains("  <etapes courante=\"competences\">\n    <etape nom=\"profil\" etat=\"terminee\"/>"))
    }

    /// What `jalon init --name` saves: a title and nothing else is a valid document.
    @Test func aProjectStartedFromANameIsValid() throws {
        let project = Project.started(displayName: "Léa & co", at: Timestamp(iso8601: "2026-11-29T10:00:00Z")!)
        let document = try XMLDocument(bytes: ProjectCodec.encode(project), sourceName: "started.xml")
        #expect(TestFiles.schema.validate(document).isEmpty, "\(TestFiles.schema.validate(document))")
        #expect(try ProjectCodec.decode(document) == project)
        #expect(String(decoding: ProjectCodec.encode(project), as: UTF8.self).contains("    <titre>Léa &amp; co</titre>\n  </metadata>"))
    }

    /// A portal that declares its prefix on the root, not on its own elements: the content and its
    /// namespace survive (the declaration moves onto the element), and the result is still valid.
    @Test func extensionsKeepTheirNamespaceWhenDeclaredOnTheRoot() throws {
        let started = String(decoding: ProjectCodec.encode(Project.started(displayName: "Léa")), as: UTF8.self)
        let xml =
            started
            .replacingOccurrences(of: #"schemaVersion="1.3">"#, with: #"schemaVersion="1.3" xmlns:pf="urn:portal">"#)
            .replacingOccurrences(of: "</project>", with: "  <extensions><pf:suivi n=\"1\"/></extensions>\n</project>")
        let original = try XMLDocument(bytes: Array(xml.utf8), sourceName: "root-prefix.xml")
        #expect(TestFiles.schema.validate(original).isEmpty)
        let project = try ProjectCodec.decode(original)
        #expect(project.extensions?.rawXML == #"<pf:suivi xmlns:pf="urn:portal" n="1"/>"#)
        let rewritten = try XMLDocument(bytes: ProjectCodec.encode(project), sourceName: "rewritten.xml")
        #expect(TestFiles.schema.validate(rewritten).isEmpty)
        let suivi = try #require(rewritten.root?.children.last?.children.first)
        #expect(suivi.name == "suivi" && suivi.namespaceURI == "urn:portal")
    }

    @Test func wholeYearsHaveNoFraction() throws {
        var project = Self.unusualProject()
        project.competences?.experiences = [Experience(id: ExperienceID("x1")!, nature: .emploi, intitule: "Cariste", annees: 18)!]
        let text = String(decoding: ProjectCodec.encode(project), as: UTF8.self)
        #expect(text.contains("<annees>18</annees>"))
    }

    @Test func refusesADocumentThatIsNotAProject() throws {
        let document = try XMLDocument(bytes: Array(#"<project xmlns="urn:jalon:project:2" schemaVersion="1.0"/>"#.utf8), sourceName: "other.xml")
        let error = try #require(throws: ProjectDecodingError.self) { try ProjectCodec.decode(document) }
        #expect(error.reason == .notAProject(name: "project", namespace: "urn:jalon:project:2"))
        #expect(error.message(in: .fr).contains("urn:jalon:project:1"))
    }

    /// Decoding without validation still fails cleanly, at the element and line of the bad value.
    @Test(arguments: [
        ("level-9.xml", "formation", 55, ProjectDecodingError.Reason.invalidValue("9", attribute: "niveau", expected: .niveau)),
        ("bad-rome-code.xml", "piste", 51, .invalidValue("Z1501", attribute: "fiche", expected: .romeCode)),
        ("bad-date.xml", "debut", 34, .invalidValue("2024-02-30", attribute: nil, expected: .day)),
        ("rating-5.xml", "centre", 27, .invalidValue("5", attribute: "note", expected: .rating)),
        ("datetime-with-offset.xml", "updated", 7, .invalidValue("2026-10-02T10:30:00+01:00", attribute: nil, expected: .timestamp))
    ])
    func namesElementLineAndExpectation(_ file: String, _ element: String, _ line: Int, _ reason: ProjectDecodingError.Reason) throws {
        let document = try TestFiles.document(TestFiles.invalid(file))
        let error = try #require(throws: ProjectDecodingError.self) { try ProjectCodec.decode(document) }
        #expect(error.element == element)
        #expect(error.location.line == line)
        #expect(error.location.sourceName == file)
        #expect(error.reason == reason)
        #expect(error.message(in: .fr).hasPrefix("\(file):\(line): <\(element)>"))
        #expect(error.message(in: .en).contains("expected"))
    }

    @Test func explainsAMissingElementInBothLanguages() throws {
        let document = try TestFiles.document(TestFiles.invalid("missing-intitule.xml"))
        let error = try #require(throws: ProjectDecodingError.self) { try ProjectCodec.decode(document) }
        #expect(error.reason == .missingElement("intitule"))
        #expect(error.element == "action")
        #expect(error.message(in: .fr) == "missing-intitule.xml:61: <action> : l’élément <intitule> manque")
        #expect(error.message(in: .en) == "missing-intitule.xml:61: <action>: element <intitule> is missing")
    }
}
