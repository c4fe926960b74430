import JalonCore
import JalonLocale
import JalonXML

/// The result of checking a whole store: every revision read, validated and fingerprinted.
public struct StoreVerificationReport: Sendable {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public enum Kind: Sendable, Equatable {
            case envelopeSchemaMissing(String)
            case unreadable(StoreError)
            case noRevision
            case missingRevision
            case unknownFormat(String)
            case invalidDocument(XMLDiagnostic)
            case fingerprintMismatch(stored: String, computed: String)
            case unexpected(String)
        }

        public var projectID: ProjectID?
        public var revision: Int?
        public var kind: Kind

        public init(projectID: ProjectID? = nil, revision: Int? = nil, kind: Kind) {
            self.projectID = projectID
            self.revision = revision
            self.kind = kind
        }

        public func reason(in language: Language) -> String {
            switch kind {
            case .envelopeSchemaMissing(let detail):
                language.pick(fr: "schéma des révisions introuvable : \(detail)", en: "revision schema not found: \(detail)")
            case .unreadable(let error): error.message(in: language)
            case .noRevision: language.pick(fr: "projet sans aucune révision", en: "project without any revision")
            case .missingRevision:
                language.pick(fr: "révision manquante (numéros non contigus)", en: "missing revision (numbers not contiguous)")
            case .unknownFormat(let version): language.pick(fr: "format \(version) inconnu", en: "unknown format \(version)")
            case .invalidDocument(let diagnostic):
                language.pick(fr: "document non valide : \(diagnostic)", en: "invalid document: \(diagnostic)")
            case .fingerprintMismatch(let stored, let computed):
                language.pick(
                    fr: "empreinte différente : enregistrée \(stored), calculée \(computed)",
                    en: "fingerprint differs: stored \(stored), computed \(computed)")
            case .unexpected(let detail): detail
            }
        }

        /// `<project> r<N>: reason`, in the given language.
        public func message(in language: Language) -> String {
            let place = [projectID?.rawValue, revision.map { "r\($0)" }].compactMap { $0 }.joined(separator: " ")
            return place.isEmpty ? reason(in: language) : "\(place): \(reason(in: language))"
        }

        public var description: String { message(in: .fr) }
    }

    public var projectCount = 0
    public var revisionCount = 0
    public var problems: [Problem] = []

    public init(projectCount: Int = 0, revisionCount: Int = 0, problems: [Problem] = []) {
        self.projectCount = projectCount
        self.revisionCount = revisionCount
        self.problems = problems
    }

    public var isIntact: Bool { problems.isEmpty }
}

extension StoreVerificationReport {
    /// Checks one project whose revisions are numbered `numbers` (as listed), reading each with
    /// `read`: the numbers run 1…N without a gap, each document validates against the schema of its
    /// version and its canonical form matches the stored fingerprint. Every backend's `verify` is this
    /// loop over its projects; one bad revision never hides the others.
    package static func checkProject(
        _ id: ProjectID, numbers: [Int], format: ProjectFormat,
        read: (Int) throws(StoreError) -> StoredRevision
    ) -> StoreVerificationReport {
        var found = StoreVerificationReport()
        found.projectCount = 1
        if numbers.isEmpty { found.problems.append(.init(projectID: id, kind: .noRevision)) }
        if let gap = zip(1..., numbers).first(where: { $0 != $1 })?.0 {
            found.problems.append(.init(projectID: id, revision: gap, kind: .missingRevision))
        }
        for number in numbers {
            found.revisionCount += 1
            let stored: StoredRevision
            do { stored = try read(number) } catch {
                found.problems.append(.init(projectID: id, revision: number, kind: .unreadable(error)))
                continue
            }
            if let problem = problem(in: stored, format: format) {
                found.problems.append(.init(projectID: id, revision: number, kind: problem))
            }
        }
        return found
    }

    private static func problem(in stored: StoredRevision, format: ProjectFormat) -> Problem.Kind? {
        guard let version = FormatVersion(stored.info.schemaVersion), format.versions.contains(version) else {
            return .unknownFormat(stored.info.schemaVersion)
        }
        do {
            if let first = try format.schema(for: version).validate(stored.document).first {
                return .invalidDocument(first)
            }
            let fingerprint = try stored.document.fingerprint()
            if fingerprint != stored.info.fingerprint {
                return .fingerprintMismatch(stored: stored.info.fingerprint, computed: fingerprint)
            }
        } catch {
            return .unexpected(String(describing: error))
        }
        return nil
    }

    /// Adds one project's findings to the whole store's.
    package mutating func add(_ project: StoreVerificationReport) {
        projectCount += project.projectCount
        revisionCount += project.revisionCount
        problems += project.problems
    }
}

extension FileProjectStore {
    /// Reads back every revision of every project (`StoreVerificationReport.checkProject`), each
    /// revision file's envelope also against its schema.
    public func verify(format: ProjectFormat = .standard) throws(StoreError) -> StoreVerificationReport {
        var report = StoreVerificationReport()
        let envelopeSchema: XMLSchema
        do { envelopeSchema = try ProjectFormat.bundledSchema(named: "revision-1.xsd") } catch {
            report.problems.append(.init(kind: .envelopeSchemaMissing("\(error)")))
            return report
        }
        for id in try projectIDs() {
            let found: StoreVerificationReport
            do {
                let numbers = try revisionNumbers(of: id)
                found = .checkProject(id, numbers: numbers, format: format) { number throws(StoreError) in
                    try readRevision(number, of: id, envelopeSchema: envelopeSchema)
                }
            } catch {
                found = StoreVerificationReport(projectCount: 1, problems: [.init(projectID: id, kind: .unreadable(error))])
            }
            // Erased by another process since the listing: not a project of this store any more, and
            // whatever could not be read of it is no damage.
            if !found.problems.isEmpty, !projectExists(id) { continue }
            report.add(found)
        }
        return report
    }
}
