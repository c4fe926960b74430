import Foundation
import Testing

@Suite("jalon: bad input gets a sentence, a non-zero exit, and changes nothing")
struct BadInputTests {
    let folder = ScratchFolder()
    var jalon: JalonProcess { JalonProcess(store: folder.path + "/store") }

    /// Every failure is one `jalon: …` sentence: no Swift error dump, no backtrace.
    private func expectSentence(
        _ result: JalonProcess.Result, status: Int32, containing words: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == status, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(words), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"), sourceLocation: sourceLocation)
    }

    @Test func unknownProjectAndRevision() throws {
        let id = try jalon.run("init", "--name", "X").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        expectSentence(try jalon.run("show", "3f1c4a52-0000-4000-8000-000000000000"), status: 66, containing: "aucun projet")
        expectSentence(try jalon.run("show", id, "--revision", "9"), status: 66, containing: "pas de révision 9")
        expectSentence(try jalon.run("restore", id, "4"), status: 66, containing: "pas de révision 4")
        expectSentence(try jalon.run("show", "pas-un-id"), status: 64, containing: "n’est pas un identifiant de projet")
        #expect(try jalon.run("history", id).stdout.split(separator: "\n").count == 1)
    }

    @Test func importRefusesInvalidHostileAndNewerDocuments() throws {
        let newer = folder.path + "/newer.xml"
        try #"<project xmlns="urn:jalon:project:1" schemaVersion="1.9"/>"#.write(toFile: newer, atomically: true, encoding: .utf8)
        expectSentence(try jalon.run("import", newer), status: 1, containing: "plus récent")

        let hostile = folder.path + "/xxe.xml"
        try #"<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><project>&x;</project>"#
            .write(toFile: hostile, atomically: true, encoding: .utf8)
        let refused = try jalon.run("import", hostile)
        expectSentence(refused, status: 1, containing: "DOCTYPE")
        #expect(!refused.stderr.contains("root:"))

        let broken = folder.path + "/broken.xml"
        try String(decoding: try Data(contentsOf: URL(fileURLWithPath: JalonProcess.sample("lea-gray-lyceenne.xml"))), as: UTF8.self)
            .replacingOccurrences(of: "<mobiliteKm>40</mobiliteKm>", with: "<mobiliteKm>quarante</mobiliteKm>")
            .write(toFile: broken, atomically: true, encoding: .utf8)
        expectSentence(try jalon.run("import", broken), status: 1, containing: "broken.xml:")

        expectSentence(try jalon.run("import", folder.path + "/absent.xml"), status: 66, containing: "fichier introuvable")
        #expect(try jalon.projectIDs().isEmpty)
    }

    @Test func validateReportsEachErrorAsFileLineColumn() throws {
        let bad = folder.path + "/bad.xml"
        try "<project xmlns=\"urn:jalon:project:1\" schemaVersion=\"1.0\">\n<intrus/>\n</project>\n"
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try jalon.run("validate", JalonProcess.sample("lea-gray-lyceenne.xml"), bad, folder.path + "/none.xml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("lea-gray-lyceenne.xml : valide"))
        let errorLines = result.stderr.split(separator: "\n")
        #expect(errorLines.contains { $0.hasPrefix("\(bad):2:") })
        #expect(errorLines.contains { $0.hasPrefix("\(folder.path)/none.xml: fichier introuvable") })
        #expect(try jalon.run("validate", JalonProcess.sample("lea-gray-lyceenne.xml")).status == 0)
    }

    @Test func aStoreThatCannotBeWrittenIsAnIOError() throws {
        let blocker = folder.path + "/not-a-folder"
        try "x".write(toFile: blocker, atomically: true, encoding: .utf8)
        let result = try jalon.run(arguments: ["init", "--name", "Z", "--store", blocker + "/store"], withStore: false)
        expectSentence(result, status: 74, containing: "rien n’a été perdu")
    }

    @Test func verifyFindsTamperingAndSaysWhere() throws {
        let id = try jalon.run("import", JalonProcess.sample("lea-gray-lyceenne.xml")).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let revision = jalon.store + "/projects/\(id)/00000001.xml"
        let text = try String(contentsOfFile: revision, encoding: .utf8)
        try text.replacingOccurrences(of: "<mobiliteKm>40<", with: "<mobiliteKm>41<").write(toFile: revision, atomically: true, encoding: .utf8)
        let result = try jalon.run("verify")
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(id) r1") && result.stderr.contains("empreinte"))
    }
}
