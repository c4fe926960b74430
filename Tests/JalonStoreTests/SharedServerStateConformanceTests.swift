import Foundation
import JalonCore
import JalonPostgresStore
import JalonStore
import Testing

@testable import JalonServer

/// What several servers over one store share besides projects — web sessions, single-use sign-in
/// links, the access journal — run against each backend, each store opened twice as two servers would.
@Suite("Sessions, sign-in links and journal conformance (file and PostgreSQL)")
struct SharedServerStateConformanceTests {
    let folder = TemporaryDirectory()

    /// The same store opened twice, as two processes would.
    func twoOpenings(_ kind: StoreKind) throws -> (OpenedStore, OpenedStore) {
        let location = try kind.location(in: folder)
        return (try OpenedStore(location: location), try OpenedStore(location: location))
    }

    @Test(arguments: StoreKind.allCases)
    func aSignInLinkFromOneServerIsRedeemedOnceThroughAnother(_ kind: StoreKind) throws {
        let (first, second) = try twoOpenings(kind)
        let issuing = WebSessions(store: try first.webSessions()), redeeming = WebSessions(store: try second.webSessions())
        let project = ProjectID()
        let token = try issuing.issueLink(role: .person, subject: "personne-1", project: project)
        let signedIn = try #require(try redeeming.signIn(token: token))
        #expect(signedIn.session.subject == "personne-1" && signedIn.session.project == project.rawValue)
        #expect(try issuing.signIn(token: token) == nil)
        #expect(try redeeming.signIn(token: token) == nil)
        // The session made through the second is valid through the first, until it ends or is signed out.
        #expect(try issuing.session(cookie: signedIn.id) == signedIn.session)
        #expect(try issuing.session(cookie: signedIn.id, now: signedIn.session.expires + 1) == nil)
        try issuing.signOut(cookie: signedIn.id)
        #expect(try redeeming.session(cookie: signedIn.id) == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func anExpiredLinkOpensNothing(_ kind: StoreKind) throws {
        let (first, second) = try twoOpenings(kind)
        let issuing = WebSessions(store: try first.webSessions())
        let token = try issuing.issueLink(role: .counsellor, subject: "conseillere-1", project: nil, now: Date().timeIntervalSince1970 - 3600)
        #expect(try WebSessions(store: try second.webSessions()).signIn(token: token) == nil)
    }

    /// Of many redeemers racing for one link, exactly one gets a session.
    @Test(arguments: StoreKind.allCases)
    func concurrentRedeemersGetOneSession(_ kind: StoreKind) async throws {
        let (first, second) = try twoOpenings(kind)
        let sessions = [WebSessions(store: try first.webSessions()), WebSessions(store: try second.webSessions())]
        let token = try sessions[0].issueLink(role: .counsellor, subject: "conseillere-1", project: nil)
        let winners = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<8 { group.addTask { try sessions[index % 2].signIn(token: token) == nil ? 0 : 1 } }
            return try await group.reduce(0, +)
        }
        #expect(winners == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func erasureRemovesTheProjectsSessionsAndLinksOnly(_ kind: StoreKind) throws {
        let (first, second) = try twoOpenings(kind)
        let web = WebSessions(store: try first.webSessions())
        let erased = ProjectID(), kept = ProjectID()
        let session = try #require(try web.signIn(token: try web.issueLink(role: .person, subject: "personne-1", project: erased)))
        let pending = try web.issueLink(role: .person, subject: "personne-1", project: erased)
        let other = try #require(try web.signIn(token: try web.issueLink(role: .person, subject: "personne-2", project: kept)))
        let otherPending = try web.issueLink(role: .person, subject: "personne-2", project: kept)
        try second.webSessions().removeAll(naming: erased.rawValue)
        #expect(try web.session(cookie: session.id) == nil)
        #expect(try web.signIn(token: pending) == nil)
        #expect(try web.session(cookie: other.id) == other.session)
        #expect(try web.signIn(token: otherPending) != nil)
    }

    /// Entries written through one opening are read through the other, in order; the purge drops those
    /// past the retention period only.
    @Test(arguments: StoreKind.allCases)
    func journalEntriesAreSharedAndPurged(_ kind: StoreKind) async throws {
        let (first, second) = try twoOpenings(kind)
        let writer = try AccessJournal(storage: try first.journalStorage(file: nil), pseudonym: nil)
        let old = AccessJournal.Entry(time: "2020-01-01T00:00:00Z", subject: "p", role: "person", operation: "project.read", project: nil, outcome: 200)
        let recent = AccessJournal.Entry(time: Timestamp.now().description, subject: nil, role: nil, operation: "project.read", project: nil, outcome: 401)
        try await writer.record(old)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<20 { group.addTask { try await writer.record(recent) } }
            try await group.waitForAll()
        }
        let reader = try second.journalStorage(file: nil)
        #expect(try reader.entries() == [old] + Array(repeating: recent, count: 20))
        _ = try AccessJournal(storage: reader, pseudonym: nil, retentionDays: 365)
        #expect(try first.journalStorage(file: nil).entries() == Array(repeating: recent, count: 20))
        try await writer.record(recent)
        #expect(try reader.entries().count == 21)
    }

    /// The server's purge (at start, then hourly; here every 50 ms) removes the sessions and links past
    /// their end from the store — read back with an earlier `now`, which still opened them — and keeps
    /// the live ones.
    @Test(arguments: StoreKind.allCases)
    func expiredSessionsAndLinksArePurged(_ kind: StoreKind) async throws {
        let (first, second) = try twoOpenings(kind)
        let web = WebSessions(store: try first.webSessions())
        let now = Date().timeIntervalSince1970, then = now - 9 * 3600
        let live = try #require(try web.signIn(token: try web.issueLink(role: .person, subject: "personne-1", project: ProjectID())))
        // Signed in nine hours ago: ended an hour ago.
        let ended = try #require(try web.signIn(token: try web.issueLink(role: .person, subject: "personne-2", project: ProjectID(), now: then), now: then))
        let liveLink = try web.issueLink(role: .counsellor, subject: "conseillere-1", project: nil)
        let endedLink = try web.issueLink(role: .counsellor, subject: "conseillere-2", project: nil, now: then)
        #expect(try web.session(cookie: ended.id, now: then) == ended.session)

        let services = ServerServices(
            store: second.store, links: try second.links(), tokens: TokenDirectory([]), limits: .init(),
            journal: try AccessJournal(storage: try second.journalStorage(file: nil), pseudonym: nil),
            web: WebSessions(store: try second.webSessions()), sessionPurgeInterval: .milliseconds(50))
        for _ in 0..<400 where try web.session(cookie: ended.id, now: then) != nil { try await Task.sleep(for: .milliseconds(25)) }
        try await Task.sleep(for: .milliseconds(200))  // a whole purge since: links go after sessions on the file store
        #expect(try web.session(cookie: ended.id, now: then) == nil)
        #expect(try web.signIn(token: endedLink, now: then) == nil)
        #expect(try web.session(cookie: live.id) == live.session)
        #expect(try web.signIn(token: liveLink) != nil)
        withExtendedLifetime(services) {}
    }
}
