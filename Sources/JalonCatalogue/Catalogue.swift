import Foundation
import JalonCore
import JalonResources

/// The reference catalogue, loaded from the artifact the importer writes. Immutable and `Sendable`:
/// load it once and share it. Loading copies each section into an array (no parsing); domain values
/// are made on demand.
public final class Catalogue: Sendable {
    /// Catalogue format and content revision, with the sources' versions ("1.1").
    public let version: String
    /// The sources' identifiers and versions, as recorded at import.
    public let sourcesVersion: String
    public let sources: [CatalogueSource]
    public let report: ImportReport

    let strings: StringPool
    let fiches: Table<FicheColumn>
    let appellations: Table<AppellationColumn>
    let competences: Table<CompetenceColumn>
    let savoirs: Table<SavoirColumn>
    let contextes: Table<ContexteColumn>
    let centres: Table<CentreColumn>
    let certifications: Table<CertificationColumn>
    let rates: Table<RateColumn>
    let regionTable: Table<RegionColumn>
    /// Nil in artifacts written before the table existed: persons then get national figures.
    let departementTable: Table<DepartementColumn>?
    let ficheItems, ficheMobilites, ficheCerts, ficheOnisep, centreFiches: Relation
    let certReplacedBy, certCertifiers, certFormacodes, certNsf, certRome, certDiplomas, certRates, certSources: Relation
    /// Dares families, tension figures and fiche → families; nil in artifacts written before them.
    let fapTable: Table<FapColumn>?
    let tensionTable: Table<TensionColumn>?
    let ficheFaps: Relation?
    let searchIndex: TermIndex
    /// Free-text experience search: fiche and appellation titles, ONISEP names, and per fiche the
    /// labels of its contexts, savoirs and compétences.
    let experienceIndex: TermIndex
    /// The matching index as the importer stored it; nil in an artifact whose layout version is not this
    /// build's (``matchingIndex()`` then rebuilds it from the tables).
    let storedMatchingLayout: StoredMatchingLayout?
    /// The artifact's path, for failures found after opening.
    let artifactPath: String

    /// The catalogue shipped in `Resources/Catalogue/`.
    public static func bundled() throws(CatalogueError) -> Catalogue {
        guard let url = JalonResources.url(bundledPath) else { throw .notBundled }
        return try Catalogue(contentsOf: url.path)
    }

    public static let bundledPath = "Catalogue/catalogue.jcat"

    /// Maps the file: nothing is read until used.
    public convenience init(contentsOf path: String) throws(CatalogueError) {
        try self.init(reader: ArtifactReader(bytes: ArtifactBytes(mapping: path), source: path))
    }

    /// A catalogue held in memory (a fresh import); `source` names it in failures.
    public convenience init(data: Data, source: String) throws(CatalogueError) {
        try self.init(reader: ArtifactReader(data: data, source: source))
    }

    init(reader: ArtifactReader) throws(CatalogueError) {
        let source = reader.source
        strings = try StringPool(reader: reader)
        let meta = try Table<MetaColumn>(reader: reader, name: SectionName.meta)
        var metaValues: [String: String] = [:]
        for row in 0..<meta.count { metaValues[strings[meta[row, .key]]] = strings[meta[row, .value]] }
        version = metaValues["catalogueVersion"] ?? "?"
        sourcesVersion = metaValues["sources"] ?? ""
        let sourceTable = try Table<SourceColumn>(reader: reader, name: SectionName.sources)
        sources = (0..<sourceTable.count).map { [strings] row in
            CatalogueSource(
                id: strings[sourceTable[row, .id]], title: strings[sourceTable[row, .title]],
                publisher: strings[sourceTable[row, .publisher]], version: strings[sourceTable[row, .version]],
                licence: strings[sourceTable[row, .licence]])
        }
        report = ImportReport(table: try Table(reader: reader, name: SectionName.report), pool: strings)
        fiches = try Table(reader: reader, name: SectionName.fiches)
        appellations = try Table(reader: reader, name: SectionName.appellations)
        competences = try Table(reader: reader, name: SectionName.competences)
        savoirs = try Table(reader: reader, name: SectionName.savoirs)
        contextes = try Table(reader: reader, name: SectionName.contextes)
        centres = try Table(reader: reader, name: SectionName.centres)
        certifications = try Table(reader: reader, name: SectionName.certifications)
        rates = try Table(reader: reader, name: SectionName.rates)
        regionTable = try Table(reader: reader, name: SectionName.regions)
        departementTable = reader.contains(SectionName.departements) ? try Table(reader: reader, name: SectionName.departements) : nil
        ficheItems = try Relation(reader: reader, name: SectionName.ficheItems)
        ficheMobilites = try Relation(reader: reader, name: SectionName.ficheMobilites)
        ficheCerts = try Relation(reader: reader, name: SectionName.ficheCerts)
        ficheOnisep = try Relation(reader: reader, name: SectionName.ficheOnisep)
        centreFiches = try Relation(reader: reader, name: SectionName.centreFiches)
        certReplacedBy = try Relation(reader: reader, name: SectionName.certReplacedBy)
        certCertifiers = try Relation(reader: reader, name: SectionName.certCertifiers)
        certFormacodes = try Relation(reader: reader, name: SectionName.certFormacodes)
        certNsf = try Relation(reader: reader, name: SectionName.certNsf)
        certRome = try Relation(reader: reader, name: SectionName.certRome)
        certDiplomas = try Relation(reader: reader, name: SectionName.certDiplomas)
        certRates = try Relation(reader: reader, name: SectionName.certRates)
        certSources = try Relation(reader: reader, name: SectionName.certSources)
        fapTable = reader.contains(SectionName.faps) ? try Table(reader: reader, name: SectionName.faps) : nil
        tensionTable = reader.contains(SectionName.tensions) ? try Table(reader: reader, name: SectionName.tensions) : nil
        ficheFaps = reader.contains(SectionName.ficheFaps) ? try Relation(reader: reader, name: SectionName.ficheFaps) : nil
        searchIndex = try TermIndex(reader: reader, prefix: SectionName.searchIndex, strings: strings)
        experienceIndex = try TermIndex(reader: reader, prefix: SectionName.experienceIndex, strings: strings)
        storedMatchingLayout = try StoredMatchingLayout(reader: reader)
        artifactPath = source
        guard ficheItems.ownerCount == fiches.count, ficheCerts.ownerCount == fiches.count,
            certRome.ownerCount == certifications.count
        else { throw .corrupt(path: source, detail: "relations") }
    }

    // MARK: Counts (records in the artifact; the import report says how they compare with the sources)

    public var ficheCount: Int { fiches.count }
    public var appellationCount: Int { appellations.count }
    public var competenceCount: Int { competences.count }
    public var savoirCount: Int { savoirs.count }
    public var certificationCount: Int { certifications.count }
    public var insertionRateCount: Int { rates.count }

    func source(_ index: UInt32) -> CatalogueSource { sources[Int(index)] }
}

/// Binary search over rows sorted by a key.
func lowerBound(count: Int, _ isBefore: (Int) -> Bool) -> Int {
    var low = 0, high = count
    while low < high {
        let middle = (low + high) / 2
        if isBefore(middle) { low = middle + 1 } else { high = middle }
    }
    return low
}

extension Catalogue {
    /// The source with this identifier; the importer always writes all of them.
    func source(id: String) -> CatalogueSource { sources.first { $0.id == id }! }
}
