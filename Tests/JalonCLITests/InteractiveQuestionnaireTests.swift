import Foundation
import JalonXML
import Testing

/// `jalon interets answer ID` at a terminal, through a pseudo-terminal: the person sees one item at a
/// time with the progress bar redrawn, answers with a key, goes back, stops; every answer is in the
/// project as given, and the next session starts at the first unanswered item.
@Suite("jalon interets answer at a terminal: one item at a time, saved as given, resumed where it stopped")
struct InteractiveQuestionnaireTests: ProjectCommandSuite {
    let folder = ScratchFolder()

    /// The shipped questionnaire's items in presentation order: id and French and English texts.
    static func items() throws -> [(id: String, fr: String, en: String)] {
        let path = JalonProcess.repositoryRoot.appendingPathComponent("Resources/Questionnaires/riasec-1.xml").path
        let document = try XMLDocument(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), sourceName: path)
        let namespaces = ["q": "urn:jalon:questionnaire:1"]
        let count = try #require(Int(try document.string("count(//q:items/q:item)", namespaces: namespaces)))
        return try (1...count).map { index in
            let item = "(//q:items/q:item)[\(index)]"
            return (
                try document.string("string(\(item)/@id)", namespaces: namespaces),
                try document.string("string(\(item)/q:fr)", namespaces: namespaces),
                try document.string("string(\(item)/q:en)", namespaces: namespaces)
            )
        }
    }

    /// The person's answer to an item: Social 4, Artistique 3, Entreprenant 2, the rest 0 (Holland code SAE).
    static func answer(_ id: String) -> Int { ["s": 4, "a": 3, "e": 2][String(id.prefix(1))] ?? 0 }

    private func create() throws -> String {
        try jalon.run("init", "--name", "Inès").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Answers items `range` with their planned answer, waiting after each for the progress it makes.
    @discardableResult
    private func answer(
        _ range: Range<Int>, _ items: [(id: String, fr: String, en: String)], on terminal: PseudoTerminal,
        from start: Int, answeredBefore: Int
    ) throws -> Int {
        var mark = start
        for index in range {
            try terminal.type(String(Self.answer(items[index].id)))
            mark = try terminal.waitFor("] \(answeredBefore + index - range.lowerBound + 1)/\(items.count)", after: mark)
        }
        return mark
    }

    @Test func answersAreSavedOneByOneAndTheNextSessionResumesAtTheFirstUnanswered() throws {
        let items = try Self.items()
        #expect(items.count == 48)
        let id = try create()

        var terminal = try PseudoTerminal(jalon, ["interets", "answer", id])
        var mark = try terminal.waitFor("[░░░░░░░░░░░░░░░░░░░░] 0/48\r\n1. \(items[0].fr)\r\n")
        mark = try terminal.waitFor("0 Je n’aime pas du tout · 1 Je n’aime pas · 2 Cela m’est égal · 3 J’aime · 4 J’aime beaucoup", after: mark)
        mark = try terminal.waitFor("Votre réponse (0–4, p précédente, q plus tard) : ", after: mark)
        #expect(!terminal.isInLineMode)  // keys are read one by one, without echo
        mark = try answer(0..<5, items, on: terminal, from: mark, answeredBefore: 0)
        // Redrawn in place: back to the top of the previous drawing, cleared, drawn again.
        #expect(terminal.text.contains("\u{1B}[J[██░░░░░░░░░░░░░░░░░░] 5/48"), "\(terminal.text)")
        #expect(terminal.text.contains("\u{1B}[3A") || terminal.text.contains("\u{1B}[4A"))

        // p: back to the fifth item, which shows its answer; another key changes it (its own revision).
        try terminal.type("p")
        mark = try terminal.waitFor("5. \(items[4].fr)", after: mark)
        mark = try terminal.waitFor("Réponse enregistrée : 2 (Cela m’est égal)", after: mark)
        try terminal.type("1")
        mark = try terminal.waitFor("6. \(items[5].fr)", after: mark)
        try terminal.type("q")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.isInLineMode)
        #expect(terminal.text.contains("Arrêt : 5 réponse(s) sur 48 enregistrée(s). Pour reprendre : jalon interets answer \(id)"))

        var revisions = try history(id)
        #expect(revisions.count == 1 + 6)
        #expect(revisions[1].contains("Réponse \(items[0].id) : 0"))
        #expect(revisions.last?.contains("Réponse \(items[4].id) : 1") == true)
        var document = try saved(id)
        #expect(try value(document, "count(//p:riasec/p:reponse)") == "5")
        #expect(try value(document, "//p:riasec/p:reponse[@question='\(items[4].id)']/@valeur") == "1")
        #expect(try value(document, "count(//p:profilRiasec)") == "0")

        // The next session starts at the sixth item with the progress so far, and finishes.
        terminal = try PseudoTerminal(jalon, ["interets", "answer", id])
        mark = try terminal.waitFor("6. \(items[5].fr)")
        #expect(terminal.text.contains("] 5/48") && !terminal.text.contains("1. \(items[0].fr)"))
        try answer(5..<48, items, on: terminal, from: mark, answeredBefore: 5)
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.text.contains("[████████████████████] 48/48"))
        #expect(terminal.text.contains("Réponses enregistrées : 48 sur 48.") && terminal.text.contains("Profil RIASEC : SAE"), "\(terminal.text)")

        document = try saved(id)
        #expect(try value(document, "count(//p:riasec/p:reponse)") == "48")
        for (index, item) in items.enumerated() {
            let given = index == 4 ? 1 : Self.answer(item.id)
            #expect(try value(document, "//p:riasec/p:reponse[@question='\(item.id)']/@valeur") == String(given))
        }
        #expect(try value(document, "//p:profilRiasec/p:score[@type='S']/@valeur") == "100")
        let shown = try #require(try json(try jalon.run("interets", "show", id, "--json")) as? [String: Any])
        #expect(shown["code"] as? String == "SAE")
        revisions = try history(id)
        #expect(revisions.count == 1 + 6 + 43)
        #expect(revisions.last?.contains("Réponse \(items[47].id) : \(Self.answer(items[47].id))") == true)

        // Once complete, a session says so and asks nothing.
        terminal = try PseudoTerminal(jalon, ["interets", "answer", id])
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.text.contains("Le questionnaire est complet"))
        #expect(try history(id).count == revisions.count)
    }

    @Test func aKilledSessionKeepsEveryAnswerGivenAndCtrlDStopsCleanly() throws {
        let items = try Self.items()
        let id = try create()
        var terminal = try PseudoTerminal(jalon, ["interets", "answer", id])
        let mark = try terminal.waitFor("1. \(items[0].fr)")
        try answer(0..<3, items, on: terminal, from: mark, answeredBefore: 0)
        #expect(try terminal.stop(with: SIGKILL) == 128 + SIGKILL)
        // Nothing can run on SIGKILL: the terminal stays as the session set it (which is what makes the
        // SIGTERM check below mean something).
        #expect(!terminal.isInLineMode)
        #expect(try history(id).count == 4)
        #expect(try value(try saved(id), "count(//p:riasec/p:reponse)") == "3")
        #expect(try jalon.run("verify").status == 0)

        terminal = try PseudoTerminal(jalon, ["interets", "answer", id])
        try terminal.waitFor("4. \(items[3].fr)")
        #expect(terminal.text.contains("] 3/48"))
        try terminal.type("\u{04}")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.isInLineMode)
        #expect(terminal.text.contains("Arrêt : 3 réponse(s) sur 48"))
        #expect(try history(id).count == 4)

        // Stopped by a signal it can catch, the session puts the terminal back as it found it.
        terminal = try PseudoTerminal(jalon, ["interets", "answer", id])
        try terminal.waitFor("Votre réponse")
        #expect(!terminal.isInLineMode)
        #expect(try terminal.stop(with: SIGTERM) == 128 + SIGTERM)
        #expect(terminal.isInLineMode)
        #expect(try history(id).count == 4)
    }

    @Test func withOutputToAPipeTheLinesArePlainAndInEnglishWhenAsked() throws {
        let items = try Self.items()
        let id = try create()
        var english = jalon
        english.language = "en"
        let terminal = try PseudoTerminal(english, ["interets", "answer", id], outputIsTerminal: false)
        try terminal.waitFor("1. \(items[0].en)")
        try terminal.type("4")
        try terminal.waitFor("2. \(items[1].en)")
        // Keys that mean nothing, an answer out of the 0–4 scale among them, are ignored.
        try terminal.type("x7-")
        try terminal.type("q")
        #expect(try terminal.waitForExit() == 0)
        #expect(!terminal.text.contains("\u{1B}"), "\(terminal.text)")
        #expect(terminal.text.contains("→ 4 I like it a lot\n"))
        #expect(terminal.text.contains("] 1/48\n"))
        #expect(terminal.text.contains("Stopped: 1 of 48 answers recorded."))
        #expect(!terminal.text.contains("→ 7"))
        #expect(try value(try saved(id), "//p:riasec/p:reponse[@question='\(items[0].id)']/@valeur") == "4")
    }

    @Test func withoutATerminalOrAProjectItSaysWhatIsWrong() throws {
        let id = try create()
        // No terminal on standard input (a pipe) and no --answers: a usage error naming both ways.
        expectRefused(try jalon.run("interets", "answer", id), status: 64, containing: "ou lancez la commande dans un terminal")
        var english = jalon
        english.language = "en"
        expectRefused(try english.run("interets", "answer", id), status: 64, containing: "or run the command in a terminal")
        // At a terminal: an unknown project is one sentence, exit 66, before any question.
        let terminal = try PseudoTerminal(jalon, ["interets", "answer", Self.unknownProject])
        #expect(try terminal.waitForExit() == 66)
        #expect(terminal.text.contains("jalon: aucun projet \(Self.unknownProject)") && !terminal.text.contains("1. "))
        #expect(try history(id).count == 1)
    }
}
