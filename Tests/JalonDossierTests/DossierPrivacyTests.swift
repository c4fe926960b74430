import JalonCore
import JalonDossier
import Testing

/// What a dossier withholds besides the profile's fields: the project's title and the unshared data
/// revision messages quote.
@Suite("Dossier privacy: the title and the revision messages")
struct DossierPrivacyTests {
    static func project() throws -> Project {
        var project = try SampleDossiers.project("lea-gray-lyceenne.xml")
        project.metadata.titre = "Sophie Zébulon"
        project.profil?.contact = Contact(courriel: "sophie@example.org", telephone: nil)
        return project
    }

    static func dossier(_ project: Project, share: DossierShare) throws -> Dossier {
        let history = [
            DossierRevision(
                number: 1, created: SampleDossiers.exported, role: "portal", counsellorName: nil,
                message: "Création du projet de sophie zébulon (sophie@example.org)"),
            DossierRevision(
                number: 2, created: SampleDossiers.exported, role: "person", counsellorName: nil,
                message: "Import de sophie-zebulon.xml (migré depuis le format 1.0 : 1.0→1.1)")
        ]
        return try Dossier.make(from: project, revision: 2, share: share, exported: SampleDossiers.exported, history: history)
    }

    @Test func theTitleGoesWithTheName() throws {
        let project = try Self.project()
        let withheld = try Self.dossier(project, share: .none)
        #expect(withheld.project.metadata.titre == nil)
        #expect(withheld.sharedName == nil && withheld.personLabel == project.pseudonym)
        let named = try Self.dossier(project, share: .name)
        #expect(named.project.metadata.titre == "Sophie Zébulon")
        #expect(named.fingerprint != withheld.fingerprint)
    }

    @Test func revisionMessagesQuoteNoWithheldData() throws {
        let project = try Self.project()
        let withheld = try Self.dossier(project, share: .none).history.map(\.message)
        #expect(
            withheld == [
                "Création du projet de \(project.pseudonym) (…)",
                "Import d’un fichier (migré depuis le format 1.0 : 1.0→1.1)"
            ])
        let shared = try Self.dossier(project, share: .all).history.map(\.message)
        #expect(shared[0] == "Création du projet de sophie zébulon (sophie@example.org)")
        #expect(shared[1] == "Import d’un fichier (migré depuis le format 1.0 : 1.0→1.1)", "a file name is never shared")
    }
}
