import JalonCore
import JalonStore
import Synchronization

/// Decoded latest revisions, kept per project with the exact bytes they were decoded from. A read asks
/// the store for the latest revision's bytes (a listing and a file read) and decodes them again only
/// when they differ: parsing, schema validation and mapping cost most of a project read, and a stored
/// revision never changes. Comparing bytes rather than revision numbers keeps every read right with
/// several servers on one store and with an erased id that comes back with other content.
/// Bounded: past `capacity` projects, the least recently read one goes.
final class ProjectReadCache: Sendable {
    private struct Entry {
        let bytes: [UInt8]
        let loaded: ProjectRepository.Loaded
        var lastUse: UInt64
        /// Responses computed from this revision alone, encoded on first demand, by `view(_:of:encode:)` key.
        var views: [String: [UInt8]] = [:]
    }

    private struct State {
        var entries: [ProjectID: Entry] = [:]
        var uses: UInt64 = 0
    }

    private let state = Mutex(State())
    let capacity: Int
    /// Views kept per revision (API bodies and web pages), and the largest kept: a caller choosing limits,
    /// languages and pages must not make the cache grow without bound (at most capacity × viewsPerRevision
    /// × maxViewBytes, 128 MB; a page is at most 60 KB by its budget).
    let viewsPerRevision = 8, maxViewBytes = 64 << 10

    init(capacity: Int = 256) { self.capacity = capacity }

    func load(_ id: ProjectID, from repository: ProjectRepository) throws(RepositoryError) -> ProjectRepository.Loaded {
        let stored: [UInt8]?
        do { stored = try repository.store.latestRevisionBytes(of: id) } catch {
            // Gone from the store (erased, maybe by another server): nothing of it stays here either.
            if case .projectNotFound = error { drop(id) }
            throw .store(error)
        }
        guard let bytes = stored else { return try repository.load(id) }
        let kept = state.withLock { state -> Entry? in
            state.uses += 1
            state.entries[id]?.lastUse = state.uses
            return state.entries[id]
        }
        if let kept, kept.bytes == bytes { return kept.loaded }
        let loaded = try repository.load(revisionBytes: bytes, of: id)
        state.withLock { state in
            if state.entries[id] == nil, state.entries.count >= capacity,
                let oldest = state.entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key
            {
                state.entries[oldest] = nil
            }
            state.uses += 1
            state.entries[id] = Entry(bytes: bytes, loaded: loaded, lastUse: state.uses)
        }
        return loaded
    }

    /// Forgets everything kept of `id`.
    func drop(_ id: ProjectID) {
        state.withLock { state in state.entries[id] = nil }
    }

    /// The projects kept: what an erasure test looks at.
    var ids: [ProjectID] { state.withLock { Array($0.entries.keys) } }

    /// A response body that depends only on `loaded`'s revision and on `key` (which names the view and
    /// whatever else it depends on: limit, language), encoded once per kept revision — encoding the
    /// project view, or ranking every métier for suggestions, is most of such a request.
    func view(_ key: String, of loaded: ProjectRepository.Loaded, encode: () throws -> [UInt8]) rethrows -> [UInt8] {
        if let kept = kept(key, of: loaded) { return kept }
        let bytes = try encode()
        keep(bytes, as: key, of: loaded)
        return bytes
    }

    /// The body kept as `key` for `loaded`'s revision, if any (`view` for work that must be awaited).
    func kept(_ key: String, of loaded: ProjectRepository.Loaded) -> [UInt8]? {
        let id = loaded.project.id
        return state.withLock { state in state.entries[id].flatMap { $0.loaded.revision == loaded.revision ? $0.views[key] : nil } }
    }

    /// Keeps `bytes` as `key` while `loaded`'s revision is the one kept; bodies over `maxViewBytes` are not kept.
    func keep(_ bytes: [UInt8], as key: String, of loaded: ProjectRepository.Loaded) {
        guard bytes.count <= maxViewBytes else { return }
        let id = loaded.project.id
        state.withLock { state in
            guard var entry = state.entries[id], entry.loaded.revision == loaded.revision else { return }
            if entry.views.count >= viewsPerRevision { entry.views.removeAll() }
            entry.views[key] = bytes
            state.entries[id] = entry
        }
    }
}
