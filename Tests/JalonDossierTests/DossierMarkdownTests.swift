import JalonCore
import JalonDossier
import Testing

@Suite("Markdown dossier: the design's sections, in French or English, with the fingerprint")
struct DossierMarkdownTests {
    @Test func karimInFrench() throws {
        let dossier = try SampleDossiers.dossier("karim-montbeliard-reconversion.xml")
        let text = DossierMarkdown.render(dossier, language: .fr)
        for heading in [
            "## Qui", "## Intérêts", "## Compétences", "## Métiers retenus", "## Formations et parcours",
            "## Plan d’action", "## Notes du conseiller", "## Révisions", "## Sources des données", "## Empreinte"
        ] {
            #expect(text.contains("\n" + heading + "\n"), "\(heading)")
        }
        #expect(text.contains("`\(dossier.fingerprint)`"))
        #expect(text.hasPrefix("# Dossier de projet professionnel — \(dossier.project.pseudonym)"))
        #expect(text.contains("Partagé : aucune donnée personnelle"))
        #expect(text.contains("Code Holland : **"))
        #expect(text.contains("### 1. I1310"))
        #expect(text.contains("score "))
        #expect(text.contains("millésime"), "insertion rates with their year")
        #expect(text.contains("Mme Durand"), "a counsellor's name in the revision summary")
        // Not shared: Karim's name, commune and constraints (his plan and notes may still name places).
        let full = try SampleDossiers.project("karim-montbeliard-reconversion.xml")
        #expect(!text.contains(try #require(full.profil?.nomAffiche)))
        #expect(!text.contains("Commune :") && !text.contains("Contrainte :"))
        #expect(!text.contains(try #require(full.profil?.contraintes.first)))
    }

    @Test func inEnglishWithTheNameShared() throws {
        let dossier = try SampleDossiers.dossier("nadia-besancon-vae-portail.xml", share: [.name])
        let text = DossierMarkdown.render(dossier, language: .en)
        #expect(text.hasPrefix("# Career project dossier — \(try #require(dossier.project.profil?.nomAffiche))"))
        #expect(text.contains("## Action plan") && text.contains("## Fingerprint") && text.contains("Shared with consent: name."))
        #expect(text.contains("Fingerprint (SHA-256, C14N): `\(dossier.fingerprint)`"), "English puts no space before a colon")
        #expect(text.contains("\n1. Profile: "))
    }

    @Test func typedTextCannotBecomeMarkup() throws {
        var dossier = try SampleDossiers.dossier("lea-gray-lyceenne.xml")
        dossier.project.synthese = Synthese(paragraphes: ["# Titre <script>alert(1)</script> [lien](http://x) *gras*"])
        let text = DossierMarkdown.render(dossier, language: .fr)
        #expect(text.contains(##"\# Titre \<script\>alert(1)\</script\> \[lien\](http://x) \*gras\*"##))
        #expect(!text.contains("<script>"))
    }
}
