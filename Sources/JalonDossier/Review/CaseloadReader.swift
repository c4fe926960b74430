import Dispatch
import Foundation
import JalonCore
import JalonLocale
import JalonStore
import JalonXML
import Synchronization

/// Reads a caseload: each file is parsed (hardened), validated, summarised into a `CaseloadRow` and
/// dropped, so memory holds one document per worker plus the rows. Files are read on every core; the
/// rows come back in the order of the files, whatever order the workers finished in.
public struct CaseloadReader: Sendable {
    public var review: CaseloadReview
    public var language: Language
    public var loader: ProjectDocumentLoader

    public init(review: CaseloadReview, language: Language, loader: ProjectDocumentLoader = ProjectDocumentLoader()) {
        self.review = review
        self.language = language
        self.loader = loader
    }

    /// One row per file, in the order of `files`. `progress` receives the count of files read so far,
    /// one call at a time and in increasing order, from whichever worker finished a file.
    public func rows(for files: [String], workers: Int = CaseloadReader.defaultWorkers,
                     progress: (@Sendable (Int) -> Void)? = nil) -> [CaseloadRow] {
        let work = SharedWork(count: files.count)
        // Each worker takes the next unread file until none is left: no chunk boundary where a core
        // waits for a slow file of the other's chunk.
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, files.count))) { _ in
            while true {
                let index = work.next.add(1, ordering: .relaxed).oldValue
                guard index < files.count else { return }
                let row = self.row(for: files[index])
                work.results.withLock { results in
                    results.rows[index] = row
                    results.done += 1
                    // Under the lock, so counts are reported in order (the callback is cheap: a
                    // terminal line every 1 % at most).
                    progress?(results.done)
                }
            }
        }
        return work.results.withLock { $0.rows.map { $0! } }
    }

    /// The row of one file; never throws: what cannot be read becomes the row's error.
    public func row(for file: String) -> CaseloadRow {
        CaseloadRow(file: file, content: content(of: file))
    }

    private func content(of file: String) -> CaseloadRow.Content {
        let bytes: [UInt8]
        switch BoundedFile.contents(of: file, limit: loader.limits.maxBytes) {
        case .success(let read): bytes = read
        case .failure(let problem): return .unreadable(CaseloadReadError(message: problem.message(in: language)))
        }
        if Self.declaresProjectFirst(bytes) { return projectContent(bytes, file) }
        do {
            return .summary(review.summary(ofDossier: try DossierXML.read(bytes: bytes, sourceName: file, loader: loader)))
        } catch {
            if case .notADossier(_, let found, let namespace) = error, found == ProjectFormat.rootElement,
               namespace?.hasPrefix(ProjectFormat.namespacePrefix) == true {
                return projectContent(bytes, file)
            }
            return .unreadable(readError(error))
        }
    }

    /// Which reader to try first, from the first Jalon namespace in the file (the root's, in the first
    /// bytes of both formats; a dossier's embedded project declares its own later): a project document goes
    /// straight to the project loader instead of being parsed twice. Only a choice of order: each
    /// reader checks the root itself, and a misjudged project document still falls back here.
    static func declaresProjectFirst(_ bytes: [UInt8]) -> Bool {
        let marker = Array("urn:jalon:".utf8)
        guard let found = firstOffset(of: marker, in: bytes.prefix(4096)) else { return false }
        return bytes[(found + marker.count)...].starts(with: "project:".utf8)
    }

    /// A plain scan: Foundation's generic `firstRange(of:)` cost more than the rest of the choice.
    private static func firstOffset(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let head = needle.first, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        while index <= haystack.endIndex - needle.count {
            if haystack[index] == head, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private func projectContent(_ bytes: [UInt8], _ file: String) -> CaseloadRow.Content {
        let document: XMLDocument
        do { document = try XMLDocument(bytes: bytes, sourceName: file, limits: loader.limits) } catch {
            return .unreadable(readError(ProjectLoadError.xml(error)))
        }
        do {
            let loaded = try loader.load(document)
            let project = try ProjectCodec.decode(loaded.document)
            return .summary(review.summary(ofProjectDocument: project))
        } catch let error as ProjectLoadError {
            if case .invalid = error, let summary = inconsistentSummary(of: document) { return .summary(summary) }
            return .unreadable(readError(error))
        } catch let error as ProjectDecodingError {
            return .unreadable(CaseloadReadError(at: error.location, failure: error, language: language))
        } catch {
            return .unreadable(CaseloadReadError(message: String(describing: error)))
        }
    }

    private func readError(_ error: DossierReadError) -> CaseloadReadError {
        switch error {
        case .xml(let error): return readError(ProjectLoadError.xml(error))
        case .project(let error): return readError(error)
        case .decoding(let error): return CaseloadReadError(at: error.location, failure: error, language: language)
        case .invalid(let diagnostics): return readError(ProjectLoadError.invalid(diagnostics))
        case .altered(_, _, let cause):
            // The two 64-digit fingerprints are for verify-dossier; a review row says what happened.
            let reason = (cause as? ProjectLoadError).map { readError($0) }
            return CaseloadReadError(line: reason?.line ?? 0, column: reason?.column ?? 0, message: language.pick(
                fr: "dossier altéré depuis son export, et devenu illisible : ", en: "dossier altered since its export, and now unreadable: ")
                + (reason?.message ?? cause.message(in: language)))
        case .notADossier, .unsupportedVersion, .schemaUnavailable:
            return CaseloadReadError(at: error.location ?? XMLSourceLocation(sourceName: ""), failure: error, language: language)
        }
    }

    /// A document the schema refuses because its parts contradict each other (a métier both kept and
    /// suggested, two actions with one id…) is still a person in the caseload: when it maps to a
    /// project whose `inconsistencies` say what is wrong, it gets a row flagged `inconsistent` rather
    /// than an error. Any other schema failure leaves the file unreadable.
    private func inconsistentSummary(of document: XMLDocument) -> CaseloadSummary? {
        guard let project = try? ProjectCodec.decode(document), !project.inconsistencies.isEmpty else { return nil }
        return review.summary(ofProjectDocument: project)
    }

    /// A schema failure shows its first violation and how many follow; the others their one sentence.
    private func readError(_ error: ProjectLoadError) -> CaseloadReadError {
        guard case .invalid(let diagnostics) = error, let first = diagnostics.first else {
            let location = error.location
            return CaseloadReadError(line: location?.line ?? 0, column: location?.column ?? 0, message: error.reason(in: language))
        }
        let more = diagnostics.count > 1
            ? language.pick(fr: " (et \(diagnostics.count - 1) autre(s))", en: " (and \(diagnostics.count - 1) more)") : ""
        let header = language.pick(fr: "non conforme au schéma : ", en: "does not match the schema: ")
        return CaseloadReadError(line: first.line, column: first.column, message: header + first.message + more)
    }
}

/// What the workers of one `rows(for:)` call share: the next file to take, and the rows so far.
private final class SharedWork: Sendable {
    struct Results {
        var rows: [CaseloadRow?]
        var done = 0
    }

    let next = Atomic<Int>(0)
    let results: Mutex<Results>

    init(count: Int) { results = Mutex(Results(rows: Array(repeating: nil, count: count))) }
}

extension CaseloadReadError {
    /// The failure's sentence at `location`, without the location the sentence starts with.
    init(at location: XMLSourceLocation, failure: any LocalizedFailure, language: Language) {
        var message = failure.message(in: language)
        for prefix in ["\(location) : ", "\(location): "] where message.hasPrefix(prefix) {
            message = String(message.dropFirst(prefix.count))
        }
        self.init(line: location.line, column: location.column, message: message)
    }
}

extension CaseloadReader {
    /// One worker per core.
    public static var defaultWorkers: Int { ProcessInfo.processInfo.activeProcessorCount }
}
