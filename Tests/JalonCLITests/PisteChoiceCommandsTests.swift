import Foundation
import Testing

/// `jalon pistes keep|drop` and `jalon formations choose` on the sample projects, through the binary:
/// each change checked in the saved document, each refusal one sentence that leaves the history as it was.
@Suite("jalon pistes keep|drop and trainings choose: pistes kept or set aside, a path chosen")
struct PisteChoiceCommandsTests: ProjectCommandSuite {
    let folder = ScratchFolder()
    static let karim = "c811b689-d8d0-46fe-9fb4-072159e7b381"
    static let yanis = "bfa0cb92-be6a-46da-bc36-a95e5a8dd1cb"

    private func imported(_ sample: String) throws {
        let result = try jalon.run("import", JalonProcess.sample(sample))
        #expect(result.status == 0, "\(result.stderr)")
    }

    private func piste(_ statut: String, _ fiche: String) -> String { "//p:pistes/p:\(statut)/p:piste[@fiche='\(fiche)']" }

    @Test func keepAddsAfterTheKeptPistesAndDropSetsAsideWithoutLosingAnything() throws {
        try imported("karim-montbeliard-reconversion.xml")
        let id = Self.karim

        // A suggested piste kept: rank 3 after I1310 and I1304, its catalogue label, the note as a remark.
        let kept = try jalon.run("pistes", "keep", id, "h2912", "--note", "Le réglage me plaît")
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(kept.stdout.contains("Piste retenue : H2912 Régleur / Régleuse d'équipements industriels, rang 3."), "\(kept.stdout)")
        var document = try saved(id)
        #expect(try value(document, "\(piste("retenues", "H2912"))/@rang") == "3")
        #expect(try value(document, "\(piste("retenues", "H2912"))/p:libelle") == "Régleur / Régleuse d'équipements industriels")
        #expect(try value(document, "\(piste("retenues", "H2912"))/p:commentaire") == "Le réglage me plaît")
        #expect(try value(document, "count(\(piste("suggerees", "H2912")))") == "0")
        #expect(try history(id).last?.contains("Piste retenue : H2912 (rang 3)") == true)
        let revisions = try history(id).count

        // Kept again: said, nothing saved; with a new note, the note is added (one revision).
        expectRefused(try jalon.run("pistes", "keep", id, "H2912"), status: 1, containing: "H2912 est déjà une piste retenue (rang 3) : rien n’est enregistré")
        expectRefused(try jalon.run("pistes", "keep", id, "H2912", "--note", "Le réglage me plaît"), status: 1, containing: "déjà une piste retenue")
        #expect(try history(id).count == revisions)
        #expect(try jalon.run("pistes", "keep", id, "H2912", "--note", "Voir l’atelier de Sochaux").status == 0)
        #expect(try value(try saved(id), "count(\(piste("retenues", "H2912"))/p:commentaire)") == "2")

        // A piste set aside comes back with its remark; five kept at most.
        let back = try jalon.run("pistes", "keep", id, "H2913", "--lang", "en")
        #expect(back.stdout.contains("Piste kept: H2913 Soudeur / Soudeuse, rank 4 (it had been set aside)."), "\(back.stdout)")
        document = try saved(id)
        #expect(try value(document, "\(piste("retenues", "H2913"))/p:commentaire").hasPrefix("Asthme léger"))
        #expect(try value(document, "count(//p:pistes/p:ecartees/p:piste)") == "0")
        #expect(try jalon.run("pistes", "keep", id, "N1101").status == 0)
        let full = try history(id).count
        expectRefused(try jalon.run("pistes", "keep", id, "J1501"), status: 1, containing: "déjà 5 pistes retenues (I1310, I1304, H2912, H2913, N1101)")
        #expect(try history(id).count == full)

        // Dropping a kept piste: set aside with its remarks, no rank; its paths leave with it, named.
        let dropped = try jalon.run("pistes", "drop", id, "I1310")
        #expect(dropped.status == 0, "\(dropped.stderr)")
        #expect(
            dropped.stdout.contains("Piste écartée : I1310 Mécanicien / Mécanicienne de maintenance industrielle ; jalon pistes suggest ne la proposera plus."))
        #expect(dropped.stdout.contains("Parcours retirés avec elle (les révisions précédentes les gardent) :"))
        #expect(dropped.stdout.contains("  RNCP37276 Titre professionnel Électromécanicien de maintenance industrielle — VAE (choisi)"))
        #expect(dropped.stdout.contains("  RNCP36332 "))
        document = try saved(id)
        #expect(try value(document, "count(\(piste("ecartees", "I1310"))/p:commentaire)") == "2")
        #expect(try value(document, "count(\(piste("ecartees", "I1310"))/@rang)") == "0")
        #expect(try value(document, "count(//p:formations/p:formation[@fiche='I1310'])") == "0")
        #expect(try value(document, "count(//p:formations/p:formation)") == "1")
        #expect(try history(id).last?.contains("Piste écartée : I1310, 2 parcours retiré(s)") == true)
        // Earlier revisions keep the paths: the diff of the drop shows them leaving.
        let last = try history(id).count
        let diff = try jalon.run("diff", id, String(last - 1), String(last))
        #expect(diff.stdout.contains("- formation[I1310] : Titre professionnel Électromécanicien"), "\(diff.stdout)")
        #expect(diff.stdout.contains("- formation[I1310][2] : Certificat de spécialisation"), "\(diff.stdout)")

        // A métier that was no piste at all can be set aside too, and suggest no longer ranks it.
        #expect(try jalon.run("pistes", "drop", id, "J1501").status == 0)
        let suggested = try #require(try json(try jalon.run("pistes", "suggest", id, "--no-save", "--json", "--limit", "3")) as? [String: Any])
        #expect((suggested["excluded"] as? [String])?.contains("J1501") == true)
        #expect((suggested["excluded"] as? [String])?.contains("I1310") == true)
        let count = try history(id).count
        expectRefused(try jalon.run("pistes", "drop", id, "J1501"), status: 1, containing: "J1501 est déjà une piste écartée : rien n’est enregistré")
        #expect(try history(id).count == count)
    }

    @Test func keepAndDropRefuseBadCodesAndUnknownProjects() throws {
        try imported("karim-montbeliard-reconversion.xml")
        let id = Self.karim
        for command in ["keep", "drop"] {
            expectRefused(try jalon.run("pistes", command, id, "Z9999"), status: 64, containing: "« Z9999 » n’est pas un code de fiche ROME")
            expectRefused(try jalon.run("pistes", command, id, "J15"), status: 64, containing: "n’est pas un code de fiche ROME")
            expectRefused(try jalon.run("pistes", command, id, "A9999"), status: 66, containing: "« A9999 » n’est pas une fiche ROME du catalogue")
            expectRefused(try jalon.run("pistes", command, Self.unknownProject, "J1501"), status: 66, containing: "aucun projet")
            expectRefused(try jalon.run("pistes", command, id), status: 64, containing: "CODE")
        }
        expectRefused(try jalon.run("pistes", "keep", id, "J1501", "--note", "  "), status: 64, containing: "--note est vide")
        #expect(try history(id).count == 1)
    }

    @Test func keepingOrDroppingAPisteSendsTheLaterFinishedStepsToReview() throws {
        try imported("yanis-dijon-apprentissage.xml")
        let id = Self.yanis
        #expect(try value(try saved(id), "//p:etapes/p:etape[@nom='formations']/@etat") == "terminee")
        #expect(try jalon.run("pistes", "keep", id, "I1309").status == 0)
        var document = try saved(id)
        #expect(try value(document, "\(piste("retenues", "I1309"))/@rang") == "2")
        // Pistes was finished and stays so (still complete); formations lacks a path for I1309: à revoir.
        #expect(try value(document, "//p:etapes/p:etape[@nom='pistes']/@etat") == "terminee")
        #expect(try value(document, "//p:etapes/p:etape[@nom='formations']/@etat") == "a-revoir")
        #expect(try jalon.run("readiness", id).stdout.contains("aucun parcours choisi pour I1309"))
        #expect(try jalon.run("pistes", "drop", id, "I1309").status == 0)
        document = try saved(id)
        #expect(try value(document, "count(\(piste("ecartees", "I1309")))") == "1")
    }

    @Test func statusLeadsToTheNewCommands() throws {
        try imported("karim-montbeliard-reconversion.xml")
        let id = Self.karim
        // No path shown yet towards I1304: show them; once shown, choose one.
        #expect(try jalon.run("status", id).stdout.contains("jalon formations \(id) I1304\n"))
        #expect(try jalon.run("formations", id, "I1304", "--limit", "1").status == 0)
        #expect(try jalon.run("status", id).stdout.contains("jalon formations choose \(id) I1304 CERTIFICATION"))
        // No kept piste left, suggestions already shown: keep one.
        #expect(try jalon.run("pistes", "drop", id, "I1310").status == 0)
        #expect(try jalon.run("pistes", "drop", id, "I1304").status == 0)
        #expect(try jalon.run("status", id).stdout.contains("jalon pistes keep \(id) CODE"))
    }

    @Test func chooseRecordsOnePathPerPisteFromTheSavedPathsOrTheCatalogue() throws {
        try imported("karim-montbeliard-reconversion.xml")
        let id = Self.karim

        // From the saved paths: RNCP35191 is step 2 of path 2 to I1310, by formation continue, level 4.
        let chosen = try jalon.run("formations", "choose", id, "I1310", "RNCP35191")
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(
            chosen.stdout.contains(
                "Parcours choisi vers I1310 : RNCP35191 Titre professionnel Technicien de maintenance industrielle — niveau 4 — formation continue."),
            "\(chosen.stdout)")
        #expect(chosen.stdout.contains("N’est plus choisi : RNCP37276 (VAE)."))
        var document = try saved(id)
        let path = "//p:formations/p:formation[@fiche='I1310'][@certification='RNCP35191']"
        #expect(try value(document, "\(path)/@voie") == "formation-continue")
        #expect(try value(document, "\(path)/@niveau") == "4")
        #expect(try value(document, "\(path)/@choisie") == "true")
        #expect(try value(document, "count(//p:formations/p:formation[@fiche='I1310'][@choisie='true'])") == "1")
        #expect(try value(document, "count(//p:formations/p:formation)") == "4")
        #expect(try history(id).last?.contains("Parcours choisi vers I1310 : RNCP35191 (formation-continue)") == true)

        // Not in the saved paths (none to I1304): the route is needed, then the existing formation is
        // the one chosen, with the organisme given and its remark kept.
        let count = try history(id).count
        expectRefused(
            try jalon.run("formations", "choose", id, "I1304", "RNCP35191"), status: 64,
            containing:
                "RNCP35191 ne figure dans aucun parcours affiché vers I1304 (jalon formations) : précisez la voie avec --voie initiale|apprentissage|formation-continue|vae"
        )
        #expect(try history(id).count == count)
        let other = try jalon.run("formations", "choose", id, "I1304", "rncp35191", "--voie", "formation-continue", "--organisme", "AFPA Belfort")
        #expect(other.status == 0, "\(other.stderr)")
        document = try saved(id)
        let second = "//p:formations/p:formation[@fiche='I1304']"
        #expect(try value(document, "count(\(second))") == "1")
        #expect(try value(document, "\(second)/@choisie") == "true")
        #expect(try value(document, "\(second)/p:organisme") == "AFPA Belfort")
        #expect(try value(document, "\(second)/p:commentaire").hasPrefix("Dans un second temps"))
        // Every kept piste now has its path: the formations step is complete.
        #expect(try jalon.run("readiness", id).stdout.contains("✓ formations"))

        // The same choice again: said, nothing saved.
        let done = try history(id).count
        expectRefused(
            try jalon.run("formations", "choose", id, "I1304", "RNCP35191", "--voie", "formation-continue"), status: 1,
            containing: "le parcours RNCP35191 (formation continue) est déjà choisi pour I1304 : rien n’est enregistré")
        #expect(try history(id).count == done)

        // The shown paths still come from `jalon formations ID CODE`, and from its explicit name.
        #expect(try jalon.run("formations", id, "I1310", "--limit", "1", "--no-save").stdout.hasPrefix("Parcours vers I1310 — "))
        #expect(try jalon.run("formations", "show", id, "I1310", "--limit", "1", "--no-save").stdout.hasPrefix("Parcours vers I1310 — "))
    }

    @Test func chooseRefusesWhatIsNotAKeptPisteOrACatalogueCertification() throws {
        try imported("karim-montbeliard-reconversion.xml")
        let id = Self.karim
        expectRefused(
            try jalon.run("formations", "choose", id, "H2912", "RNCP37276", "--voie", "vae"), status: 64,
            containing: "H2912 n’est pas une piste retenue de ce projet : retenez-la d’abord avec jalon pistes keep \(id) H2912")
        expectRefused(try jalon.run("formations", "choose", id, "H2913", "RNCP37276", "--voie", "vae"), status: 64, containing: "n’est pas une piste retenue")
        expectRefused(
            try jalon.run("formations", "choose", id, "I1310", "RNCP999999"), status: 66, containing: "RNCP999999 n’est pas une certification du catalogue")
        expectRefused(try jalon.run("formations", "choose", id, "I1310", "RNCP37276x"), status: 64, containing: "n’est pas un code de certification")
        expectRefused(try jalon.run("formations", "choose", id, "I1310", "37276"), status: 64, containing: "n’est pas un code de certification")
        expectRefused(try jalon.run("formations", "choose", id, "Z1310", "RNCP37276"), status: 64, containing: "n’est pas un code de fiche ROME")
        expectRefused(try jalon.run("formations", "choose", id, "I1310", "RNCP37276", "--voie", "avion"), status: 64, containing: "voie « avion » inconnue")
        expectRefused(try jalon.run("formations", "choose", id, "I1310", "RNCP37276", "--organisme", " "), status: 64, containing: "--organisme est vide")
        expectRefused(try jalon.run("formations", "choose", Self.unknownProject, "I1310", "RNCP37276"), status: 66, containing: "aucun projet")
        let english = try JalonProcess(store: jalon.store, language: "en").run("formations", "choose", id, "H2912", "RNCP37276", "--voie", "vae")
        expectRefused(english, status: 64, containing: "H2912 is not a kept piste of this project")
        #expect(try history(id).count == 1)
    }
}
