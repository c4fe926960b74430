import Foundation
import Hummingbird
import HummingbirdTesting
import JalonServer
import Testing

/// Each route through the router, as the role allowed to use it, with its main error.
@Suite("Server routes")
struct ProjectRouteTests {
    @Test("health answers without a token, as JSON")
    func health() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let response = try await client.send(.get, "/health")
            #expect(response.status == .ok)
            #expect(try response.json()["status"] as? String == "ok")
        }
    }

    @Test("the portal creates a project: 201, Location, ETag r1; the person reads it with that ETag")
    func createAndRead() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let created = try await client.send(
                .post, "/v1/projects", as: .portal,
                json: #"{"displayName": "Sophie", "person": "personne-1", "counsellors": ["conseillere-1"]}"#)
            #expect(created.status == .created)
            let id = try #require(try created.json()["id"] as? String)
            #expect(created.headers[.location] == "/v1/projects/\(id)")
            #expect(created.headers[.eTag] == "\"r1\"")

            let read = try await client.send(.get, "/v1/projects/\(id)", as: .person)
            #expect(read.status == .ok)
            #expect(read.headers[.eTag] == "\"r1\"")
            let body = try read.json()
            #expect(body["name"] as? String == "Sophie")
            #expect(body["current"] as? String == "profil")

            let unchanged = try await client.send(.get, "/v1/projects/\(id)", as: .person, headers: [.ifNoneMatch: "\"r1\""])
            #expect(unchanged.status == .notModified)

            let xml = try await client.send(.get, "/v1/projects/\(id)", as: .counsellor, headers: [.accept: "application/xml"])
            #expect(xml.status == .ok)
            #expect(xml.headers[.contentType]?.hasPrefix("application/xml") == true)
            #expect(xml.text.contains("urn:jalon:project:1"))

            let refused = try await client.send(.get, "/v1/projects/\(id)", as: .person, headers: [.accept: "text/csv"])
            #expect(refused.status == .notAcceptable)
            #expect(try refused.problem()["type"] as? String == "urn:jalon:problem:not-acceptable")
        }
    }

    @Test("a section update needs If-Match (428), refuses a stale one (412 with the current revision) and names a bad field (422)")
    func sectionPreconditions() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            let profil = #"{"situation": "reconversion", "diplome": "4", "communeInsee": "70279", "communeNom": "Gray", "mobiliteKm": 30}"#
            let missing = try await client.send(.put, "/v1/projects/\(id)/sections/profil", as: .person, json: profil)
            #expect(missing.status == .preconditionRequired)
            #expect(try missing.problem()["type"] as? String == "urn:jalon:problem:precondition-required")

            let saved = try await client.send(.put, "/v1/projects/\(id)/sections/profil", as: .person, json: profil, headers: [.ifMatch: "\"r1\""])
            #expect(saved.status == .ok)
            #expect(saved.headers[.eTag] == "\"r2\"")

            let stale = try await client.send(.put, "/v1/projects/\(id)/sections/profil", as: .person, json: profil, headers: [.ifMatch: "\"r1\""])
            #expect(stale.status == .preconditionFailed)
            #expect(try stale.problem()["currentRevision"] as? Int == 2)

            let bad = try await client.send(
                .put, "/v1/projects/\(id)/sections/profil", as: .person,
                json: #"{"situation": "astronaute"}"#, headers: [.ifMatch: "\"r2\""])
            #expect(bad.status == .unprocessableContent)
            #expect((try bad.problem()["detail"] as? String)?.hasPrefix("situation") == true)

            let wrongType = try await client.send(
                .put, "/v1/projects/\(id)/sections/profil", as: .person,
                json: #"{"mobiliteKm": "loin"}"#, headers: [.ifMatch: "\"r2\""])
            #expect(wrongType.status == .badRequest)
            #expect((try wrongType.problem()["detail"] as? String)?.hasPrefix("mobiliteKm") == true)

            let unknown = try await client.send(.put, "/v1/projects/\(id)/sections/astres", as: .person, json: "{}", headers: [.ifMatch: "\"r2\""])
            #expect(unknown.status == .notFound)

            let read = try await client.send(.get, "/v1/projects/\(id)", as: .person)
            let profilRead = try #require(try read.json()["profil"] as? [String: Any])
            #expect(profilRead["communeNom"] as? String == "Gray")
            #expect(read.headers[.eTag] == "\"r2\"")
        }
    }

    @Test("interests: the centres' ratings replaced as one revision; a centre or rating out of range is named")
    func interets() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            let rated = try await client.send(
                .put, "/v1/projects/\(id)/sections/interets", as: .person,
                json: #"{"centres": {"22": 4, "7": 0, "3": 2}}"#, headers: [.ifMatch: "\"r1\""])
            #expect(rated.status == .ok)
            let read = try await client.send(.get, "/v1/projects/\(id)", as: .person)
            #expect(try read.json()["interets"] as? [String: Int] == ["3": 2, "7": 0, "22": 4])
            let badCentre = try await client.send(
                .put, "/v1/projects/\(id)/sections/interets", as: .person,
                json: #"{"centres": {"31": 4}}"#, headers: [.ifMatch: "\"r2\""])
            #expect(badCentre.status == .unprocessableContent)
            #expect((try badCentre.problem()["detail"] as? String)?.hasPrefix("centres.31") == true)
            let badRating = try await client.send(
                .put, "/v1/projects/\(id)/sections/interets", as: .person,
                json: #"{"centres": {"3": 5}}"#, headers: [.ifMatch: "\"r2\""])
            #expect(badRating.status == .unprocessableContent)
        }
    }

    @Test("advance refuses an incomplete step with what is missing (422), then moves on once the profile is complete")
    func advance() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            let refused = try await client.send(.post, "/v1/projects/\(id)/advance", as: .person, headers: [.ifMatch: "\"r1\""])
            #expect(refused.status == .unprocessableContent)
            #expect((try refused.problem()["detail"] as? String)?.contains("situation") == true)

            _ = try await client.send(
                .put, "/v1/projects/\(id)/sections/profil", as: .person,
                json: #"{"situation": "reconversion", "diplome": "4", "departement": "70"}"#, headers: [.ifMatch: "\"r1\""])
            let moved = try await client.send(.post, "/v1/projects/\(id)/advance", as: .person, headers: [.ifMatch: "\"r2\""])
            #expect(moved.status == .ok)
            let status = try await client.send(.get, "/v1/projects/\(id)/status", as: .portal)
            #expect(status.status == .ok)
            let body = try status.json()
            #expect(body["current"] as? String == "interets")
            #expect(body["revision"] as? Int == 3)
            #expect(body["name"] == nil)  // the portal sees progress, not the person
        }
    }

    @Test("the counsellor adds a note (If-Match), lists the shared dossiers; history and diff show the change")
    func notesHistoryDiff() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            let note = #"{"section": "profil", "status": "besoin", "text": "Préciser la mobilité.", "structure": "Cléor"}"#
            let added = try await client.send(.post, "/v1/projects/\(id)/notes", as: .counsellor, json: note, headers: [.ifMatch: "\"r1\""])
            #expect(added.status == .ok)
            let notes = try await client.send(.get, "/v1/projects/\(id)/notes", as: .person)
            let list = try notes.jsonArray()
            #expect(list.count == 1)
            #expect(list.first?["author"] as? String == "conseillere-1")
            #expect(list.first?["id"] as? String == "n1")

            let badStep = try await client.send(
                .post, "/v1/projects/\(id)/notes", as: .counsellor,
                json: #"{"section": "lune", "status": "besoin", "text": "x"}"#, headers: [.ifMatch: "\"r2\""])
            #expect(badStep.status == .unprocessableContent)

            let history = try await client.send(.get, "/v1/projects/\(id)/history", as: .counsellor).jsonArray()
            #expect(history.map { $0["number"] as? Int } == [1, 2])
            #expect(history.map { $0["role"] as? String } == ["portal", "counsellor"])

            let diff = try await client.send(.get, "/v1/projects/\(id)/diff?from=1&to=2", as: .person)
            #expect(diff.status == .ok)
            #expect(try diff.jsonArray().contains { ($0["after"] as? String)?.contains("Préciser la mobilité.") == true })
            let badDiff = try await client.send(.get, "/v1/projects/\(id)/diff?from=1", as: .person)
            #expect(badDiff.status == .badRequest)
            let noRevision = try await client.send(.get, "/v1/projects/\(id)/diff?from=1&to=9", as: .person)
            #expect(noRevision.status == .notFound)

            let dossiers = try await client.send(.get, "/v1/dossiers", as: .counsellor).jsonArray()
            #expect(dossiers.map { $0["id"] as? String } == [id])
            let none = try await client.send(.get, "/v1/dossiers", as: .otherCounsellor).jsonArray()
            #expect(none.isEmpty)
        }
    }

    @Test("the portal links a project to a second counsellor, who then sees it")
    func links() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            let hidden = try await client.send(.get, "/v1/projects/\(id)", as: .otherCounsellor)
            #expect(hidden.status == .notFound)
            let linked = try await client.send(
                .post, "/v1/projects/\(id)/links", as: .portal,
                json: #"{"counsellors": ["conseillere-1", "conseiller-2"]}"#)
            #expect(linked.status == .ok)
            #expect(try linked.json()["counsellors"] as? [String] == ["conseillere-1", "conseiller-2"])
            let visible = try await client.send(.get, "/v1/projects/\(id)", as: .otherCounsellor)
            #expect(visible.status == .ok)
            let empty = try await client.send(.post, "/v1/projects/\(id)/links", as: .portal, json: "{}")
            #expect(empty.status == .unprocessableContent)
        }
    }

    @Test("export: the dossier in every format, minimised by share, with its fingerprint; unknown share words and formats are named")
    func export() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject(name: "Projet reconversion")
            _ = try await client.send(
                .put, "/v1/projects/\(id)/sections/profil", as: .person,
                json: #"{"nomAffiche": "Sophie Martin", "situation": "reconversion"}"#, headers: [.ifMatch: "\"r1\""])
            let fingerprint = HTTPFields.Element.Name("X-Jalon-Fingerprint")!
            let xml = try await client.send(.get, "/v1/projects/\(id)/export?format=xml", as: .person)
            #expect(xml.status == .ok)
            let stated = try #require(xml.headers[fingerprint])
            #expect(stated.count == 64 && xml.text.contains(stated))
            #expect(!xml.text.contains("Sophie Martin"))  // nothing personal without share

            // The person exports with their name; a counsellor's share=name would not widen what they were given.
            let json = try await client.send(.get, "/v1/projects/\(id)/export?format=json&share=name", as: .person)
            #expect(json.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(json.text.contains("Sophie Martin"))
            #expect(json.headers[fingerprint] != stated)  // another share, another minimised project
            // The server's dossiers carry the catalogue's labels (skills by ROME category, centres named), as the CLI's do.
            #expect(json.text.contains("\"labelsCatalogue\""))

            let markdown = try await client.send(.get, "/v1/projects/\(id)/export?format=md", as: .person)
            #expect(markdown.headers[.contentType]?.hasPrefix("text/markdown") == true && markdown.text.contains(stated))
            let html = try await client.send(.get, "/v1/projects/\(id)/export", as: .person, headers: [.acceptLanguage: "en"])
            #expect(html.headers[.contentType]?.hasPrefix("text/html") == true && html.text.contains("<html"))

            let badShare = try await client.send(.get, "/v1/projects/\(id)/export?format=xml&share=name,iris", as: .person)
            #expect(badShare.status == .badRequest)
            #expect((try badShare.problem()["detail"] as? String)?.contains("iris") == true)
            let badFormat = try await client.send(.get, "/v1/projects/\(id)/export?format=docx", as: .person)
            #expect(badFormat.status == .badRequest)
        }
    }

    @Test("PDF export: the page printed by Chromium when installed, else a 503 problem saying so")
    func pdf() async throws {
        let server = try ServerHarness(limits: .init(requestTimeoutSeconds: 120, requestsPerMinute: 1000, pdfRenderPriority: .normal))
        let chromium = ["chromium", "chromium-browser", "google-chrome"].contains { name in
            (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
        }
        try await server.withClient { client in
            let id = try await client.createProject()
            let response = try await client.send(.get, "/v1/projects/\(id)/export?format=pdf", as: .person)
            if chromium {
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/pdf")
                #expect(response.text.hasPrefix("%PDF-"))
            } else {
                #expect(response.status == .serviceUnavailable)
                #expect(try response.problem()["type"] as? String == "urn:jalon:problem:pdf-unavailable")
            }
        }
    }

    @Test("an XML project document is imported through the hardened parser; a DOCTYPE with entities is refused with a problem")
    func xmlCreation() async throws {
        let server = try ServerHarness()
        let sample = try String(contentsOfFile: ServerHarness.sample("karim-montbeliard-reconversion.xml"), encoding: .utf8)
        try await server.withClient { client in
            let created = try await client.send(.post, "/v1/projects?person=personne-1&counsellor=conseillere-1", as: .portal, xml: sample)
            #expect(created.status == .created)
            let id = try #require(try created.json()["id"] as? String)
            #expect(try await client.send(.get, "/v1/projects/\(id)", as: .person).status == .ok)

            let hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE project [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
                <project xmlns="urn:jalon:project:1" schemaVersion="1.1">&lol2;</project>
                """
            let refused = try await client.send(.post, "/v1/projects", as: .portal, xml: hostile)
            #expect(refused.status == .unprocessableContent)
            #expect(try refused.problem()["type"] as? String == "urn:jalon:problem:invalid-document")
            #expect(!refused.text.contains("lollol"))

            let invalid = try await client.send(.post, "/v1/projects", as: .portal, xml: #"<project xmlns="urn:jalon:project:1" schemaVersion="1.1"/>"#)
            #expect(invalid.status == .unprocessableContent)
        }
    }
}

extension ServerHarness {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func sample(_ name: String) -> String { repositoryRoot.appendingPathComponent("Samples/\(name)").path }
}
