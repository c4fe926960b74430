import Foundation
import JalonServer
import Testing

/// The configuration file and the tokens it lists.
@Suite("Server configuration and tokens")
struct ConfigurationTests {
    private func load(_ json: String) throws(ConfigurationError) -> ServerConfiguration {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-config-\(UUID().uuidString).json").path
        FileManager.default.createFile(atPath: path, contents: Data(json.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try ServerConfiguration.load(contentsOf: path)
    }

    private let hash = String(repeating: "ab", count: 32)

    @Test("a full file is read; missing limits get their defaults")
    func reads() throws {
        let configuration = try load(
            """
            {"host": "0.0.0.0", "port": 9000, "store": "/srv/jalon", "limits": {"maxBodyBytes": 2048},
             "tokens": [{"sha256": "\(hash)", "role": "counsellor", "subject": "c-1"}]}
            """)
        #expect(configuration.port == 9000)
        #expect(configuration.limits.maxBodyBytes == 2048)
        #expect(configuration.limits.requestsPerMinute == ServerConfiguration.Limits().requestsPerMinute)
        #expect(configuration.tokens == [.init(sha256: hash, role: .counsellor, subject: "c-1")])
    }

    @Test(
        "each error names its field",
        arguments: [
            (#"{"port": 70000}"#, "port"),
            (#"{"port": "huit"}"#, "port"),
            (#"{"limits": {"requestsPerMinute": 0}}"#, "limits.requestsPerMinute"),
            (#"{"tokens": [{"sha256": "abc", "role": "portal", "subject": "p"}]}"#, "tokens[0].sha256"),
            (#"{"tokens": [{"sha256": "HASH", "role": "admin", "subject": "p"}]}"#, "tokens[0].role"),
            (#"{"tokens": [{"sha256": "HASH", "role": "portal"}]}"#, "tokens[0].subject"),
            (#"{"tokens": [{"sha256": "HASH", "role": "portal", "subject": "a"}, {"sha256": "HASH", "role": "person", "subject": "b"}]}"#, "tokens[1].sha256"),
            (#"{"cors": {"origins": ["*"]}}"#, "cors.origins[0]"),
            (#"{"cors": {"origins": ["https://portail.example.fr", "https://portail.example.fr/carnet"]}}"#, "cors.origins[1]"),
            (#"{"cors": {"origins": ["https://portail.example.fr/"]}}"#, "cors.origins[0]"),
            (#"{"cors": {"maxAgeSeconds": -1}}"#, "cors.maxAgeSeconds"),
            (#"{"journalRotateBytes": 100}"#, "journalRotateBytes"),
            (#"{"journalRotateDays": 0}"#, "journalRotateDays")
        ])
    func namesTheField(json: String, field: String) throws {
        do {
            _ = try load(json.replacingOccurrences(of: "HASH", with: hash))
            Issue.record("accepted: \(json)")
        } catch {
            guard case .invalid(_, let named, _) = error else { Issue.record("\(error)"); return }
            #expect(named == field)
            #expect(error.message(in: .fr).contains(field))
        }
    }

    @Test("a missing file is named")
    func missingFile() {
        #expect(throws: ConfigurationError.unreadable(path: "/nonexistent/jalon.json")) {
            try ServerConfiguration.load(contentsOf: "/nonexistent/jalon.json")
        }
    }

    @Test("tokens: random, prefixed, recognised only by their SHA-256")
    func tokens() {
        let token = BearerToken.generate()
        #expect(token.hasPrefix("jalon_") && token.count == 49)
        #expect(token != BearerToken.generate())
        // A known vector: SHA-256 of "abc".
        #expect(BearerToken.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let directory = TokenDirectory([.init(sha256: BearerToken.sha256Hex(token).uppercased(), role: .portal, subject: "p")])
        #expect(directory.caller(presenting: token)?.subject == "p")
        #expect(directory.caller(presenting: token + "x") == nil)
        #expect(directory.caller(presenting: BearerToken.sha256Hex(token)) == nil)  // the hash itself is no token
    }
}
