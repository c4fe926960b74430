import Foundation
import JalonCore
import JalonStore
import JalonXML
import Testing

@Suite("Samples: valid, and mapped both ways without loss")
struct SampleRoundTripTests {
    @Test func thereAreSamplesToCheck() {
        #expect(TestFiles.sampleNames.count >= 4, "Samples/ should hold at least four projects")
    }

    @Test(arguments: TestFiles.sampleNames)
    func sampleValidates(_ name: String) throws {
        let document = try TestFiles.document(TestFiles.sample(name))
        let diagnostics = TestFiles.schema.validate(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    /// XML → model → XML: the canonical forms (C14N, comments dropped) are identical.
    @Test(arguments: TestFiles.sampleNames)
    func xmlToModelToXMLIsCanonicallyEqual(_ name: String) throws {
        let original = try TestFiles.document(TestFiles.sample(name))
        let project = try ProjectCodec.decode(original)
        let rewritten = try XMLDocument(bytes: ProjectCodec.encode(project), sourceName: "re-\(name)")
        #expect(try rewritten.canonicalBytes() == original.canonicalBytes())
    }

    /// Stronger than canonical equality: the samples are written in Jalon's own layout, so the
    /// encoder reproduces each file byte for byte once its leading descriptive comment is removed.
    @Test(arguments: TestFiles.sampleNames)
    func encoderReproducesTheSampleBytes(_ name: String) throws {
        let original = String(decoding: try TestFiles.bytes(TestFiles.sample(name)), as: UTF8.self)
        let withoutComment = original.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("<!--") }.joined(separator: "\n")
        let project = try ProjectCodec.decode(try TestFiles.document(TestFiles.sample(name)))
        let encoded = String(decoding: ProjectCodec.encode(project), as: UTF8.self)
        #expect(encoded == withoutComment)
    }

    /// Model → XML → model: the encoded document validates and decodes to an equal project.
    @Test(arguments: TestFiles.sampleNames)
    func modelToXMLToModelIsEqual(_ name: String) throws {
        let project = try ProjectCodec.decode(try TestFiles.document(TestFiles.sample(name)))
        let document = try XMLDocument(bytes: ProjectCodec.encode(project), sourceName: "encoded-\(name)")
        #expect(TestFiles.schema.validate(document).isEmpty)
        #expect(try ProjectCodec.decode(document) == project)
    }

    /// The path a real import takes: the loader's checks and the standard format's schema, then the codec.
    @Test(arguments: TestFiles.sampleNames)
    func sampleLoadsThroughTheLoader(_ name: String) throws {
        let loaded = try ProjectDocumentLoader().load(bytes: TestFiles.bytes(TestFiles.sample(name)), sourceName: name)
        #expect(loaded.originalVersion == ProjectCodec.version)
        #expect(loaded.appliedMigrations.isEmpty)
        #expect(try ProjectCodec.decode(loaded.document) == ProjectCodec.decode(TestFiles.document(TestFiles.sample(name))))
    }

    @Test func codecMapsTheCurrentFormatVersion() {
        #expect(ProjectCodec.version == ProjectFormat.standard.current)
        #expect(ProjectCodec.namespace == "urn:jalon:project:1")
    }

    @Test func decodedSampleHoldsWhatTheFileSays() throws {
        let project = try ProjectCodec.decode(try TestFiles.document(TestFiles.sample("karim-montbeliard-reconversion.xml")))
        #expect(project.id.rawValue == "c811b689-d8d0-46fe-9fb4-072159e7b381")
        #expect(project.progression.current == .plan)
        #expect(project.progression[.formations] == .enCours)
        #expect(project.profil?.commune?.codeInsee == "25388")
        #expect(project.profil?.diplome == .niveau(Niveau(3)!))
        #expect(project.interets?.profil?.code == "RIS")
        #expect(project.competences?.experiences.count == 4)
        #expect(project.competences?.experience(ExperienceID("x1")!)?.annees == 18)
        #expect(project.pistes?.retenues.map(\.fiche.rawValue) == ["I1310", "I1304"])
        #expect(project.pistes?.statut(of: RomeCode("H2913")!) == .ecartee)
        let vae = try #require(project.formations.first { $0.choisie })
        #expect(vae.voie == .vae && vae.certification == CertificationCode("RNCP37276"))
        #expect(project.plan.map(\.id.rawValue) == ["a1", "a2", "a3", "a4", "a5", "a6"])
        #expect(project.notes(on: .competences).first?.status == .pointAppui)
        #expect(project.extensions == nil)
    }

    @Test func portalExtensionsAreKeptAsTheirOwnXML() throws {
        let project = try ProjectCodec.decode(try TestFiles.document(TestFiles.sample("nadia-besancon-vae-portail.xml")))
        let raw = try #require(project.extensions?.rawXML)
        #expect(raw.contains(#"<suivi xmlns="urn:example:portail-orientation-bfc:suivi:1" dossier="BFC-2026-004217">"#))
        #expect(raw.contains(#"<pf:consentement xmlns:pf="urn:example:portail-orientation-bfc:suivi:1""#))
        // The fragment stands on its own: it parses without the surrounding document.
        let wrapped = "<w>" + raw + "</w>"
        #expect(throws: Never.self) { try XMLDocument(bytes: Array(wrapped.utf8), sourceName: "fragment") }
    }
}
