import Foundation
import Testing

/// Every project command on a `postgres://` store, through the binary: the same commands, the same
/// answers as on a folder. Needs the cluster named by `$JALON_TEST_POSTGRES` (`.ci/postgres-start`).
@Suite(
    "jalon --store postgres://…, end to end through the binary",
    .enabled(if: PostgresTestCluster.url != nil, "PostgreSQL not configured: set JALON_TEST_POSTGRES (.ci/postgres-start prints one)"))
struct PostgresStoreCommandsTests {
    var jalon = JalonProcess(store: PostgresTestCluster.freshStore())

    @Test func projectCommandsWorkOnPostgreSQL() throws {
        let created = try jalon.run("init", "--name", "Léa")
        #expect(created.status == 0, "\(created.stderr)")
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let imported = try jalon.run("import", JalonProcess.sample("lea-gray-lyceenne.xml"))
        #expect(imported.status == 0, "\(imported.stderr)")
        let importedID = imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        let list = try jalon.run("list")
        #expect(list.status == 0)
        #expect(list.stdout.contains(id) && list.stdout.contains(importedID) && list.stdout.contains("Léa"))
        #expect(try jalon.run("show", id).stdout.contains("▶ 1. Profil"))
        let edited = try jalon.run("profil", "set", id, "--mobilite", "50")
        #expect(edited.status == 0, "\(edited.stderr)")
        let history = try jalon.run("history", id)
        #expect(history.stdout.hasPrefix("r1 "))
        #expect(history.stdout.contains("\nr2 "))

        let verified = try jalon.run("verify")
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("2 projet(s)") && verified.stdout.contains("tout est intact"))

        #expect(try jalon.run("erase", importedID, "--yes").status == 0)
        #expect(!(try jalon.run("list").stdout.contains(importedID)))
    }

    /// A folder copied into PostgreSQL and back: the same projects, revisions and fingerprints; a second
    /// run copies nothing more (resumable); `verify` passes on all three stores.
    @Test func storeCopyFromAFolderToPostgreSQLAndBack() throws {
        let folder = ScratchFolder()
        let files = JalonProcess(store: folder.path + "/source")
        var ids: [String] = []
        for sample in ["lea-gray-lyceenne.xml", "karim-montbeliard-reconversion.xml"] {
            ids.append(try files.run("import", JalonProcess.sample(sample)).stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        #expect(try files.run("profil", "set", ids[0], "--mobilite", "50").status == 0)

        let copied = try files.run(arguments: ["store", "copy", "--from", files.store, "--to", jalon.store], withStore: false)
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(copied.stdout.contains("2 projet(s) : 3 révision(s) copiée(s), 0 déjà présente(s)"))
        let again = try files.run(arguments: ["store", "copy", "--from", files.store, "--to", jalon.store], withStore: false)
        #expect(again.stdout.contains("0 révision(s) copiée(s), 3 déjà présente(s)"), "\(again.stdout)")

        let back = JalonProcess(store: folder.path + "/back")
        let returned = try back.run(arguments: ["store", "copy", "--from", jalon.store, "--to", back.store], withStore: false)
        #expect(returned.status == 0, "\(returned.stderr)")
        for store in [files, jalon, back] {
            let verified = try store.run("verify")
            #expect(verified.status == 0 && verified.stdout.contains("2 projet(s), 3 révision(s)"), "\(verified.stdout)\(verified.stderr)")
            #expect(try store.run("history", ids[0]).stdout == (try files.run("history", ids[0]).stdout))
        }
        let exported = try [files, back].map { try $0.run("export", ids[1], "--format", "projet").stdout }
        #expect(exported[0] == exported[1] && !exported[0].isEmpty)
    }

    /// A password in the URL is refused (it would show in `ps` and shell histories) without being echoed.
    @Test func aPasswordInTheURLIsRefusedAndNeverPrinted() throws {
        let withPassword = jalon.store.replacingOccurrences(of: "postgres://postgres@", with: "postgres://postgres:s3cr3t-mot@")
        let refused = try JalonProcess(store: withPassword).run("list")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("JALON_STORE_PASSWORD"))
        #expect(!(refused.stdout + refused.stderr).contains("s3cr3t-mot"))
    }

    /// An unreachable database: a clear error naming the store without its credentials.
    @Test func anUnreachableDatabaseIsNamedWithoutItsPassword() throws {
        var unreachable = JalonProcess(store: "postgres://jalon@127.0.0.1:1/jalon?sslmode=disable")
        unreachable.environment["JALON_STORE_PASSWORD"] = "s3cr3t-mot"
        let result = try unreachable.run("list")
        #expect(result.status != 0)
        #expect(result.stderr.contains("postgres://jalon@127.0.0.1:1/jalon"))
        #expect(!(result.stdout + result.stderr).contains("s3cr3t-mot"))
    }
}

/// The test cluster (`$JALON_TEST_POSTGRES`) and a fresh schema in it for each store.
enum PostgresTestCluster {
    static let url: String? = ProcessInfo.processInfo.environment["JALON_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    static func freshStore() -> String {
        guard let url else { return "postgres://unconfigured/none" }
        let schema = "cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return url + (url.contains("?") ? "&" : "?") + "schema=" + schema
    }
}
