import Foundation
import JalonCore
import JalonXML
import Testing

@testable import JalonPostgresStore
@testable import JalonServer
@testable import JalonStore

/// What every store must do, run against each backend (`StoreKind`): the file store and PostgreSQL.
/// Without a PostgreSQL cluster each PostgreSQL case is cancelled with one line saying so.
@Suite("Revision store conformance (file and PostgreSQL)")
struct ProjectStoreConformanceTests {
    let folder = TemporaryDirectory()

    func store(_ kind: StoreKind) throws -> OpenedStore { try kind.open(in: folder, format: MiniatureFormat.single) }

    @Test(arguments: StoreKind.allCases)
    func everySaveAddsAnImmutableRevision(_ kind: StoreKind) throws {
        let store = try store(kind).store
        let id = ProjectID()
        let first = try store.create(id, document: MiniatureFormat.document(["a"]), author: .person, message: "création")
        let second = try store.save(
            id, document: MiniatureFormat.document(["a", "b"]), basedOn: 1,
            author: RevisionAuthor(role: .counsellor, name: "M. Duval"), message: "ajout", restoredFrom: nil)
        #expect(first.number == 1 && first.parent == nil)
        #expect(second.number == 2 && second.parent == 1)
        let history = try store.history(of: id)
        #expect(history == [first, second])
        #expect(history.map(\.message) == ["création", "ajout"])
        #expect(history[1].author == RevisionAuthor(role: .counsellor, name: "M. Duval"))
        #expect(try store.revision(1, of: id).document.root?.children.map(\.text) == ["a"])
        #expect(try store.revision(nil, of: id).document.root?.children.map(\.text) == ["a", "b"])
        #expect(try store.revision(nil, of: id).info == second)
        #expect(try store.projectIDs() == [id])
        try store.ping()
    }

    @Test(arguments: StoreKind.allCases)
    func storedFingerprintIsTheCanonicalFormOfTheDocument(_ kind: StoreKind) throws {
        let store = try store(kind).store
        let id = ProjectID()
        let bytes = MiniatureFormat.document(["é & <x>"])
        let info = try store.create(id, document: bytes, author: .person, message: "m")
        let expected = try XMLDocument(bytes: bytes, sourceName: "direct").fingerprint()
        #expect(info.fingerprint == expected)
        #expect(try store.revision(1, of: id).document.fingerprint() == expected)
    }

    @Test(arguments: StoreKind.allCases)
    func aSaveOnAStaleRevisionIsAConflictAndChangesNothing(_ kind: StoreKind) throws {
        let store = try store(kind).store
        let id = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document(["a"]), author: .person, message: "1")
        _ = try store.save(id, document: MiniatureFormat.document(["b"]), basedOn: 1, author: .person, message: "2", restoredFrom: nil)
        #expect(throws: StoreError.conflict(id, expected: 1, actual: 2)) {
            try store.save(id, document: MiniatureFormat.document(["c"]), basedOn: 1, author: .person, message: "stale", restoredFrom: nil)
        }
        #expect(throws: StoreError.conflict(id, expected: 5, actual: 2)) {
            try store.save(id, document: MiniatureFormat.document(["c"]), basedOn: 5, author: .person, message: "ahead", restoredFrom: nil)
        }
        #expect(throws: StoreError.conflict(id, expected: 0, actual: 2)) {
            try store.create(id, document: MiniatureFormat.document(["c"]), author: .person, message: "again")
        }
        #expect(try store.history(of: id).map(\.number) == [1, 2])
        #expect(try store.revision(nil, of: id).document.root?.children.map(\.text) == ["b"])
    }

    @Test(arguments: StoreKind.allCases)
    func anInvalidDocumentIsRefusedBeforeAnythingIsWritten(_ kind: StoreKind) throws {
        let opened = try store(kind), store = opened.store
        let id = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document(["a"]), author: .person, message: "1")
        let invalid = Array(#"<project xmlns="urn:jalon:project:1" schemaVersion="1.0"><autre/></project>"#.utf8)
        #expect(throws: StoreError.self) {
            try store.save(id, document: invalid, basedOn: 1, author: .person, message: "bad", restoredFrom: nil)
        }
        #expect(throws: StoreError.self) {
            try store.create(ProjectID(), document: Array("<project".utf8), author: .person, message: "bad")
        }
        #expect(try store.latestRevisionNumber(of: id) == 1)
        #expect(try store.projectIDs() == [id])
        #expect(try opened.verify(format: MiniatureFormat.single).isIntact)
    }

    @Test(arguments: StoreKind.allCases)
    func concurrentSavesFromOneBaseLetExactlyOneThrough(_ kind: StoreKind) async throws {
        let store = try store(kind).store
        let id = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document(["a"]), author: .person, message: "1")
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<8 {
                group.addTask {
                    (try? store.save(
                        id, document: MiniatureFormat.document(["t\(index)"]), basedOn: 1,
                        author: .person, message: "t\(index)", restoredFrom: nil)) != nil
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 1)
        #expect(try store.latestRevisionNumber(of: id) == 2)
    }

    /// Writers that reload on conflict and try again: every acknowledged save is in the history, in order.
    @Test(arguments: StoreKind.allCases)
    func concurrentWritersReloadingOnConflictLoseNoUpdate(_ kind: StoreKind) async throws {
        let store = try store(kind).store
        let id = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document([]), author: .person, message: "1")
        let writers = 4, saves = 5
        let acknowledged = await withTaskGroup(of: [String].self) { group in
            for writer in 0..<writers {
                group.addTask {
                    var mine: [String] = []
                    while mine.count < saves {
                        guard let latest = try? store.revision(nil, of: id) else { continue }
                        let texts = (latest.document.root?.children.map(\.text) ?? []) + ["w\(writer)-\(mine.count)"]
                        if (try? store.save(
                            id, document: MiniatureFormat.document(texts), basedOn: latest.info.number,
                            author: .person, message: "w\(writer)", restoredFrom: nil)) != nil
                        {
                            mine.append(texts.last!)
                        }
                    }
                    return mine
                }
            }
            return await group.reduce(into: [String]()) { $0 += $1 }
        }
        let final = try store.revision(nil, of: id)
        #expect(final.info.number == 1 + writers * saves)
        #expect(Set(final.document.root?.children.map(\.text) ?? []) == Set(acknowledged))
        #expect(acknowledged.count == writers * saves)
    }

    @Test(arguments: StoreKind.allCases)
    func unknownProjectsAndRevisionsAreNamedInTheError(_ kind: StoreKind) throws {
        let store = try store(kind).store
        let id = ProjectID()
        #expect(throws: StoreError.projectNotFound(id)) { try store.history(of: id) }
        #expect(throws: StoreError.projectNotFound(id)) { try store.revision(nil, of: id) }
        #expect(throws: StoreError.projectNotFound(id)) { try store.latestRevisionNumber(of: id) }
        #expect(throws: StoreError.projectNotFound(id)) {
            try store.save(id, document: MiniatureFormat.document([]), basedOn: 1, author: .person, message: "x", restoredFrom: nil)
        }
        #expect(throws: StoreError.projectNotFound(id)) { try store.erase(id) }
        _ = try store.create(id, document: MiniatureFormat.document([]), author: .person, message: "1")
        #expect(throws: StoreError.revisionNotFound(id, 7)) { try store.revision(7, of: id) }
        #expect(StoreError.revisionNotFound(id, 7).message(in: .fr).contains("révision 7"))
    }

    @Test(arguments: StoreKind.allCases)
    func erasureRemovesTheProjectAndEveryRevision(_ kind: StoreKind) throws {
        let opened = try store(kind), store = opened.store
        let id = ProjectID(), other = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document(["secret"]), author: .person, message: "1")
        _ = try store.save(id, document: MiniatureFormat.document(["secret 2"]), basedOn: 1, author: .person, message: "2", restoredFrom: nil)
        _ = try store.create(other, document: MiniatureFormat.document(["kept"]), author: .person, message: "1")
        try store.erase(id)
        #expect(try store.projectIDs() == [other])
        #expect(throws: StoreError.projectNotFound(id)) { try store.history(of: id) }
        #expect(try opened.leftovers(of: id) == 0)
        // The id is free again: a new project under it starts at revision 1 with none of the old content.
        _ = try store.create(id, document: MiniatureFormat.document(["new"]), author: .person, message: "1")
        #expect(try store.history(of: id).map(\.number) == [1])
        #expect(try store.revision(nil, of: id).document.root?.children.map(\.text) == ["new"])
    }

    /// The one erasure (`ProjectErasure`, what `jalon erase`, the API and the web page call) leaves
    /// nothing of the project in the store — no revision, no link, no summary, no word of its content —
    /// and remembers only a keyed hash of its id, so that an old copy imported again gets a new id.
    @Test(arguments: StoreKind.allCases)
    func erasureLeavesNothingButAKeyedHash(_ kind: StoreKind) throws {
        let opened = try kind.open(in: folder), store = opened.store, links = try opened.links()
        let repository = ProjectRepository(store: store)
        let sample = TestFiles.sample("karim-montbeliard-reconversion.xml")
        let imported = try repository.importDocument(TestFiles.bytes(sample), sourceName: sample.path, author: .person)
        let id = imported.project.id
        _ = try repository.summaries()
        try links.update(id) { $0 = ProjectLinks(project: id, portal: "portail-1", person: "personne-karim", counsellors: ["conseillere-1"]) }
        // A signed-in browser and a sign-in link not used yet, both naming the project.
        let web = WebSessions(store: try opened.webSessions())
        let session = try #require(try web.signIn(token: try web.issueLink(role: .person, subject: "personne-karim", project: id)))
        let pending = try web.issueLink(role: .person, subject: "personne-karim", project: id)
        #expect(try !store.wasErased(id))
        try ProjectErasure.erase(id, store: store, links: links, web: try opened.webSessions())
        #expect(try web.session(cookie: session.id) == nil && web.signIn(token: pending) == nil)
        #expect(try store.wasErased(id) && !store.wasErased(ProjectID()))
        #expect(try links.links(of: id) == nil && links.projects(sharedWith: "conseillere-1").isEmpty)
        #expect(try opened.leftovers(of: id) == 0)
        for word in [id.rawValue, "Karim B.", "06 12 34 56 78", "personne-karim"] {
            #expect(try opened.occurrences(of: word) == 0, "« \(word) » is still in the \(kind) store")
        }
        let again = try repository.importDocument(TestFiles.bytes(sample), sourceName: sample.path, author: .person)
        #expect(again.project.id != id && again.idChanged)
        #expect(try links.links(of: again.project.id) == nil)
    }

    /// The read cache's key: equal bytes for the same revision, other bytes once anyone saved.
    @Test(arguments: StoreKind.allCases)
    func latestRevisionBytesChangeWithEverySave(_ kind: StoreKind) throws {
        let store = try store(kind).store
        let id = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document(["a"]), author: .person, message: "1")
        let first = try #require(try store.latestRevisionBytes(of: id))
        #expect(try store.latestRevisionBytes(of: id) == first)
        _ = try store.save(id, document: MiniatureFormat.document(["a"]), basedOn: 1, author: .person, message: "2", restoredFrom: nil)
        #expect(try store.latestRevisionBytes(of: id) != first)
    }

    @Test(arguments: StoreKind.allCases)
    func aKeptSummaryIsGivenOnlyWhileItsRevisionIsTheLatest(_ kind: StoreKind) throws {
        let store = try store(kind).store
        let id = ProjectID(), other = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document(["a"]), author: .person, message: "1")
        _ = try store.create(other, document: MiniatureFormat.document(["b"]), author: .person, message: "1")
        func kept() throws -> [ProjectID: [String: Int]] {
            var found: [ProjectID: [String: Int]] = [:]
            for (id, bytes) in try store.keptSummaries() {
                found[id] = try bytes.map { try JSONDecoder().decode([String: Int].self, from: Data($0)) } ?? [:]
            }
            return found
        }
        try store.keepSummary(Array(#"{"r": 1}"#.utf8), of: id, revision: 1)
        #expect(try kept() == [id: ["r": 1], other: [:]])
        _ = try store.save(id, document: MiniatureFormat.document(["a", "b"]), basedOn: 1, author: .person, message: "2", restoredFrom: nil)
        #expect(try kept()[id] == [:])  // revision 2 has no summary yet: the one of revision 1 is not given
        try? store.keepSummary(Array(#"{"r": 1}"#.utf8), of: id, revision: 1)  // a slower writer, too late
        #expect(try kept()[id] == [:])
        try store.keepSummary(Array(#"{"r": 2}"#.utf8), of: id, revision: 2)
        #expect(try kept()[id] == ["r": 2])
        try store.erase(id)
        #expect(try kept() == [other: [:]])
    }

    /// `summaries()` (jalon list) gives what reading every project in full gives, kept or not.
    @Test(arguments: StoreKind.allCases)
    func summariesAgreeWithFullReads(_ kind: StoreKind) throws {
        let repository = ProjectRepository(store: try kind.open(in: folder).store)
        var ids: [ProjectID] = []
        for name in ["lea-gray-lyceenne.xml", "karim-montbeliard-reconversion.xml", "yanis-dijon-apprentissage.xml"] {
            let sample = TestFiles.sample(name)
            ids.append(try repository.importDocument(TestFiles.bytes(sample), sourceName: sample.path, author: .person).project.id)
        }
        // A save that kept no summary (a writer that died after its commit): the listing reads that one in full.
        let loaded = try repository.load(ids[0])
        _ = try repository.store.save(
            ids[0], document: ProjectCodec.encode(loaded.project), basedOn: 1, author: .person,
            message: "sans résumé", restoredFrom: nil)
        let expected = try ids.sorted { $0.rawValue < $1.rawValue }.map { ProjectSummary(try repository.load($0)) }
        #expect(try repository.summaries() == expected)
        #expect(try repository.summaries() == expected)  // the second time from the summaries kept by the first
        #expect(expected.first { $0.id == ids[0].rawValue }?.revision == 2)
    }

    @Test(arguments: StoreKind.allCases)
    func verificationFindsATamperedRevision(_ kind: StoreKind) throws {
        let opened = try store(kind)
        let id = ProjectID()
        _ = try opened.store.create(id, document: MiniatureFormat.document(["original"]), author: .person, message: "1")
        #expect(try opened.verify(format: MiniatureFormat.single).isIntact)
        try opened.tamper(with: id, replacing: "original", by: "origina1")
        let report = try opened.verify(format: MiniatureFormat.single)
        #expect(report.revisionCount == 1)
        #expect(report.problems.count == 1)
        guard case .fingerprintMismatch = report.problems.first?.kind else {
            Issue.record("expected a fingerprint mismatch, got \(report.problems)")
            return
        }
        #expect(report.problems.first?.message(in: .en).contains("fingerprint differs") == true)
    }
}

extension OpenedStore {
    /// What is left of `id` once erased: files naming it, or rows about it.
    func leftovers(of id: ProjectID) throws -> Int {
        switch self {
        case .file(let store):
            return try FileManager.default.subpathsOfDirectory(atPath: store.root).filter { $0.contains(id.rawValue) }.count
        case .postgres(let store):
            return try store.query("test") { connection in
                try connection.run(
                    """
                    SELECT (SELECT count(*) FROM jalon_projects WHERE id = \(id.uuid))
                         + (SELECT count(*) FROM jalon_revisions WHERE project = \(id.uuid))
                    """
                ).first.map { try $0.decode(Int.self) } ?? -1
            }
        }
    }

    /// Where `text` still appears: files whose name or bytes hold it, or rows of any Jalon table whose
    /// text does.
    func occurrences(of text: String) throws -> Int {
        switch self {
        case .file(let store):
            let bytes = Array(text.utf8)
            return try FileManager.default.subpathsOfDirectory(atPath: store.root).filter { path in
                guard !path.contains(text) else { return true }
                let contents = FileManager.default.contents(atPath: store.root + "/" + path).map(Array.init) ?? []
                return contents.count >= bytes.count && (0...(contents.count - bytes.count)).contains { contents[$0..<($0 + bytes.count)].elementsEqual(bytes) }
            }.count
        case .postgres(let store):
            let pattern = "%" + text + "%"
            return try store.query("test") { connection in
                try connection.run(
                    """
                    SELECT (SELECT count(*) FROM jalon_projects p WHERE p::text LIKE \(pattern))
                         + (SELECT count(*) FROM jalon_revisions r WHERE r::text LIKE \(pattern))
                         + (SELECT count(*) FROM jalon_links l WHERE l::text LIKE \(pattern))
                         + (SELECT count(*) FROM jalon_erased e WHERE e::text LIKE \(pattern))
                         + (SELECT count(*) FROM jalon_web_sessions s WHERE s::text LIKE \(pattern))
                         + (SELECT count(*) FROM jalon_sign_in_links g WHERE g::text LIKE \(pattern))
                    """
                ).first.map { try $0.decode(Int.self) } ?? -1
            }
        }
    }

    /// Changes revision 1's stored document behind the store's back, as damage outside Jalon would.
    func tamper(with id: ProjectID, replacing old: String, by new: String) throws {
        switch self {
        case .file(let store):
            let path = store.root + "/projects/\(id.rawValue)/00000001.xml"
            let tampered = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: old, with: new)
            try tampered.write(toFile: path, atomically: false, encoding: .utf8)
        case .postgres(let store):
            _ = try store.query("test") { connection in
                try connection.run(
                    """
                    UPDATE jalon_revisions SET document = XMLPARSE(DOCUMENT replace(document::text, \(old), \(new)))
                    WHERE project = \(id.uuid) AND number = 1
                    """)
            }
        }
    }
}
