import Foundation
import JalonTestSupport
import Testing

/// Signing keys, signed dossiers, erasure and files at rest, through the binary.
@Suite("jalon keys, signed dossiers, erase, files at rest: through the binary")
struct TrustCommandsTests: ProjectCommandSuite {
    let folder = ScratchFolder()

    func importSample(_ name: String = "karim-montbeliard-reconversion.xml") throws -> String {
        let imported = try jalon.run("import", JalonProcess.sample(name))
        #expect(imported.status == 0, "\(imported.stderr)")
        return imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    /// Generates the store's key and writes its public text to `public.pem`.
    func generateKey() throws -> String {
        let generated = try jalon.run("keys", "generate")
        #expect(generated.status == 0, "\(generated.stderr)")
        let shown = try jalon.run("keys", "show")
        #expect(shown.status == 0, "\(shown.stderr)")
        let path = folder.path + "/public.pem"
        try Data(shown.stdout.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func keysAreGeneratedOnceAndKeptPrivate() throws {
        #expect(try jalon.run("keys", "show").status == 66)
        let publicKey = try generateKey()
        let keyFile = folder.path + "/store/keys/signing-key.pem"
        #expect(try mode(keyFile) == 0o600)
        #expect(try mode(folder.path + "/store/keys") == 0o700)
        let text = try String(contentsOfFile: publicKey, encoding: .utf8)
        #expect(text.contains("Key-Id: jalon-") && text.contains("-----BEGIN PUBLIC KEY-----") && !text.contains("PRIVATE"))
        let again = try jalon.run("keys", "generate")
        expectRefused(again, status: 1, containing: "une clé existe déjà")
    }

    @Test func exportedDossierIsSignedAndVerifiedByJalonAndXmlsec1() throws {
        let publicKey = try generateKey()
        let id = try importSample()
        let path = folder.path + "/d.xml"
        #expect(try jalon.run("export", id, "--format", "xml", "-o", path).status == 0)
        let verified = try jalon.run("verify-dossier", path, "--key", publicKey)
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("signé par la clé jalon-"))
        let keyID = try #require(try String(contentsOfFile: publicKey, encoding: .utf8).split(separator: "\n").first?.dropFirst("Key-Id: ".count))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/xmlsec1") {
            let xmlsec = try ProcessRun.run("/usr/bin/xmlsec1", ["--verify", "--enabled-reference-uris", "empty",
                                                                 "--pubkey-pem:\(keyID)", publicKey, path])
            #expect(xmlsec.status == 0)
        }
        // A revision message changed: the project's fingerprint still holds, the signature names the history.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let message = try #require(text.range(of: "role=\"person\">")).upperBound
        var tampered = text
        tampered.insert("x", at: message)
        try Data(tampered.utf8).write(to: URL(fileURLWithPath: path))
        let refused = try jalon.run("verify-dossier", path, "--key", publicKey)
        expectRefused(refused, status: 1, containing: "l’historique")
    }

    @Test func unsignedDossierWithAKeyAskedIsRefused() throws {
        let id = try importSample()
        let path = folder.path + "/d.xml"
        #expect(try jalon.run("export", id, "--format", "xml", "-o", path).status == 0)
        let plain = try jalon.run("verify-dossier", path)
        #expect(plain.status == 0 && plain.stdout.contains("non signé"))
        let other = JalonProcess(store: folder.path + "/other-store")
        #expect(try other.run("keys", "generate").status == 0)
        try Data(try other.run("keys", "show").stdout.utf8).write(to: URL(fileURLWithPath: folder.path + "/other.pem"))
        expectRefused(try jalon.run("verify-dossier", path, "--key", folder.path + "/other.pem"), status: 1, containing: "pas signé")
    }

    @Test func dossierSignedByAnotherServiceIsRefused() throws {
        _ = try generateKey()
        let id = try importSample()
        let path = folder.path + "/d.xml"
        #expect(try jalon.run("export", id, "--format", "xml", "-o", path).status == 0)
        let other = JalonProcess(store: folder.path + "/other-store")
        #expect(try other.run("keys", "generate").status == 0)
        try Data(try other.run("keys", "show").stdout.utf8).write(to: URL(fileURLWithPath: folder.path + "/other.pem"))
        expectRefused(try jalon.run("verify-dossier", path, "--key", folder.path + "/other.pem"), status: 1, containing: "pas une clé de confiance")
    }

    @Test func annotatedDossierIsSignedAgainKeepingTheOriginalSignature() throws {
        let issuer = try generateKey()
        let id = try importSample()
        let path = folder.path + "/d.xml", annotated = folder.path + "/a.xml"
        #expect(try jalon.run("export", id, "--format", "xml", "-o", path).status == 0)
        let counsellor = JalonProcess(store: folder.path + "/service")
        #expect(try counsellor.run("keys", "generate").status == 0)
        let service = folder.path + "/service.pem"
        try Data(try counsellor.run("keys", "show").stdout.utf8).write(to: URL(fileURLWithPath: service))
        let annotate = try counsellor.run("dossier", "annotate", path, "--section", "pistes", "--status", "a-revoir",
                                          "--author", "Mme Durand", "Revoir la piste", "-o", annotated)
        #expect(annotate.status == 0, "\(annotate.stderr)")
        let verified = try jalon.run("verify-dossier", annotated, "--key", service)
        #expect(verified.status == 0, "\(verified.stderr)")
        let issuerID = try #require(try String(contentsOfFile: issuer, encoding: .utf8).split(separator: "\n").first?.dropFirst("Key-Id: ".count))
        #expect(verified.stdout.contains("signature d’origine conservée dans l’annotation : clé \(issuerID)"))
    }

    @Test func doctypeInADossierIsRefused() throws {
        let path = folder.path + "/d.xml"
        try Data("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><dossier>&e;</dossier>".utf8)
            .write(to: URL(fileURLWithPath: path))
        expectRefused(try jalon.run("verify-dossier", path), status: 1, containing: "DOCTYPE")
    }

    // MARK: Files at rest

    /// `-o` naming a FIFO: the reader gets the bytes and the FIFO is still a FIFO (it used to be replaced
    /// by a regular file, as `/dev/null` was when run as root).
    @Test(arguments: ["export", "review", "annotate"])
    func outputToAFIFOIsWrittenThrough(_ command: String) async throws {
        let id = try importSample()
        let dossier = folder.path + "/in.xml"
        #expect(try jalon.run("export", id, "--format", "xml", "-o", dossier).status == 0)
        let fifo = folder.path + "/out-\(command).fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader, started first: open(2) for writing waits for it.
        let reader = Task.detached { () -> Data in
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: fifo))
            defer { try? handle.close() }
            return handle.readDataToEndOfFile()
        }
        let arguments: [String] = switch command {
        case "export": ["export", id, "--format", "xml", "-o", fifo]
        case "review": ["review", dossier, "--format", "csv", "-o", fifo]
        default: ["dossier", "annotate", dossier, "--section", "pistes", "--status", "a-revoir", "--author", "M. Test", "Voir", "-o", fifo]
        }
        let result = try jalon.run(arguments: arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let received = try await reader.value
        #expect(!received.isEmpty)
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO, "the FIFO is still a FIFO")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.contains(".tmp-") })
    }

    /// `-o -` is standard output, for every command that takes `-o`.
    @Test func dashIsStandardOutput() throws {
        let id = try importSample()
        let dossier = folder.path + "/in.xml"
        #expect(try jalon.run("export", id, "--format", "xml", "-o", dossier).status == 0)
        #expect(try jalon.run("export", id, "--format", "md", "-o", "-").stdout.contains("Personne"))
        #expect(try jalon.run("review", dossier, "--format", "csv", "-o", "-").stdout.contains(","))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/-"))
    }

    @Test func storeFilesAreTheOwnersOnly() throws {
        let id = try importSample()
        #expect(try jalon.run("erase", id, "--yes").status == 0)
        _ = try importSample()
        let root = folder.path + "/store"
        let enumerator = try #require(FileManager.default.enumerator(atPath: root))
        var checked = 0
        for case let relative as String in enumerator {
            let path = root + "/" + relative
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            let expected = isFolder.boolValue ? 0o700 : 0o600
            #expect(try mode(path) & 0o777 == expected, "\(relative)")
            checked += 1
        }
        #expect(checked > 3)
    }

    // MARK: Erasure

    /// After `jalon erase`, nothing of the project is left anywhere in the store, and an old copy
    /// imported again comes back under a new id.
    @Test func erasureLeavesNothingAndAnOldCopyGetsANewID() throws {
        let id = try importSample()
        let backup = folder.path + "/backup.xml"
        #expect(try jalon.run("export", id, "--format", "projet", "-o", backup).status == 0)
        let erased = try jalon.run("erase", id, "--yes")
        #expect(erased.status == 0, "\(erased.stderr)")
        let grep = try ProcessRun.run("/usr/bin/grep", ["-r", "-q", "-a", "-e", id, "-e", "Karim", folder.path + "/store"])
        #expect(grep.status == 1, "grep found the project in the store")
        let again = try jalon.run("import", backup)
        #expect(again.status == 0, "\(again.stderr)")
        let newID = again.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(newID != id && newID.count == 36)
        expectRefused(try jalon.run("show", id), status: 66, containing: id)
    }
}
