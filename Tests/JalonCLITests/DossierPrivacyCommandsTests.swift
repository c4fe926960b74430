import Foundation
import Testing

/// What a shared dossier withholds, checked in every format through the binary: the name given at
/// `init` (the project's title), the profile's unshared data where Jalon quotes it (revision messages),
/// and the name of an imported file.
@Suite("jalon export: a dossier holds no unshared personal data, in any format")
struct DossierPrivacyCommandsTests: ProjectCommandSuite {
    let folder = ScratchFolder()
    static let formats = ["xml", "md", "json", "html"]

    func exported(_ id: String, _ format: String, share: String? = nil) throws -> String {
        let path = folder.path + "/\(UUID().uuidString).\(format)"
        let result = try jalon.run(arguments: ["export", id, "--format", format, "-o", path] + (share.map { ["--share", $0] } ?? []))
        #expect(result.status == 0, "\(format): \(result.stderr)")
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func theNameGivenAtInitGoesOnlyWithShareName() throws {
        let created = try jalon.run("init", "--name", "Sophie")
        #expect(created.status == 0, "\(created.stderr)")
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let profile = try jalon.run(
            "profil", "set", id, "--commune", "70279", "--commune-nom", "Gray",
            "--contrainte", "Garde d’enfants le mercredi")
        #expect(profile.status == 0, "\(profile.stderr)")
        for format in Self.formats {
            let text = try exported(id, format)
            #expect(text.range(of: "Sophie", options: .caseInsensitive) == nil, "\(format): the name is not shared by default")
            #expect(!text.contains("Gray") && !text.contains("mercredi"), "\(format): place and constraints are not shared by default")
            let named = try exported(id, format, share: "name")
            #expect(named.contains("Sophie"), "\(format): --share name shares the name")
            #expect(!named.contains("Gray"), "\(format): --share name shares the name only")
        }
    }

    @Test func anImportedFilesNameIsLeftOutOfTheRevisionSummary() throws {
        let renamed = folder.path + "/sophie-zebulon.xml"
        try FileManager.default.copyItem(atPath: JalonProcess.sample("lea-gray-lyceenne.xml"), toPath: renamed)
        let imported = try jalon.run("import", renamed)
        #expect(imported.status == 0, "\(imported.stderr)")
        let id = imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try history(id).contains { $0.contains("sophie-zebulon.xml") }, "the person's own history names the file")
        for format in Self.formats {
            let text = try exported(id, format, share: "all")
            #expect(!text.contains("zebulon"), "\(format): the file name is not in the dossier")
            #expect(text.contains("Import d’un fichier"), "\(format): the import revision is still summarised")
        }
    }
}
