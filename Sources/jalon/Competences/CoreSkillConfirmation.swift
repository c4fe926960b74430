import JalonCatalogue
import JalonCore
import JalonLocale

/// `skills add-experience` at a terminal without `--accept-core`: each cœur-de-métier skill proposed
/// in turn, `o` (or `y`) to confirm it at maîtrise pratique, 1–4 to confirm it at that level, `n` to
/// leave it out, `q` (Ctrl-D, end of input) to stop, leaving the rest as suggestions. Nothing is saved
/// until the end: the experience and every decision are one revision.
struct CoreSkillConfirmation {
    let appellation: Appellation
    /// The skills to ask about, in catalogue order.
    let items: [FicheItem]

    func ask() -> [OgrCode: CoreSkillDecision] {
        let language = RunLanguage.current
        var decisions: [OgrCode: CoreSkillDecision] = [:]
        guard !items.isEmpty else { return decisions }
        print(
            L(
                "Compétences cœur de métier de « \(appellation.longLabel) » (\(appellation.fiche)) : gardez celles que vous avez pratiquées.",
                "Core skills of “\(appellation.longLabel)” (\(appellation.fiche)): keep those you have practised."))
        print(
            L(
                "Touches : o oui (niveau 2, pratique), 1 à 4 oui à ce niveau, n non, q arrêter (les suivantes restent à confirmer).",
                "Keys: y yes (level 2, practice), 1 to 4 yes at that level, n no, q stop (the rest stay to be confirmed)."))
        print("")
        var block = LiveBlock()
        let keyboard = RawKeyboard()
        defer { block.close() }
        var index = 0
        var redraw = true
        while index < items.count {
            let item = items[index]
            if redraw {
                block.draw([
                    ProgressBar.render(done: index, total: items.count), "\(item.ogr)  \(item.label)",
                    L("Vous l’avez pratiquée ? (o/n, 1–4 niveau, q arrêter) : ", "Have you practised it? (y/n, 1–4 level, q stop): ")
                ])
            }
            redraw = true
            let decision: CoreSkillDecision
            switch keyboard.next() {
            case .character("o"), .character("O"), .character("y"), .character("Y"): decision = .confirmed(nil)
            case .character(let key) where ("1"..."4").contains(key): decision = .confirmed(Maitrise(rawValue: key.wholeNumberValue!))
            case .character("n"), .character("N"): decision = .declined
            case .character("q"), .character("Q"), .end: return decisions
            default:
                redraw = false  // a key that means nothing: keep waiting on the same screen
                continue
            }
            if !block.inPlace { TerminalStreams.write("→ \(Self.describe(decision, language))\n") }
            decisions[item.ogr] = decision
            index += 1
        }
        block.draw([ProgressBar.render(done: items.count, total: items.count)])
        return decisions
    }

    static func describe(_ decision: CoreSkillDecision, _ language: Language) -> String {
        switch decision {
        case .confirmed(let level): language.pick(fr: "oui, niveau \(level ?? .pratique)", en: "yes, level \(level ?? .pratique)")
        case .declined: language.pick(fr: "non", en: "no")
        case .pending: language.pick(fr: "à confirmer", en: "to confirm")
        }
    }
}
