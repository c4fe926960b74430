import Dispatch
import Foundation
import JalonCore
import JalonLocale
import JalonStore
import JalonXML

/// Reads a caseload: each file is parsed once (hardened), validated, summarised into a `CaseloadRow`
/// and dropped, so memory holds one document per worker. Files are read on every core; the rows come
/// back in the order of the files, whatever order the workers finished in.
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
    public func rows(
        for files: [String], workers: Int = CaseloadReader.defaultWorkers,
        progress: (@Sendable (Int) -> Void)? = nil
    ) -> [CaseloadRow] {
        var rows: [CaseloadRow] = []
        rows.reserveCapacity(files.count)
        forEachRow(of: files, workers: workers, progress: progress) { rows.append($0) }
        return rows
    }

    /// Hands each file's row to `body`, on the calling thread, in the order of `files`, as soon as it
    /// and every earlier one are read, while the workers read on: a review written as it goes never
    /// holds the caseload's rows. The workers stay at most `window` files ahead of `body`, so a slow
    /// file (or a slow `body`) holds back at most that many rows.
    public func forEachRow(
        of files: [String], workers: Int = CaseloadReader.defaultWorkers, window: Int = 256,
        progress: (@Sendable (Int) -> Void)? = nil, _ body: (CaseloadRow) -> Void
    ) {
        let work = OrderedWork(window: max(window, workers))
        let group = DispatchGroup()
        for _ in 0..<max(1, min(workers, files.count)) {
            DispatchQueue.global().async(group: group) {
                // Each worker takes the next unread file: no chunk boundary where a core waits for a
                // slow file of another's chunk.
                while let index = work.take(below: files.count) {
                    work.finish(index, self.row(for: files[index]), progress: progress)
                }
            }
        }
        for index in files.indices { body(work.deliver(index)) }
        group.wait()
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
                namespace?.hasPrefix(ProjectFormat.namespacePrefix) == true
            {
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
            return CaseloadReadError(
                line: reason?.line ?? 0, column: reason?.column ?? 0,
                message: language.pick(
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
        let more =
            diagnostics.count > 1
            ? language.pick(fr: " (et \(diagnostics.count - 1) autre(s))", en: " (and \(diagnostics.count - 1) more)") : ""
        let header = language.pick(fr: "non conforme au schéma : ", en: "does not match the schema: ")
        return CaseloadReadError(line: first.line, column: first.column, message: header + first.message + more)
    }
}

/// What the workers and the deliverer of one `forEachRow` call share: the next file to take, the rows
/// read but not yet delivered, and how far delivery has gone.
private final class OrderedWork: @unchecked Sendable {
    // NSCondition guards every field below: workers wait when too far ahead, the deliverer for its next row.
    private let condition = NSCondition()
    private let window: Int
    private var next = 0
    private var delivered = 0
    private var done = 0
    private var ready: [Int: CaseloadRow] = [:]

    init(window: Int) { self.window = window }

    /// The next file to read, once it is within `window` of delivery; nil when none is left.
    func take(below count: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < count && next >= delivered + window { condition.wait() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func finish(_ index: Int, _ row: CaseloadRow, progress: (@Sendable (Int) -> Void)?) {
        condition.lock()
        defer { condition.unlock() }
        ready[index] = row
        done += 1
        // Under the lock, so counts are reported in order (the callback is cheap: a terminal line
        // every 1 % at most).
        progress?(done)
        condition.broadcast()
    }

    /// The row of file `index`, once read.
    func deliver(_ index: Int) -> CaseloadRow {
        condition.lock()
        defer { condition.unlock() }
        while ready[index] == nil { condition.wait() }
        delivered = index + 1
        condition.broadcast()
        return ready.removeValue(forKey: index)!
    }
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
