import Foundation
import Testing

/// Every command that changes a project, run by someone who may read the store but not write it.
/// Root ignores write bits (and CI runs as root), so as root jalon is started as user nobody
/// (`setpriv`) against the root-owned store left at mode 755; as any other user, the store simply loses
/// its write bits. Each command must say which path it could not write, exit non-zero, and leave the
/// store byte for byte as it was; the same commands on a writable copy all succeed, so each refusal is
/// the store's doing and nothing else.
@Suite("jalon: every mutating command against a store it may read but not write", .serialized)
struct ReadOnlyStoreTests: ProjectCommandSuite {
    let folder = ScratchFolder()
    static let karim = "c811b689-d8d0-46fe-9fb4-072159e7b381"
    static let nobody: UInt32 = 65534
    static var isRoot: Bool { geteuid() == 0 }

    /// Each mutating command, with arguments that succeed on a writable store (checked on the copy),
    /// in an order where each still makes sense after the previous ones; erase last.
    func commands(fresh: String, sample: String) -> [[String]] {
        let id = Self.karim
        return [
            ["init", "--name", "Zoé"],
            ["import", sample],
            ["profil", "set", id, "--mobilite", "25"],
            ["interets", "rate", id, "3", "4"],
            ["interets", "answer", id, "--answers", "r1=1"],
            ["competences", "add", id, "Langue des signes"],
            ["competences", "rate", id, "106679", "4"],
            ["competences", "remove", id, "106679"],
            ["competences", "add-experience", id, "10891", "--accept-core"],
            ["pistes", "keep", id, "H2912"],
            ["pistes", "drop", id, "N1101"],
            ["pistes", "suggest", id, "--limit", "3"],
            ["formations", id, "I1310", "--limit", "2"],
            ["formations", "choose", id, "I1310", "RNCP35191", "--voie", "formation-continue"],
            ["plan", "add", id, "Appeler l’AFPA de Belfort", "--date", "2099-01-15"],
            ["plan", "done", id, "a5"],
            ["note", "add", id, "--section", "pistes", "--status", "besoin", "--author", "Sophie M.", "À revoir ensemble."],
            ["synthese", "set", id, "Un premier paragraphe."],
            ["advance", fresh],
            ["restore", id, "1"],
            ["erase", id, "--yes"]
        ]
    }

    @Test func everyMutatingCommandSaysWhatItCannotWriteAndChangesNothing() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let sample = folder.path + "/lea.xml"
        try FileManager.default.copyItem(atPath: JalonProcess.sample("lea-gray-lyceenne.xml"), toPath: sample)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: sample)
        #expect(try jalon.run("import", JalonProcess.sample("karim-montbeliard-reconversion.xml")).status == 0)
        #expect(try jalon.run("profil", "set", Self.karim, "--mobilite", "30").status == 0)
        let fresh = try jalon.run("init", "--name", "Inès").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try jalon.run("profil", "set", fresh, "--situation", "reconversion", "--diplome", "4", "--departement", "70").status == 0)
        let writable = JalonProcess(store: folder.path + "/writable")
        try FileManager.default.copyItem(atPath: jalon.store, toPath: writable.store)

        let restricted = try readerOnly()
        try setWritable(false)
        defer { try? setWritable(true) }
        let before = try snapshot(jalon.store)
        for arguments in commands(fresh: fresh, sample: sample) {
            let result = try restricted.run(arguments: arguments)
            let command = arguments.prefix(2).joined(separator: " ")
            #expect(result.status != 0, "\(command) succeeded on a store it may not write")
            #expect(result.stderr.hasPrefix("jalon: ") && result.stderr.contains(jalon.store), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("accès refusé") && result.stderr.contains("rien n’a été perdu"), "\(command): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1 && !result.stderr.contains("Fatal error"), "\(command): \(result.stderr)")
        }
        #expect(try snapshot(jalon.store) == before)
        #expect(try history(Self.karim).count == 2)
        #expect(try history(fresh).count == 2)

        // The same commands where writing is allowed: every one succeeds.
        for arguments in commands(fresh: fresh, sample: sample) {
            let result = try writable.run(arguments: arguments)
            #expect(result.status == 0, "\(arguments.prefix(2).joined(separator: " ")) on a writable store: \(result.stderr)")
        }
    }

    /// How this test runs jalon as someone who may only read the store: as nobody when we are root,
    /// from a copy of the binary and its resources if nobody cannot reach the built one (a checkout
    /// under /root); as ourselves otherwise.
    private func readerOnly() throws -> JalonProcess {
        var process = jalon
        guard Self.isRoot else { return process }
        let setpriv = try #require(
            ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "setpriv (util-linux) is needed to run jalon as another user")
        process.launcher = [setpriv, "--reuid=\(Self.nobody)", "--regid=\(Self.nobody)", "--clear-groups"]
        if try process.run(arguments: ["--version"], withStore: false).status != 0 {
            let copy = folder.path + "/bin"
            try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
            let built = JalonProcess.binary.deletingLastPathComponent()
            for name in try FileManager.default.contentsOfDirectory(atPath: built.path) where name == "jalon" || name.hasSuffix("_JalonResources.resources") {
                try FileManager.default.copyItem(atPath: built.appendingPathComponent(name).path, toPath: copy + "/" + name)
            }
            process.executable = URL(fileURLWithPath: copy + "/jalon")
            try setPermissions(copy, folders: 0o755, files: 0o755)
        }
        let reachable = try process.run(arguments: ["--version"], withStore: false)
        #expect(reachable.status == 0, "jalon cannot run as nobody: \(reachable.stderr)")
        return process
    }

    /// The store readable by all and writable by its owner only (root: mode 755), or by no one.
    private func setWritable(_ writable: Bool) throws {
        if Self.isRoot || writable {
            try setPermissions(jalon.store, folders: 0o755, files: 0o644)
        } else {
            try setPermissions(jalon.store, folders: 0o555, files: 0o444)
        }
    }

    private func setPermissions(_ root: String, folders: Int, files: Int) throws {
        let manager = FileManager.default
        // Folders first from the top, so that their contents are reachable when their own turn comes.
        try manager.setAttributes([.posixPermissions: folders], ofItemAtPath: root)
        for relative in try manager.subpathsOfDirectory(atPath: root) {
            var isFolder: ObjCBool = false
            let path = root + "/" + relative
            _ = manager.fileExists(atPath: path, isDirectory: &isFolder)
            try manager.setAttributes([.posixPermissions: isFolder.boolValue ? folders : files], ofItemAtPath: path)
        }
    }

    /// Every path under `root` with its bytes (folders with none).
    private func snapshot(_ root: String) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for relative in try FileManager.default.subpathsOfDirectory(atPath: root) {
            contents[relative] = FileManager.default.contents(atPath: root + "/" + relative) ?? Data()
        }
        return contents
    }
}
