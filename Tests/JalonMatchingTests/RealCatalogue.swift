import Foundation
import JalonCatalogue
import JalonCore
import JalonStore
import JalonXML

/// The bundled catalogue's matching index, built once for all the tests of this target.
enum RealCatalogue {
    static let catalogue: Catalogue = try! Catalogue.bundled()
    static let index: MatchingIndex = catalogue.matchingIndex()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A sample project of `Samples/`, loaded as the store loads documents.
    static func sample(_ name: String) throws -> Project {
        let path = repository.appendingPathComponent("Samples/\(name)").path
        let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        let loaded = try ProjectDocumentLoader().load(bytes: bytes, sourceName: name)
        return try ProjectCodec.decode(loaded.document)
    }

    static func code(_ text: String) -> RomeCode { RomeCode(text)! }

    static func rating(_ value: Int) -> Rating { Rating(value)! }

    static func centres(_ pairs: [Int: Int]) -> [CentreInteretCode: Rating] {
        Dictionary(uniqueKeysWithValues: pairs.map { (CentreInteretCode($0.key)!, Rating($0.value)!) })
    }

    /// The appellation that names the fiche itself.
    static func principalAppellation(of fiche: RomeCode) -> OgrCode? {
        catalogue.appellations(of: fiche).first { $0.isPrincipale }?.ogr
    }

    /// A line per match, for failure messages: "1. J1501 Aide-soignant… 72.4".
    static func describe(_ ranking: MatchingRanking, _ limit: Int = 10) -> String {
        ranking.top(limit).map { "\($0.rank). \($0.code) \($0.label) \(String(format: "%.1f", $0.score.total))" }.joined(separator: "\n")
    }
}
