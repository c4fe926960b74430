import Foundation
import Testing

/// `jalon competences add-experience` at a terminal, through a pseudo-terminal: each core skill of the
/// experience is proposed, and only what the person confirms is confirmed.
@Suite("jalon competences add-experience at a terminal: each core skill confirmed, rated, declined or left to confirm")
struct InteractiveSkillsTests: ProjectCommandSuite {
    let folder = ScratchFolder()

    private func skills(_ id: String) throws -> [[String: Any]] {
        let list = try #require(try json(try jalon.run("competences", "list", id, "--json")) as? [String: Any])
        return list["skills"] as? [[String: Any]] ?? []
    }

    @Test func eachCoreSkillIsProposedAndOnlyTheConfirmedOnesAreConfirmed() throws {
        let id = try jalon.run("init", "--name", "Nadia").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let terminal = try PseudoTerminal(jalon, ["competences", "add-experience", id, "aide-soignant", "--years", "3"])
        var mark = try terminal.waitFor("Vous l’avez pratiquée ? (o/n, 1–4 niveau, q arrêter) : ")
        let total = try #require(
            terminal.text.range(of: #"\] 0/(\d+)"#, options: .regularExpression)
                .flatMap { Int(terminal.text[$0].dropFirst(4)) })
        #expect(total > 3)
        for (step, key) in ["o", "3", "n"].enumerated() {
            try terminal.type(key)
            mark = try terminal.waitFor("] \(step + 1)/\(total)", after: mark)
        }
        try terminal.type("z5")  // mean nothing (5 is no level): the same skill is asked again
        try terminal.type("q")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.text.contains("Expérience x1 ajoutée : Aide-soignant / Aide-soignante (J1501)."), "\(terminal.text)")
        #expect(terminal.text.contains("Compétences confirmées (maîtrise de 1 à 4) :"))
        #expect(terminal.text.contains("Pour confirmer : jalon competences rate \(id) OGR NIVEAU"))

        // One revision: the experience, two skills confirmed at 2 and 3, the declined one absent, the rest suggested.
        #expect(try history(id).count == 2)
        let portfolio = try skills(id)
        let confirmed = portfolio.filter { $0["source"] as? String == "experience" }
        #expect(confirmed.compactMap { $0["level"] as? Int }.sorted() == [2, 3])
        #expect(confirmed.allSatisfy { $0["experience"] as? String == "x1" })
        let suggested = portfolio.filter { $0["source"] as? String == "suggeree" }
        #expect(suggested.count == total - 3)
        #expect(suggested.allSatisfy { $0["level"] is NSNull || $0["level"] == nil })
        #expect(portfolio.count == total - 1)
    }

    @Test func withAcceptCoreOrAlreadyConfirmedSkillsNothingIsAsked() throws {
        let id = try jalon.run("init", "--name", "Nadia").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        var terminal = try PseudoTerminal(jalon, ["competences", "add-experience", id, "aide-soignant", "--accept-core"])
        #expect(try terminal.waitForExit() == 0)
        #expect(!terminal.text.contains("Vous l’avez pratiquée ?") && terminal.text.contains("Compétences confirmées (maîtrise 2, pratique) :"))
        let confirmed = try skills(id)
        #expect(!confirmed.isEmpty && confirmed.allSatisfy { $0["source"] as? String == "experience" && $0["level"] as? Int == 2 })

        // Another experience of the same fiche: its core skills are all confirmed already, none is asked again.
        terminal = try PseudoTerminal(jalon, ["competences", "add-experience", id, "10891", "--nature", "stage"])
        #expect(try terminal.waitForExit() == 0)
        #expect(!terminal.text.contains("Vous l’avez pratiquée ?") && terminal.text.contains("Expérience x2 ajoutée"), "\(terminal.text)")
        #expect(try skills(id).count == confirmed.count)
        #expect(try history(id).count == 3)
    }
}
