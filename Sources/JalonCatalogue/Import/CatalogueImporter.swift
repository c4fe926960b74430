import Foundation
import JalonCore

/// Turns the open-data folder (see `../shared/data/README.md`) into the bundled catalogue artifact.
/// Deterministic: the same files give the same bytes (rows in sorted or file order, strings interned in
/// first-use order, no dates taken from the clock). Records it cannot join are kept where they make
/// sense and always counted in the report.
public struct CatalogueImporter: Sendable {
    public let dataFolder: String

    public init(dataFolder: String) { self.dataFolder = dataFolder }

    public struct Output: Sendable {
        public let bytes: [UInt8]
        public let report: ImportReport
    }

    public func build() throws(ImportError) -> Output {
        let build = CatalogueBuild(dataFolder: dataFolder)
        try build.run()
        // The matching index is built as a process would build it from the finished tables, then stored
        // beside them: its labels are strings of the pool, which stays as written.
        let tables: Catalogue
        do { tables = try Catalogue(data: Data(build.writer.finish()), source: "import") } catch {
            preconditionFailure("the import wrote an unreadable catalogue: \(error)")
        }
        MatchingLayoutSections.write(tables.rebuiltMatchingIndex().layout, ref: { build.pool.ref(of: $0)! }, to: &build.writer)
        return Output(bytes: build.writer.finish(), report: build.report)
    }
}

/// The state of one import: the string pool, the artifact being written, the report, and the row
/// numbers later steps join on.
final class CatalogueBuild {
    let dataFolder: String
    var pool = StringPoolBuilder()
    var writer = ArtifactWriter()
    var report = ImportReport()

    /// Fiche code → row in the fiches table (sorted by code).
    var ficheRows: [String: Int] = [:]
    var ficheCodes: [String] = []
    /// For each fiche row, the certification rows linked to it.
    var ficheCertifications: [[Int]] = []
    /// Parent fiche row of each fiche (ROME 4.0 split many ROME v3 fiches into a parent and children).
    var ficheParentRows: [Int?] = []
    var activeCertificationRows: Set<Int> = []
    var searchEntries: [SearchEntry] = []
    /// Per fiche row, the labels of its contexts, savoirs and compétences, and its ONISEP names
    /// (the experience index reads them).
    var ficheItemLabels: [[StringRef]] = []
    var ficheOnisepLabels: [[StringRef]] = []
    var familyParents: Set<String> = []
    var filesWithRowsWithoutCode: Set<String> = []

    init(dataFolder: String) { self.dataFolder = dataFolder }

    func run() throws(ImportError) {
        writeSources()
        try importRome()
        try importCentresInteret()
        try importOnisep()
        try importDares()
        let rates = try importInsertionRates()
        try importCertifications(rates: rates)
        writeFicheCertifications()
        writeSearchIndex()
        writeExperienceIndex()
        summarise()
        report.write(pool: &pool, to: &writer)
        writeMeta()
        // The pool goes last: every step above interned its strings.
        pool.write(to: &writer)
    }

    // MARK: Reading

    /// Reads a source CSV; records shorter than the header are counted here, once.
    func read(_ relativePath: String, separator: Character) throws(ImportError) -> CSVFile {
        let path = (dataFolder as NSString).appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: path) else { throw .missingFile(path: path) }
        let file = try CSVFile(path: path, separator: separator.asciiValue!)
        for record in file.records where record.fields.count < file.header.count {
            report.anomaly("csv.shortRecord", example: "\((relativePath as NSString).lastPathComponent):\(record.line)")
        }
        return file
    }

    /// A text with the damage the sources are known for repaired; each repair is counted.
    func repair(_ text: String) -> String {
        var text = text
        if let repaired = TextRepair.undoMojibake(text) {
            report.anomaly("repair.mojibake", example: "\(text) → \(repaired)")
            text = repaired
        }
        if let repaired = TextRepair.undoubleApostrophes(text) {
            report.anomaly("repair.doubledApostrophe", example: String(repaired.prefix(60)))
            text = repaired
        }
        return text
    }

    func internRepaired(_ text: String) -> StringRef { pool.intern(repair(text)) }

    // MARK: Sources and meta

    private func writeSources() {
        var table = TableBuilder<SourceColumn>()
        for source in SourceFiles.all {
            table.append([
                .id: pool.intern(source.id), .title: pool.intern(source.title), .publisher: pool.intern(source.publisher),
                .version: pool.intern(source.version), .licence: pool.intern(source.licence)
            ])
        }
        table.write(SectionName.sources, to: &writer)
    }

    private func writeMeta() {
        var table = TableBuilder<MetaColumn>()
        let sourcesVersion = SourceFiles.all.map { "\($0.id)@\($0.version)" }.joined(separator: " ")
        for (key, value) in [("catalogueVersion", "\(ArtifactFormat.version).\(Self.contentRevision)"), ("sources", sourcesVersion)] {
            table.append([.key: pool.intern(key), .value: pool.intern(value)])
        }
        table.write(SectionName.meta, to: &writer)
    }

    /// Raised whenever the importer changes what it writes for the same inputs.
    static let contentRevision = 3

    /// Every anomaly the importer looks for, in the order the report lists those it did not find.
    static let anomalyChecks = [
        "csv.shortRecord", "repair.mojibake", "repair.doubledApostrophe",
        "rome.fiche.invalidCode", "rome.fiche.withoutDomain", "rome.fiche.withoutDefinition", "rome.fiche.unknownParent",
        "rome.riasec.invalid", "rome.riasec.unknownFiche", "rome.texte.unknownFiche", "rome.texte.unknownType", "rome.appellation.unknownFiche",
        "rome.macro.withoutRiasec", "rome.link.unknownFiche", "rome.link.unknownItem", "rome.coherence.withoutLink",
        "rome.mobilite.unknownFiche", "rome.centreInteret.invalidCode", "rome.centreInteret.unknownCode", "onisep.unknownFiche",
        "inserjeunes.unknownMefstat11", "inserjeunes.withoutDiploma", "inserjeunes.unknownVoie", "inserjeunes.rateWithoutCertification",
        "certification.rowWithoutCode", "certification.invalidCode", "certification.levelDisagreement", "certification.withoutTitle",
        "certification.romeDomainCode", "certification.romeUnknownFiche", "certification.romeInvalidCode",
        "dares.unknownLevel", "dares.rome.unknownFiche", "dares.fiche.unjoined"
    ]

    private func summarise() {
        report.declareChecked(Self.anomalyChecks)
        report.count("fiches.withCertification.direct", ficheCertifications.filter { !$0.isEmpty }.count, of: ficheCodes.count)
        let withParent = (0..<ficheCodes.count).map(certificationRowsWithParent)
        report.count("fiches.withCertification", withParent.filter { !$0.isEmpty }.count, of: ficheCodes.count)
        let fichesWithActive = withParent.filter { rows in rows.contains { activeCertificationRows.contains($0.row) } }.count
        report.count("fiches.withActiveCertification", fichesWithActive, of: ficheCodes.count)
    }
}

extension StringPoolBuilder {
    /// The text of a reference already interned (index building reads back repaired labels).
    func string(_ ref: StringRef) -> String {
        let start = Int(offsets[Int(ref)]), end = Int(offsets[Int(ref) + 1])
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
