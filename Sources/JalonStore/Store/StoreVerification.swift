import JalonCore
import JalonLocale
import JalonXML

/// The result of checking a whole store: every revision read, validated and fingerprinted.
public struct StoreVerificationReport: Sendable {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var projectID: ProjectID?
        public var revision: Int?
        public var reason: String

        public var description: String {
            let place = [projectID?.rawValue, revision.map { "r\($0)" }].compactMap { $0 }.joined(separator: " ")
            return place.isEmpty ? reason : "\(place): \(reason)"
        }
    }

    public var projectCount = 0
    public var revisionCount = 0
    public var problems: [Problem] = []

    public var isIntact: Bool { problems.isEmpty }
}

extension FileProjectStore {
    /// Reads back every revision of every project: the envelope matches its schema, the project
    /// document validates against the schema of its version, its canonical form matches the stored
    /// fingerprint, and the numbers run 1…N without a gap. One bad file never hides the others.
    public func verify(format: ProjectFormat = .standard) throws(StoreError) -> StoreVerificationReport {
        var report = StoreVerificationReport()
        let envelopeSchema: XMLSchema
        do { envelopeSchema = try ProjectFormat.bundledSchema(named: "revision-1.xsd") } catch {
            report.problems.append(.init(reason: "schéma des révisions introuvable : \(error)"))
            return report
        }
        for id in try projectIDs() {
            var found = StoreVerificationReport()
            found.projectCount = 1
            let numbers: [Int]
            do { numbers = try revisionNumbers(of: id) } catch {
                numbers = []
                found.problems.append(.init(projectID: id, reason: error.message(in: .fr)))
            }
            if numbers.isEmpty && found.problems.isEmpty {
                found.problems.append(.init(projectID: id, reason: "projet sans aucune révision"))
            }
            if let gap = zip(1..., numbers).first(where: { $0 != $1 })?.0 {
                found.problems.append(.init(projectID: id, revision: gap, reason: "révision manquante (numéros non contigus)"))
            }
            for number in numbers {
                found.revisionCount += 1
                if let problem = problem(in: number, of: id, format: format, envelopeSchema: envelopeSchema) {
                    found.problems.append(.init(projectID: id, revision: number, reason: problem))
                }
            }
            // Erased by another process since the listing: not a project of this store any more, and
            // whatever could not be read of it is no damage.
            if !found.problems.isEmpty, !projectExists(id) { continue }
            report.projectCount += found.projectCount
            report.revisionCount += found.revisionCount
            report.problems += found.problems
        }
        return report
    }

    private func problem(in number: Int, of id: ProjectID, format: ProjectFormat, envelopeSchema: XMLSchema) -> String? {
        let stored: StoredRevision
        do { stored = try readRevision(number, of: id, envelopeSchema: envelopeSchema) } catch { return error.message(in: .fr) }
        guard let version = FormatVersion(stored.info.schemaVersion), format.versions.contains(version) else {
            return "format \(stored.info.schemaVersion) inconnu"
        }
        do {
            if let first = try format.schema(for: version).validate(stored.document).first {
                return "document non valide : \(first)"
            }
            let fingerprint = try stored.document.fingerprint()
            if fingerprint != stored.info.fingerprint {
                return "empreinte différente : enregistrée \(stored.info.fingerprint), calculée \(fingerprint)"
            }
        } catch {
            return String(describing: error)
        }
        return nil
    }
}
