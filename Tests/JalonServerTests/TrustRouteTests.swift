import Foundation
import Hummingbird
import HummingbirdTesting
import JalonCore
import JalonDossier
import JalonServer
import JalonStore
import JalonTestSupport
import JalonXML
import Testing

/// Consent on every counsellor route, erasure that leaves nothing, the portal's narrowed power, and
/// signed exports, through the router.
@Suite("Trust: consent, erasure, portal, signatures")
struct TrustRouteTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples/karim-montbeliard-reconversion.xml")
    static var sampleXML: String { (try? String(contentsOf: sample, encoding: .utf8)) ?? "" }

    /// What the person keeps back by default, as it is written in the sample (name, telephone, birth
    /// year, the commune's code, constraints).
    static let withheld = ["Karim B.", "06 12 34 56 78", "<anneeNaissance>", "25388", "Garde alternée", "déménager", "sécurisation professionnelle"]

    /// The sample imported by the portal for the person, shared with the first counsellor.
    static func importSample(_ client: ServerHarness.Client, xml: String = sampleXML) async throws -> (id: String, response: TestResponse) {
        let response = try await client.send(
            .post, "/v1/projects?person=personne-1&counsellor=conseillere-1&counsellor=conseiller-2",
            as: .portal, xml: xml)
        let id = try #require(try response.json()["id"] as? String, "\(response.text)")
        return (id, response)
    }

    /// Every view a counsellor can ask for, each with the body it got.
    static func counsellorViews(
        _ client: ServerHarness.Client, _ id: String, as who: ServerHarness.Who,
        revisions: Int
    ) async throws -> [(route: String, body: String)] {
        var views: [(String, String)] = []
        let routes =
            [
                "/v1/projects/\(id)", "/v1/projects/\(id)/suggestions?limit=20", "/v1/projects/\(id)/pistes/I1304",
                "/v1/projects/\(id)/formations/I1304", "/v1/projects/\(id)/history",
                "/v1/projects/\(id)/diff?from=1&to=\(revisions)", "/v1/projects/\(id)/notes", "/v1/projects/\(id)/status", "/v1/projects/\(id)/readiness",
                "/v1/dossiers"
            ]
            + ["html", "md", "json", "xml"].flatMap { ["/v1/projects/\(id)/export?format=\($0)", "/v1/projects/\(id)/export?format=\($0)&share=all"] }
        for route in routes {
            let response = try await client.send(.get, route, as: who)
            #expect(response.status == .ok || response.status == .notFound, "\(route): \(response.status) \(response.text)")
            views.append((route, response.text))
        }
        let xml = try await client.send(.get, "/v1/projects/\(id)", as: who, headers: [.accept: "application/xml"])
        #expect(xml.status == .ok)
        views.append(("/v1/projects/\(id) (XML)", xml.text))
        return views
    }

    // MARK: Consent

    @Test("by default no counsellor route gives out a personal datum; the person sees them all")
    func nothingPersonalByDefault() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let (id, _) = try await Self.importSample(client)
            // A second revision whose difference names a new place.
            let moved = try await client.send(
                .put, "/v1/projects/\(id)/sections/profil", as: .person,
                json: #"{"situation": "reconversion", "diplome": "3", "communeInsee": "25056", "communeNom": "Besançon", "mobiliteKm": 35}"#,
                headers: [.ifMatch: "\"r1\""])
            #expect(moved.status == .ok, "\(moved.text)")
            for (route, body) in try await Self.counsellorViews(client, id, as: .counsellor, revisions: 2) {
                for datum in Self.withheld + ["25056", "Besançon"] {
                    #expect(!body.contains(datum), "\(route) gives out « \(datum) »")
                }
            }
            let own = try await client.send(.get, "/v1/projects/\(id)", as: .person, headers: [.accept: "application/xml"])
            #expect(own.text.contains("06 12 34 56 78") && own.text.contains("Besançon"))
        }
    }

    @Test("the person's choice opens what it names to that counsellor only, hides the sections left out, and each change is a revision")
    func choicePerCounsellor() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let (id, _) = try await Self.importSample(client)
            let choice =
                #"{"counsellor": "conseillere-1", "personal": ["name"], "sections": ["profil", "interets", "competences", "pistes", "formations", "synthese"]}"#
            let saved = try await client.send(.put, "/v1/projects/\(id)/partage", as: .person, json: choice, headers: [.ifMatch: "\"r1\""])
            #expect(saved.status == .ok, "\(saved.text)")
            #expect(saved.headers[.eTag] == "\"r2\"")
            let read = try await client.send(.get, "/v1/projects/\(id)/partage", as: .person)
            let listed = try #require(try read.json()["counsellors"] as? [[String: Any]])
            #expect(listed.count == 1 && listed[0]["personal"] as? [String] == ["name"])

            for (route, body) in try await Self.counsellorViews(client, id, as: .counsellor, revisions: 2) {
                for datum in Self.withheld where datum != "Karim B." {
                    #expect(!body.contains(datum), "\(route) gives out « \(datum) »")
                }
                // The plan is left out: its actions appear nowhere.
                #expect(!body.contains("Forum de l'industrie") && !body.contains("Forum de l&apos;industrie"), "\(route) shows the plan")
            }
            let project = try await client.send(.get, "/v1/projects/\(id)", as: .counsellor, headers: [.accept: "application/xml"])
            #expect(project.text.contains("Karim B."))
            #expect(!project.text.contains("conseillere-1"), "the consent itself (other counsellors' names) is not shown")
            // The other counsellor still gets the default.
            for (route, body) in try await Self.counsellorViews(client, id, as: .otherCounsellor, revisions: 2) {
                #expect(!body.contains("Karim B."), "\(route) gives out the name to a counsellor without the choice")
            }
            // `share` narrows what the person gave, never widens it.
            let widened = try await client.send(.get, "/v1/projects/\(id)/export?format=md&share=all", as: .counsellor)
            #expect(widened.text.contains("Karim B.") && !widened.text.contains("06 12 34 56 78"))
            let narrowed = try await client.send(.get, "/v1/projects/\(id)/export?format=md&share=none", as: .counsellor)
            #expect(!narrowed.text.contains("Karim B."))
            // A bad choice saves nothing.
            let bad = try await client.send(
                .put, "/v1/projects/\(id)/partage", as: .person,
                json: #"{"counsellor": "conseillere-1", "personal": ["adresse"]}"#, headers: [.ifMatch: "\"r2\""])
            #expect(bad.status == .unprocessableContent)
            #expect(try await client.etag(id) == "\"r2\"")
            let byCounsellor = try await client.send(.put, "/v1/projects/\(id)/partage", as: .counsellor, json: choice, headers: [.ifMatch: "\"r2\""])
            #expect(byCounsellor.status == .forbidden)
        }
    }

    // MARK: Erasure

    @Test("erasure over HTTP leaves nothing in the store, the journal or the caches; an old copy comes back under a new id without links")
    func erasureLeavesNothing() async throws {
        let server = try ServerHarness()
        let second = try ServerHarness(sharing: server)
        let id = try await server.withClient { client in
            let (id, _) = try await Self.importSample(client)
            #expect(try await client.send(.get, "/v1/projects/\(id)", as: .counsellor).status == .ok)
            return id
        }
        // The second server has it in its cache too.
        try await second.withClient { client in
            let again = try await client.send(.get, "/v1/projects/\(id)", as: .person)
            #expect(again.status == .ok)
        }
        #expect(server.services.cachedProjects.contains(ProjectID(id)!))
        #expect(second.services.cachedProjects.contains(ProjectID(id)!))
        try await server.withClient { client in
            #expect(try await client.send(.delete, "/v1/projects/\(id)", as: .otherPerson).status == .notFound)
            let erased = try await client.send(.delete, "/v1/projects/\(id)", as: .person)
            #expect(erased.status == .noContent, "\(erased.text)")
            #expect(try await client.send(.get, "/v1/projects/\(id)", as: .person).status == .notFound)
            #expect(try await client.send(.delete, "/v1/projects/\(id)", as: .person).status == .notFound)
        }
        #expect(server.services.cachedProjects.isEmpty)
        // The other server drops it at its next look at the store.
        try await second.withClient { client in
            let gone = try await client.send(.get, "/v1/projects/\(id)", as: .person)
            #expect(gone.status == .notFound)
        }
        #expect(second.services.cachedProjects.isEmpty)
        for marker in [id] + Self.withheld {
            let grep = try ToolRun.run("/usr/bin/grep", ["-r", "-q", "-a", "-F", "-e", marker, server.root])
            #expect(grep.status == 1, "« \(marker) » is still in the store or the journal")
        }
        // The journal keeps the fact of each access, under a keyed hash.
        let journal = try String(contentsOfFile: server.journalPath, encoding: .utf8)
        #expect(journal.contains("\"operation\":\"project.erase\"") && journal.contains("hmac-sha256:"))

        try await server.withClient { client in
            let (again, response) = try await Self.importSample(client, xml: Self.sampleXML)
            #expect(response.status == .created)
            #expect(again != id)
        }
    }

    @Test("the portal erases on the person's behalf; a counsellor may not")
    func portalErasesForThePerson() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            #expect(try await client.send(.delete, "/v1/projects/\(id)", as: .counsellor).status == .forbidden)
            #expect(try await client.send(.delete, "/v1/projects/\(id)", as: .otherPortal).status == .notFound)
            #expect(try await client.send(.delete, "/v1/projects/\(id)", as: .portal).status == .noContent)
            #expect(!FileManager.default.fileExists(atPath: server.root + "/links/\(id).json"))
        }
    }

    @Test("the journal names projects by keyed hash only, and drops lines past the retention period")
    func journalPseudonymisedAndPurged() async throws {
        let server = try ServerHarness()
        let id = try await server.withClient { try await $0.createProject() }
        let journal = try String(contentsOfFile: server.journalPath, encoding: .utf8)
        #expect(!journal.contains(id))
        let old = #"{"operation":"project.read","outcome":200,"project":"hmac-sha256:00","role":"person","subject":"p","time":"2020-01-01T00:00:00Z"}"#
        try Data((old + "\n" + journal).utf8).write(to: URL(fileURLWithPath: server.journalPath))
        let reopened = try AccessJournal(path: server.journalPath, pseudonym: nil, retentionDays: 365)
        let purged = try reopened.storage.entries()
        #expect(!purged.isEmpty && purged.allSatisfy { $0.time != "2020-01-01T00:00:00Z" })
        #expect(purged.count == journal.split(separator: "\n").count)
    }

    // MARK: Portal

    @Test("a project's person cannot be changed once set")
    func personIsSetOnce() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            let same = try await client.send(.post, "/v1/projects/\(id)/links", as: .portal, json: #"{"person": "personne-1"}"#)
            #expect(same.status == .ok)
            let other = try await client.send(.post, "/v1/projects/\(id)/links", as: .portal, json: #"{"person": "personne-2"}"#)
            #expect(other.status == .conflict)
            #expect(try other.problem()["type"] as? String == "urn:jalon:problem:person-already-set")
            #expect(try await client.send(.get, "/v1/projects/\(id)", as: .person).status == .ok)
            #expect(try await client.send(.get, "/v1/projects/\(id)", as: .otherPerson).status == .notFound)
        }
    }

    @Test("an API import always gets a fresh id and never carries counsellor notes")
    func importsAreFreshAndWithoutNotes() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let originalID = try #require(Self.sampleXML.range(of: "<id>").map { String(Self.sampleXML[$0.upperBound...].prefix(36)) })
            let (first, response) = try await Self.importSample(client)
            #expect(first != originalID, "even an id nobody uses is replaced: an answer must not tell whether it exists")
            #expect(try response.json()["droppedNotes"] as? Int == 3)
            let notes = try await client.send(.get, "/v1/projects/\(first)/notes", as: .counsellor)
            #expect(try notes.jsonArray().isEmpty)
            let xml = try await client.send(.get, "/v1/projects/\(first)", as: .person, headers: [.accept: "application/xml"])
            #expect(!xml.text.contains("Sophie M."))
            let (second, _) = try await Self.importSample(client)
            #expect(second != first)
        }
    }

    @Test("the portal's status carries step states only")
    func portalStatusIsStepsOnly() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let (id, _) = try await Self.importSample(client)
            let portal = try await client.send(.get, "/v1/projects/\(id)/status", as: .portal).json()
            #expect(portal["needs"] == nil && (portal["steps"] as? [Any])?.count == 7)
            #expect(!(try await client.send(.get, "/v1/projects/\(id)/status", as: .portal).text.contains("I1304")))
            #expect(try await client.send(.get, "/v1/projects/\(id)/status", as: .person).json()["needs"] != nil)
        }
    }

    @Test("unknown and not-yours answer alike, word for word, for every role and method")
    func unknownAndNotYoursAlike() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            let unknown = "3f1c4a52-0000-4000-8000-000000000000"
            for (method, suffix, who) in [
                (HTTPRequest.Method.get, "", ServerHarness.Who.otherPerson), (.delete, "", .otherPortal),
                (.get, "/status", .otherPortal), (.get, "/export", .otherCounsellor)
            ] {
                let mine = try await client.send(method, "/v1/projects/\(id)\(suffix)", as: who)
                let none = try await client.send(method, "/v1/projects/\(unknown)\(suffix)", as: who)
                #expect(mine.status == .notFound && none.status == .notFound)
                // Word for word, but for the request's own id (`instance`), which names each request.
                func normalised(_ text: String, _ project: String) -> String {
                    text.replacingOccurrences(of: project, with: "ID")
                        .replacingOccurrences(of: #""instance":"[^"]*""#, with: "", options: .regularExpression)
                }
                #expect(normalised(mine.text, id) == normalised(none.text, unknown))
            }
        }
    }

    // MARK: Signatures

    @Test("XML exports are signed with the key the server publishes, and both Jalon and xmlsec1 verify them")
    func exportsAreSigned() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let (id, _) = try await Self.importSample(client)
            let keys = try await client.send(.get, "/.well-known/jalon-keys.pem")
            #expect(keys.status == .ok && keys.text.contains("-----BEGIN PUBLIC KEY-----"))
            let trusted = try DossierTrustedKey(publicText: keys.text)
            let export = try await client.send(.get, "/v1/projects/\(id)/export?format=xml", as: .counsellor)
            let verified = try DossierSignature.verify(Array(export.text.utf8), sourceName: "export.xml", trusting: [trusted])
            #expect(verified.keyID == trusted.keyID)
            if FileManager.default.isExecutableFile(atPath: "/usr/bin/xmlsec1") {
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("server-xmlsec-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: folder) }
                try Data(export.text.utf8).write(to: folder.appendingPathComponent("d.xml"))
                try Data(keys.text.utf8).write(to: folder.appendingPathComponent("k.pem"))
                let run = try ToolRun.run(
                    "/usr/bin/xmlsec1",
                    [
                        "--verify", "--enabled-reference-uris", "empty",
                        "--pubkey-pem:\(trusted.keyID)", folder.appendingPathComponent("k.pem").path,
                        folder.appendingPathComponent("d.xml").path
                    ])
                #expect(run.status == 0)
            }
            var mode = stat()
            #expect(stat(server.root + "/keys/signing-key.pem", &mode) == 0 && mode.st_mode & 0o777 == 0o600)
        }
    }
}
