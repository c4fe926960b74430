import Foundation
import JalonXML
import Testing

@Suite("Invalid documents: each fails the schema where it breaks it")
struct InvalidFixtureTests {
    @Test func everyFixtureIsInTheManifest() {
        let listed = Set(InvalidFixture.all.map(\.file))
        let present = Set(TestFiles.xmlFiles(in: TestFiles.invalidDirectory))
        #expect(listed == present)
        #expect(present.count >= 12)
    }

    @Test(arguments: InvalidFixture.all)
    func failsAtTheExpectedLine(_ fixture: InvalidFixture) throws {
        // Well-formed on purpose: each file breaks the schema, not XML.
        let document = try TestFiles.document(TestFiles.invalid(fixture.file))
        let diagnostics = TestFiles.schema(for: fixture.version).validate(document)
        let first = try #require(diagnostics.first, "\(fixture.file) should not validate")
        #expect(first.line == fixture.line, "\(first)")
        #expect(first.message.contains(fixture.word), "\(first)")
        #expect(first.sourceName == fixture.file)
    }
}
