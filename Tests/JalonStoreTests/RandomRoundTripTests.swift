import JalonCore
import JalonStore
import JalonXML
import Testing

@Suite("Generated projects survive the codec")
struct RandomRoundTripTests {
    /// For 300 seeded projects: the encoding is valid, decodes to the same project, and re-encodes to
    /// the same bytes. A failure names its seed.
    @Test func generatedProjectsRoundTrip() throws {
        for seed in UInt64(1)...300 {
            var generator = RandomProjects(seed: seed)
            let project = generator.project()
            let bytes = ProjectCodec.encode(project)
            let document = try XMLDocument(bytes: bytes, sourceName: "seed-\(seed).xml")
            let diagnostics = TestFiles.schema.validate(document)
            try #require(diagnostics.isEmpty, "seed \(seed): \(diagnostics)\n\(String(decoding: bytes, as: UTF8.self))")
            let decoded = try ProjectCodec.decode(document)
            try #require(decoded == project, "seed \(seed) decodes to a different project")
            #expect(ProjectCodec.encode(decoded) == bytes, "seed \(seed)")
        }
    }
}
