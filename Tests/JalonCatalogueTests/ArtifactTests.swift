import Foundation
import Testing

@testable import JalonCatalogue

@Suite("Format du catalogue : lecture et refus")
struct ArtifactTests {
    @Test func sectionsRoundTrip() throws {
        var writer = ArtifactWriter()
        writer.addSection("words", words: [1, 0xFFFF_FFFF, 42])
        writer.addSection("bytes", bytes: Array("é!".utf8))
        let reader = try ArtifactReader(data: Data(writer.finish()), source: "mémoire")
        #expect(Array(try reader.words("words")) == [1, 0xFFFF_FFFF, 42])
        #expect(try reader.bytes("bytes") == Array("é!".utf8))
        #expect(throws: CatalogueError.missingSection(path: "mémoire", name: "absente")) { try reader.words("absente") }
    }

    @Test func refusesAFileThatIsNotACatalogue() {
        #expect(throws: CatalogueError.notACatalogue(path: "x.jcat")) {
            try Catalogue(data: Data("<projet/>".utf8), source: "x.jcat")
        }
    }

    @Test func refusesAnotherFormatVersionWithAnActionableSentence() throws {
        var bytes = ArtifactWriter().finish()
        bytes[ArtifactFormat.magic.count] = 99
        let error = #expect(throws: CatalogueError.self) { try Catalogue(data: Data(bytes), source: "vieux.jcat") }
        #expect(error == .unsupportedFormat(path: "vieux.jcat", found: 99, expected: Int(ArtifactFormat.version)))
        #expect(error?.message(in: .fr).contains("jalon catalogue build") == true)
        #expect(error?.message(in: .en).contains("Rebuild") == true)
    }

    @Test func refusesATruncatedFile() throws {
        var writer = ArtifactWriter()
        writer.addSection("words", words: Array(repeating: 7, count: 100))
        let bytes = writer.finish()
        #expect(throws: CatalogueError.truncated(path: "coupé.jcat", offset: ArtifactFormat.magic.count + 8 + ArtifactFormat.nameLength + 4)) {
            try ArtifactReader(data: Data(bytes.prefix(bytes.count - 10)), source: "coupé.jcat")
        }
    }

    @Test func aMissingFileIsAFailureWithItsPath() {
        let error = #expect(throws: CatalogueError.self) { try Catalogue(contentsOf: "/nulle/part.jcat") }
        #expect(error?.message(in: .fr).contains("/nulle/part.jcat") == true)
    }

    @Test func relationsGiveEachOwnerItsTuples() throws {
        var builder = RelationBuilder(arity: 2)
        builder.appendOwner([1, 2, 3, 4])
        builder.appendOwner([])
        builder.appendOwner([5, 6])
        var writer = ArtifactWriter()
        builder.write("rel", to: &writer)
        let relation = try Relation(reader: ArtifactReader(data: Data(writer.finish()), source: "m"), name: "rel")
        #expect(relation.ownerCount == 3)
        #expect(relation.tuples(of: 0).map(Array.init) == [[1, 2], [3, 4]])
        #expect(relation.tuples(of: 1).isEmpty)
        #expect(relation.tuples(of: 2).map(Array.init) == [[5, 6]])
    }
}
