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
            let xmlsec = try ToolRun.run(
                "/usr/bin/xmlsec1",
                [
                    "--verify", "--enabled-reference-uris", "empty",
                    "--pubkey-pem:\(keyID)", publicKey, path
                ])
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
        let annotate = try counsellor.run(
            "dossier", "annotate", path, "--section", "pistes", "--status", "besoin",
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

    /// Every command that takes `-o`, with the arguments that make it write there.
    static let outputCommands = ["export", "review", "annotate", "import-lheo", "catalogue-build"]

    /// The open-data folder `catalogue build` reads (absent on a machine without the shared data).
    static let dataFolder = ProcessInfo.processInfo.environment["JALON_DATA"] ?? "/work/shared/data"

    func outputArguments(_ command: String, to output: String) throws -> [String] {
        let id = try importSample()
        let dossier = folder.path + "/in.xml"
        if !FileManager.default.fileExists(atPath: dossier) {
            #expect(try jalon.run("export", id, "--format", "xml", "-o", dossier).status == 0)
        }
        switch command {
        case "export": return ["export", id, "--format", "xml", "-o", output]
        case "review": return ["review", dossier, "--format", "csv", "-o", output]
        case "annotate": return ["dossier", "annotate", dossier, "--section", "pistes", "--status", "besoin", "--author", "M. Test", "Voir", "-o", output]
        case "import-lheo":
            let feed = folder.path + "/offres.xml"
            try #"<lheo><offres><formation numero="1"><intitule-formation>CAP cuisine</intitule-formation><action numero="a"/></formation></offres></lheo>"#
                .write(toFile: feed, atomically: true, encoding: .utf8)
            return ["catalogue", "import-lheo", feed, "-o", output]
        default: return ["catalogue", "build", "--from", Self.dataFolder, "-o", output]
        }
    }

    /// `-o` naming a FIFO: the reader gets the bytes and the FIFO is still a FIFO (it used to be replaced
    /// by a regular file, as `/dev/null` was when run as root).
    @Test(arguments: outputCommands)
    func outputToAFIFOIsWrittenThrough(_ command: String) throws {
        if command == "catalogue-build", !FileManager.default.fileExists(atPath: Self.dataFolder) { return }
        let fifo = folder.path + "/out-\(command).fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let arguments = try outputArguments(command, to: fifo)
        // The reader, started first on a thread of its own (open(2) for writing waits for it; a
        // cooperative task could be starved by the blocked runs of the other cases on a small machine).
        let reader = FIFOReader(path: fifo)
        let result = try jalon.run(arguments: arguments, withStore: arguments.first != "catalogue")
        #expect(result.status == 0, "\(result.stderr)")
        // Had jalon never opened the FIFO, the reader would wait for ever: a writer that opens and closes
        // it ends the read (after a run that wrote, the reader is done and this open fails harmlessly).
        let unblock = open(fifo, O_WRONLY | O_NONBLOCK)
        if unblock >= 0 { close(unblock) }
        let received = reader.wait()
        #expect(!received.isEmpty)
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO, "the FIFO is still a FIFO")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.contains(".tmp-") && $0 != "NOTICE" })
    }

    /// `-o` naming a character device — a twin of `/dev/null` made in the scratch folder, so a failure
    /// breaks nothing else on the machine: it stays a device. Making a device node needs root.
    @Test(.enabled(if: getuid() == 0, "making a device node (mknod) needs root"), arguments: outputCommands)
    func outputToADeviceIsWrittenThrough(_ command: String) throws {
        if command == "catalogue-build", !FileManager.default.fileExists(atPath: Self.dataFolder) { return }
        let device = folder.path + "/null-\(command)"  // major 1, minor 3: what /dev/null is
        #expect(mknod(device, S_IFCHR | 0o600, 0x103) == 0)
        let arguments = try outputArguments(command, to: device)
        let result = try jalon.run(arguments: arguments, withStore: arguments.first != "catalogue")
        #expect(result.status == 0, "\(result.stderr)")
        var status = stat()
        #expect(lstat(device, &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR, "the device is still a device")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.contains(".tmp-") && $0 != "NOTICE" })
    }

    /// A new file named by `-o` is its owner's only, for every command.
    @Test(arguments: outputCommands.filter { $0 != "catalogue-build" })
    func newOutputFilesAreTheOwnersOnly(_ command: String) throws {
        let output = folder.path + "/new-\(command)"
        let arguments = try outputArguments(command, to: output)
        let result = try jalon.run(arguments: arguments, withStore: arguments.first != "catalogue")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try mode(output) == 0o600)
    }

    /// The LHÉO feed reader through the binary: a 502-byte nest of parameter entities (which kept
    /// `import-lheo` busy past 20 s when it reached libxml2), 30,000 attributes on one element and a
    /// UTF-16 feed are each refused at once by the stream's prescan, with a sentence naming the file.
    @Test(arguments: ["entities", "attributes", "utf16"])
    func hostileLHEOFeedsAreRefusedBeforeLibXML2(_ kind: String) throws {
        let feed = folder.path + "/hostile-\(kind).xml"
        let bytes: [UInt8] =
            switch kind {
            case "entities":
                Array(
                    (#"<!DOCTYPE x [<!ENTITY % p0 "lol">"#
                        + (1...9).map { #"<!ENTITY % p\#($0) "\#(String(repeating: "&#37;p\($0 - 1);", count: 10))">"# }.joined()
                        + #" %p9;]><lheo/>"#).utf8)
            case "attributes":
                Array(("<lheo " + (0..<30_000).map { "a\($0)=\"1\"" }.joined(separator: " ") + "/>").utf8)
            default:
                [0xFF, 0xFE] + "<lheo/>".utf8.flatMap { [$0, 0] }
            }
        try Data(bytes).write(to: URL(fileURLWithPath: feed))
        let start = ContinuousClock.now
        let refused = try jalon.run(arguments: ["catalogue", "import-lheo", feed], withStore: false)
        #expect(ContinuousClock.now - start < .seconds(10), "refused late: \(ContinuousClock.now - start)")
        #expect(refused.status == 1 && refused.stderr.contains("hostile-\(kind).xml"), "\(refused.status) \(refused.stderr)")
    }

    /// `-o -` is standard output, for every command that takes `-o`.
    @Test func dashIsStandardOutput() throws {
        let id = try importSample()
        let dossier = folder.path + "/in.xml"
        #expect(try jalon.run("export", id, "--format", "xml", "-o", dossier).status == 0)
        #expect(try jalon.run("export", id, "--format", "md", "-o", "-").stdout.contains("Personne"))
        #expect(try jalon.run("review", dossier, "--format", "csv", "-o", "-").stdout.contains(","))
        let annotated = try jalon.run("dossier", "annotate", dossier, "--section", "pistes", "--status", "besoin", "--author", "M. Test", "Voir", "-o", "-")
        #expect(annotated.stdout.contains("<dossier"), "\(annotated.stderr)")
        let feed = folder.path + "/offres.xml"
        try #"<lheo><offres><formation numero="1"><intitule-formation>CAP cuisine</intitule-formation><action numero="a"/></formation></offres></lheo>"#
            .write(toFile: feed, atomically: true, encoding: .utf8)
        #expect(try jalon.run(arguments: ["catalogue", "import-lheo", feed, "-o", "-"], withStore: false).stdout.contains(#""intitule":"CAP cuisine""#))
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
        let grep = try ToolRun.run("/usr/bin/grep", ["-r", "-q", "-a", "-e", id, "-e", "Karim", folder.path + "/store"])
        #expect(grep.status == 1, "grep found the project in the store")
        let again = try jalon.run("import", backup)
        #expect(again.status == 0, "\(again.stderr)")
        let newID = again.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(newID != id && newID.count == 36)
        expectRefused(try jalon.run("show", id), status: 66, containing: id)
    }
}

/// Reads a FIFO to its end on a thread of its own, as a separate program would.
final class FIFOReader: @unchecked Sendable {
    private var received = Data()
    private let done = DispatchSemaphore(value: 0)

    init(path: String) {
        let thread = Thread { [self] in
            if let handle = FileHandle(forReadingAtPath: path) {
                received = (try? handle.readToEnd()) ?? Data()
                try? handle.close()
            }
            done.signal()
        }
        thread.start()
    }

    /// What was read, once the writer closed its end.
    func wait() -> Data {
        done.wait()
        return received
    }
}
