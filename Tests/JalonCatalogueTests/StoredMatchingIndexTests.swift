import Foundation
import JalonCore
import Testing

@testable import JalonCatalogue

/// The matching index the importer stores in the artifact (`match.*`): read when its layout version is
/// this build's, rebuilt from the tables when it is not, refused when its words point nowhere.
@Suite("Index d’appariement stocké dans le catalogue", .enabled(if: TestData.isBundled, "aucun catalogue embarqué dans Resources/Catalogue"))
struct StoredMatchingIndexTests {
    static let bytes = Result { try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestData.bundledArtifact))) }

    /// The bundled bytes with one word of a section replaced.
    private func artifact(section: String, word index: Int, value: UInt32) throws -> Catalogue {
        var bytes = try Self.bytes.get()
        let range = try ArtifactReader(data: Data(bytes), source: "m").range(section)
        let offset = range.lowerBound + 4 * index
        #expect(offset + 4 <= range.upperBound)
        for byte in 0..<4 { bytes[offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(byte))) }
        return try Catalogue(data: Data(bytes), source: "modifié.jcat")
    }

    @Test func anotherLayoutVersionIsRebuiltFromTheTables() throws {
        let catalogue = try artifact(section: MatchingLayoutSections.version, word: 0, value: MatchingIndexLayout.version + 1)
        #expect(!catalogue.storesMatchingIndex)
        let bundled = try Catalogue(contentsOf: TestData.bundledArtifact)
        #expect(bundled.storesMatchingIndex)
        #expect(try catalogue.matchingIndex() == bundled.matchingIndex())
    }

    @Test func anItemFamilyOutOfRangeIsACorruptCatalogue() throws {
        let catalogue = try artifact(section: MatchingLayoutSections.items, word: MatchItemColumn.family.rawValue, value: .max)
        #expect(catalogue.storesMatchingIndex)
        #expect(throws: CatalogueError.corrupt(path: "modifié.jcat", detail: "match")) { try catalogue.matchingIndex() }
    }

    @Test func aMobiliteToNoFicheIsACorruptCatalogue() throws {
        // The relation's words: arity, owner count, offsets (owners + 1), then targets; the first target is made out of range.
        let reader = try ArtifactReader(data: Data(try Self.bytes.get()), source: "m")
        let relation = try Relation(reader: reader, name: MatchingLayoutSections.mobilites)
        #expect(relation.values.count > 0)
        let catalogue = try artifact(section: MatchingLayoutSections.mobilites, word: 2 + relation.ownerCount + 1, value: 999_999)
        #expect(throws: CatalogueError.corrupt(path: "modifié.jcat", detail: "match")) { try catalogue.matchingIndex() }
    }

    /// An artifact of the previous format (before the stored index) is refused with the command that rebuilds it.
    @Test func thePreviousFormatIsRefusedWithTheCommandThatRebuildsIt() throws {
        var bytes = try Self.bytes.get()
        bytes[ArtifactFormat.magic.count] = UInt8(ArtifactFormat.version - 1)
        let error = #expect(throws: CatalogueError.self) { try Catalogue(data: Data(bytes), source: "ancien.jcat") }
        #expect(error == .unsupportedFormat(path: "ancien.jcat", found: Int(ArtifactFormat.version) - 1, expected: Int(ArtifactFormat.version)))
        #expect(error?.message(in: .fr).contains("jalon catalogue build") == true)
    }
}
