import Foundation
import Testing

/// xmllint is a second, independent reading of the schema (same libxml2, different driver): the
/// format must not depend on how Jalon calls the library.
@Suite("xmllint agrees with Jalon", .enabled(if: Xmllint.isAvailable, "xmllint not found on PATH; install Debian's libxml2-utils"))
struct XmllintAgreementTests {
    @Test(arguments: TestFiles.sampleNames)
    func samplesAreValidForXmllint(_ name: String) throws {
        let verdict = try Xmllint.validate(TestFiles.sample(name), schema: TestFiles.schemaURL)
        #expect(verdict.valid, "\(verdict.output)")
        #expect(TestFiles.schema.validate(try TestFiles.document(TestFiles.sample(name))).isEmpty)
    }

    @Test(arguments: TestFiles.formatOneZeroNames)
    func formatOneZeroFixturesAreValidForXmllint(_ name: String) throws {
        let verdict = try Xmllint.validate(TestFiles.formatOneZero(name), schema: TestFiles.schemaURL(for: "1.0"))
        #expect(verdict.valid, "\(verdict.output)")
    }

    @Test(arguments: InvalidFixture.all)
    func invalidFixturesFailAtTheSameLine(_ fixture: InvalidFixture) throws {
        let url = TestFiles.invalid(fixture.file)
        // Each fixture against the schema of the version it is written in.
        let verdict = try Xmllint.validate(url, schema: TestFiles.schemaURL(for: fixture.version))
        let jalon = TestFiles.schema(for: fixture.version).validate(try TestFiles.document(url))
        #expect(!verdict.valid, "xmllint accepted \(fixture.file)")
        #expect(verdict.errorLines.first == fixture.line, "\(verdict.output)")
        #expect(verdict.errorLines.first == jalon.first?.line)
    }
}
