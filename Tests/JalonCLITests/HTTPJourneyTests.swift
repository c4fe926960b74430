import Foundation
import JalonCore
import JalonStore
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The whole journey through the HTTP API alone, against the real `jalon serve` binary: the portal
/// creates and links a project, the person does the seven steps with the content of `jalon demo`
/// (read back from the demo's own project, so the two never drift), a counsellor adds a note, the
/// person exports the dossier; the saved project document equals the CLI's for the same inputs.
@Suite("Parcours complet par HTTP", .serialized)
struct HTTPJourneyTests {
    let folder = ScratchFolder()

    @Test("seven steps over HTTP give the project document `jalon demo` saves (ids, dates, fingerprints aside)")
    func journeyEqualsDemo() async throws {
        // The CLI's journey, and the same counsellor note added with `jalon note add`.
        let cli = JalonProcess(store: folder.path + "/cli")
        let demo = try cli.run("demo")
        #expect(demo.status == 0, "\(demo.stderr)")
        let cliID = try #require(
            try cli.run("list").stdout.split(separator: "\n").compactMap { line in
                line.split(separator: " ").first.flatMap { ProjectID(String($0)) }
            }.first)
        let note = (section: "pistes", status: "point-appui", text: "Deux pistes cohérentes avec l’expérience de vente.")
        let annotated = try cli.run(
            "note", "add", cliID.rawValue, "--section", note.section, "--status", note.status,
            "--author", "conseillere", note.text)
        #expect(annotated.status == 0, "\(annotated.stderr)")
        let cliDocument = try cli.run("export", cliID.rawValue, "--format", "projet").stdout
        let persona = try ProjectDocumentLoader().load(bytes: Array(cliDocument.utf8), sourceName: "demo")
        let sophie = try ProjectCodec.decode(persona.document)

        let server = try JourneyServer(folder: folder.path)
        defer { server.process.stop() }
        let portal = server.client(.portal), person = server.client(.person), counsellor = server.client(.counsellor)

        // The portal creates and links.
        let created = try await portal.send(
            "POST", "/v1/projects",
            json: ["displayName": sophie.displayName ?? "", "person": "personne", "counsellors": ["conseillere"]])
        #expect(created.status == 201, "\(created.text)")
        let id = try #require(created.object["id"] as? String)
        let project = "/v1/projects/\(id)"
        person.etag = created.etag

        // 1. Profil.
        let profil = try #require(sophie.profil)
        var fields: [String: Any] = [
            "situation": profil.situation!.rawValue, "diplome": profil.diplome!.token,
            "communeInsee": profil.commune!.codeInsee, "communeNom": profil.commune!.nom,
            "departement": profil.departement!.code, "mobiliteKm": profil.mobiliteKm!, "contraintes": profil.contraintes
        ]
        if let year = profil.anneeNaissance { fields["anneeNaissance"] = year }
        try await person.edit("PUT", project + "/sections/profil", fields)
        try await person.edit("POST", project + "/advance")

        // 2. Intérêts: the twelve centres, then the 48 answers (the last completes the profile).
        let interets = try #require(sophie.interets)
        try await person.edit(
            "POST", project + "/interets/centres",
            ["centres": Dictionary(uniqueKeysWithValues: interets.centres.map { (String($0.centre.rawValue), $0.rating.value) })])
        let questionnaire = try await person.send("GET", "/v1/questionnaire")
        #expect((questionnaire.object["items"] as? [Any])?.count == 48)
        let answers = try #require(interets.riasec?.reponses)
        try await person.edit(
            "PUT", project + "/questionnaire/answers",
            ["answers": Dictionary(uniqueKeysWithValues: answers.prefix(20).map { ($0.question.rawValue, $0.rating.value) })])
        try await person.edit(
            "PUT", project + "/questionnaire/answers",
            ["answers": Dictionary(uniqueKeysWithValues: answers.map { ($0.question.rawValue, $0.rating.value) })])
        try await person.edit("POST", project + "/advance")

        // 3. Compétences: the experience, its core skills confirmed.
        let experience = try #require(sophie.competences?.experiences.first)
        let added = try await person.edit(
            "POST", project + "/experiences",
            ["appellation": experience.appellation!.code.description, "years": experience.annees!, "acceptCore": true], expect: 201)
        #expect(((added.object["result"] as? [String: Any])?["competences"] as? [Any])?.isEmpty == false)
        try await person.edit("POST", project + "/advance")

        // 4. Pistes: the suggestions saved as the demo shows them, then the two kept.
        let shown = try #require(sophie.suggestions?.suggestions.count)
        try await person.edit("POST", project + "/suggestions?limit=\(shown)")
        let kept = try #require(sophie.pistes?.retenues)
        for piste in kept { try await person.edit("POST", project + "/pistes/\(piste.fiche.rawValue)/keep") }
        try await person.edit("POST", project + "/advance")

        // 5. Formations: the paths saved, then the one the demo chose.
        let pathsShown = try #require(sophie.parcours?.cibles.first?.chemins.count)
        for piste in kept {
            try await person.edit("POST", project + "/formations/\(piste.fiche.rawValue)?limit=\(pathsShown)")
            let chosen = try #require(sophie.formations.first { $0.fiche == piste.fiche && $0.choisie })
            try await person.edit(
                "POST", project + "/formations",
                ["fiche": piste.fiche.rawValue, "certification": chosen.certification!.rawValue, "voie": chosen.voie.rawValue])
        }
        try await person.edit("POST", project + "/advance")

        // 6. Plan: three dated actions.
        for action in sophie.plan {
            var body: [String: Any] = ["text": action.intitule, "date": action.date!.iso8601, "kind": action.kind.rawValue]
            if let fiche = action.fiche { body["fiche"] = fiche.rawValue }
            try await person.edit("POST", project + "/plan", body, expect: 201)
        }
        try await person.edit("POST", project + "/advance")

        // 7. Synthèse, and the journey finished.
        try await person.edit("PUT", project + "/sections/synthese", ["paragraphes": try #require(sophie.synthese?.paragraphes)])
        try await person.edit("POST", project + "/advance")
        let readiness = try await person.send("GET", project + "/readiness")
        #expect(readiness.object["firstIncomplete"] is NSNull, "\(readiness.text)")

        // The counsellor's note, then the dossier the person exports.
        counsellor.etag = person.etag
        try await counsellor.edit("POST", project + "/notes", ["section": note.section, "status": note.status, "text": note.text])
        let dossier = try await person.send("GET", project + "/export?format=xml")
        #expect(dossier.status == 200)
        #expect(dossier.header("X-Jalon-Fingerprint")?.count == 64)
        #expect(kept.allSatisfy { dossier.text.contains($0.fiche.rawValue) })

        // The document the server saved, against the CLI's.
        let saved = try await person.send("GET", project, accept: "application/xml")
        #expect(saved.status == 200)
        let (http, cliText) = (Self.normalised(saved.text), Self.normalised(cliDocument))
        #expect(http == cliText, "first difference: \(Self.firstDifference(http, cliText))")
    }

    /// Ids, instants, fingerprints and the writer's name aside: what differs between two saves of the same content.
    static func normalised(_ document: String) -> String {
        var text = document
        for (pattern, replacement) in [
            (#"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"#, "ID"),
            (#"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})"#, "INSTANT"),
            (#"[0-9a-f]{64}"#, "FINGERPRINT"),
            (#"jalon-serve"#, "jalon")
        ] {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return text
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        let (left, right) = (a.split(separator: "\n"), b.split(separator: "\n"))
        for (index, pair) in zip(left, right).enumerated() where pair.0 != pair.1 { return "line \(index + 1):\n  http: \(pair.0)\n  cli:  \(pair.1)" }
        return "lengths \(left.count) vs \(right.count)"
    }
}

/// `jalon serve` with a portal, a person and a counsellor token, on a free port.
struct JourneyServer {
    enum Role: String, CaseIterable { case portal, person, counsellor }
    static let subjects: [Role: String] = [.portal: "portail", .person: "personne", .counsellor: "conseillere"]

    let process: ServerProcess
    let tokens: [Role: String]

    init(folder: String) throws {
        let jalon = JalonProcess(store: folder + "/http")
        var tokens: [Role: String] = [:], lines: [String] = []
        for role in Role.allCases {
            let made = try jalon.run(arguments: ["serve", "token", "--role", role.rawValue, "--subject", Self.subjects[role]!], withStore: false)
            let output = made.stdout.split(separator: "\n").map(String.init)
            tokens[role] = output[0]
            lines.append(output[1])
        }
        let config = folder + "/serve.json"
        // Ranking the first time builds the matching index: no request deadline on a busy test machine.
        try Data(#"{"limits": {"requestTimeoutSeconds": 600}, "tokens": [\#(lines.joined(separator: ", "))]}"#.utf8).write(to: URL(fileURLWithPath: config))
        process = try ServerProcess(arguments: ["serve", "--port", "0", "--store", jalon.store, "--config", config])
        self.tokens = tokens
    }

    func client(_ role: Role) -> JourneyClient { JourneyClient(base: "http://127.0.0.1:\(process.port)", token: tokens[role]!) }
}

/// A caller of the API that keeps the ETag of the last revision it saw, as a portal page would.
final class JourneyClient: @unchecked Sendable {
    struct Reply {
        let status: Int
        let text: String
        let headers: [AnyHashable: Any]
        var etag: String? { header("ETag") }
        var object: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:] }
        func header(_ name: String) -> String? {
            headers.first { ($0.key as? String)?.lowercased() == name.lowercased() }?.value as? String
        }
    }

    let base: String
    let token: String
    var etag: String?

    init(base: String, token: String) {
        self.base = base
        self.token = token
    }

    func send(_ method: String, _ path: String, json: Any? = nil, ifMatch: String? = nil, accept: String? = nil) async throws -> Reply {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        request.timeoutInterval = 300
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        // The demo runs in French; Foundation's URLSession would otherwise send the machine's language.
        request.setValue("fr", forHTTPHeaderField: "Accept-Language")
        if let ifMatch { request.setValue(ifMatch, forHTTPHeaderField: "If-Match") }
        if let accept { request.setValue(accept, forHTTPHeaderField: "Accept") }
        if let json {
            request.httpBody = try JSONSerialization.data(withJSONObject: json)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        return Reply(status: http?.statusCode ?? 0, text: String(decoding: data, as: UTF8.self), headers: http?.allHeaderFields ?? [:])
    }

    /// A change on top of the last revision seen; it must succeed, and its ETag becomes the next base.
    @discardableResult
    func edit(
        _ method: String, _ path: String, _ json: Any? = nil, expect status: Int = 200,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> Reply {
        let reply = try await send(method, path, json: json, ifMatch: etag)
        #expect(reply.status == status, "\(method) \(path): \(reply.text)", sourceLocation: sourceLocation)
        if let next = reply.etag { etag = next }
        return reply
    }
}
