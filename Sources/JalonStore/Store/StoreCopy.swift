import JalonCore
import JalonLocale

/// A store that takes revisions made elsewhere with their metadata kept (number, time, author,
/// message, fingerprint): the target of `StoreCopy`.
public protocol RevisionCopying: ProjectStore {
    /// Appends `info` (revision 1 creates the project) after checking the document against its own
    /// format version and its fingerprint against `info.fingerprint`; a project already past
    /// `info.number - 1` is a conflict.
    func appendCopy(_ info: RevisionInfo, document: [UInt8]) throws(StoreError)
}

/// Copies every project and revision of one store into another (`jalon store copy`), the fingerprints
/// checked on both sides: each revision read from the source must match the fingerprint it was stored
/// with, and the target recomputes it before writing. Resumable: a project already in the target with
/// the same first revisions continues after them; one whose revisions differ is refused, never
/// overwritten.
public struct StoreCopy {
    public struct Report: Sendable, Equatable {
        public var projects = 0
        /// Revisions written by this run.
        public var copied = 0
        /// Revisions already in the target (an earlier, interrupted run).
        public var alreadyThere = 0
    }

    public enum Failure: LocalizedFailure, Sendable {
        case store(StoreError)
        /// The source's revision does not match the fingerprint it was stored with.
        case damagedSource(ProjectID, Int)
        /// The target holds other revisions under this project id.
        case diverged(ProjectID, Int)

        public func message(in language: Language) -> String {
            switch self {
            case .store(let error): error.message(in: language)
            case .damagedSource(let id, let number):
                language.pick(
                    fr: "révision \(id) r\(number) de la source endommagée (empreinte différente) : rien n’en a été copié",
                    en: "revision \(id) r\(number) of the source is damaged (fingerprint differs): none of it was copied")
            case .diverged(let id, let number):
                language.pick(
                    fr: "la destination a déjà un projet \(id) dont la révision \(number) diffère de la source : il n’a pas été touché",
                    en: "the target already has a project \(id) whose revision \(number) differs from the source: it was left alone")
            }
        }
    }

    public let source: any ProjectStore
    public let target: any RevisionCopying

    public init(from source: any ProjectStore, to target: any RevisionCopying) {
        self.source = source
        self.target = target
    }

    /// `progress(done, total)` after each project.
    public func run(progress: (Int, Int) -> Void = { _, _ in }) throws(Failure) -> Report {
        var report = Report()
        let ids: [ProjectID]
        do { ids = try source.projectIDs() } catch { throw .store(error) }
        progress(0, ids.count)
        for (index, id) in ids.enumerated() {
            do {
                try copy(id, into: &report)
            } catch .store(.projectNotFound(let gone)) where gone == id {
                // Erased from the source since the listing: nothing to copy.
            }
            progress(index + 1, ids.count)
        }
        return report
    }

    private func copy(_ id: ProjectID, into report: inout Report) throws(Failure) {
        let wanted: [RevisionInfo], present: [RevisionInfo]
        do {
            wanted = try source.history(of: id)
            do { present = try target.history(of: id) } catch .projectNotFound { present = [] }
        } catch { throw .store(error) }
        for (index, revision) in present.enumerated() {
            guard index < wanted.count, wanted[index].number == revision.number, wanted[index].fingerprint == revision.fingerprint else {
                throw .diverged(id, revision.number)
            }
        }
        report.projects += 1
        report.alreadyThere += present.count
        for info in wanted.dropFirst(present.count) {
            do {
                let stored = try source.revision(info.number, of: id)
                guard try stored.document.fingerprint() == info.fingerprint else { throw Failure.damagedSource(id, info.number) }
                try target.appendCopy(stored.info, document: stored.document.serialized())
                report.copied += 1
            } catch let error as Failure {
                throw error
            } catch let error as StoreError {
                throw .store(error)
            } catch {
                throw .damagedSource(id, info.number)
            }
        }
    }
}

extension StoreCopy.Failure {
    public var failureKind: FailureKind {
        switch self {
        case .store(let error): error.failureKind
        case .damagedSource: .invalidInput
        case .diverged: .conflict
        }
    }
}
