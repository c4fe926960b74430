import ArgumentParser
import JalonCatalogue
import JalonCore
import JalonDossier
import JalonLocale

/// `jalon pistes explain ID CODE`: one métier's score taken apart, with the levers that would raise it.
struct PistesExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: L(
            "Détaille le score d’un métier : intérêts, compétences acquises et manquantes, accès, leviers.",
            "Details a job's score: interests, skills held and missing, access, levers."),
        discussion: L("Exemple : jalon pistes explain 5f0c… I1310", "Example: jalon pistes explain 5f0c… I1310"))

    @OptionGroup var options: MatchingOptions
    @OptionGroup var output: JSONOutputOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Code ROME du métier (I1310).", "ROME code of the job (I1310)."), valueName: "CODE"))
    var code: String
    @Option(
        name: .long,
        help: ArgumentHelp(
            L(
                "Nombre de compétences manquantes et de leviers à afficher (8 par défaut).",
                "Number of missing skills and levers to show (8 by default)."), valueName: "N"))
    var limit = 8

    func run() throws {
        try reportingFailures {
            guard (1...1584).contains(limit) else { throw CommandFailure(MatchingFailure.invalidLimit(limit)) }
            let context = try options.load(project.id)
            let fiche = try context.fiche(code)
            let ranking = context.ranking
            guard let match = ranking.match(for: fiche) else { throw CommandFailure(MatchingFailure.unknownFiche(code)) }
            let levers = ranking.levers(for: fiche, limit: limit)
            let tension = context.catalogue.tension(of: fiche, departement: context.project.profil?.departement)
            let language = RunLanguage.current
            if output.json {
                return try JSONOutput.print(
                    ExplanationJSON(
                        match, levers: levers, debouches: tension.map { MetierTensionSummary($0, language: language) },
                        language: language))
            }
            print(ExplanationText(match: match, levers: levers, index: context.index, limit: limit).lines.joined(separator: "\n"))
            print("")
            print(
                (tension?.lines(in: language) ?? [
                    L(
                        "Débouchés : aucun chiffre de tension publié pour la famille de ce métier.",
                        "Prospects: no tension figure published for this job's family.")
                ]).joined(separator: "\n"))
        }
    }
}

/// The text of `explain`: each part with its value, its weight (``MatchScore/Part/weight``) and the points
/// it adds — the points add up to the total shown — then what produced it.
struct ExplanationText {
    let match: MetierMatch
    let levers: [Lever]
    let index: MatchingIndex
    let limit: Int

    var lines: [String] {
        let score = match.score
        let shown = score.shownPointTenths
        let tie = match.tiedRanks.map { L(" (ex æquo, rangs \($0.lowerBound)–\($0.upperBound))", " (tied, ranks \($0.lowerBound)–\($0.upperBound))") } ?? ""
        var lines = [
            "\(match.code) \(match.label) — \(MatchingText.points(score))/100"
                + (score.isExcluded ? L(" (écarté par vous)", " (set aside by you)") : L(", rang \(match.rank)", ", rank \(match.rank)") + tie)
        ]
        lines.append(
            L("points : ", "points: ")
                + score.parts.map { "\(MatchingText.partName($0)) \(MatchingText.points(tenths: shown[$0]!))" }
                .joined(separator: " + ") + " = \(MatchingText.points(score))")
        lines.append(L("pourquoi : ", "why: ") + MatchingText.pourquoi(match))
        lines.append("")
        lines.append(
            MatchingText.partLine(.interets, score)
                + L(" — centres d’intérêt \(MatchingText.percent(score.centres)) %", " — centres of interest \(MatchingText.percent(score.centres)) %")
                + (score.congruence.map { L(", congruence RIASEC \(MatchingText.percent($0)) %", ", RIASEC congruence \(MatchingText.percent($0)) %") } ?? ""))
        for centre in match.centres {
            let rating = centre.rating.map { "\($0.value)/4" } ?? L("non noté", "not rated")
            lines.append(
                "  \(centre.isPrincipal ? "★" : "·") \(centre.label) — \(rating)"
                    + (centre.isPrincipal
                        ? L(" (principal, poids \(String(format: "%g", centre.weight)))", " (principal, weight \(String(format: "%g", centre.weight)))") : ""))
        }
        if let riasec = match.riasec {
            let values = riasec.congruences.map { "\($0.index.rawValue) \($0.raw)/\($0.maximum)" }.joined(separator: ", ")
            lines.append(
                L("  RIASEC : vous \(riasec.person), métier \(riasec.fiche) — \(values)", "  RIASEC: you \(riasec.person), job \(riasec.fiche) — \(values)"))
            for type in riasec.sharedTypes {
                let answers = (riasec.answers[type] ?? []).prefix(2).map { "\($0.question) (\($0.points))" }.joined(separator: ", ")
                if !answers.isEmpty { lines.append(L("    \(type.frenchName) : réponses \(answers)", "    \(type.frenchName): answers \(answers)")) }
            }
        }
        let fullWeight = MatchingWeights.fullSkillShare * match.totalWeight
        lines.append(
            MatchingText.partLine(.competences, score)
                + L(
                    " — \(String(format: "%.2f", match.matchedWeight)) couverts sur \(String(format: "%.2f", fullWeight)) (\(MatchingText.percent(MatchingWeights.fullSkillShare)) % du poids total du métier, \(String(format: "%.2f", match.totalWeight)))",
                    " — \(String(format: "%.2f", match.matchedWeight)) covered of \(String(format: "%.2f", fullWeight)) (\(MatchingText.percent(MatchingWeights.fullSkillShare))% of the job's total weight, \(String(format: "%.2f", match.totalWeight)))"
                ))
        for item in match.matchedItems {
            let how: String =
                switch item.source {
                case .own(let level): MatchingText.maitrise(level)
                case .family(let via, let level):
                    L(
                        "par « \(index.itemLabel(of: via) ?? via.description) » (même macro-compétence, \(MatchingText.maitrise(level)))",
                        "through “\(index.itemLabel(of: via) ?? via.description)” (same macro-skill, \(MatchingText.maitrise(level)))")
                case nil: ""
                }
            lines.append("  ✓ \(item.label) — \(how)" + (item.isCoeurDeMetier ? L(" · cœur de métier", " · core") : ""))
        }
        let missingCoeur = match.missingItems.filter(\.isCoeurDeMetier)
        for item in (missingCoeur + match.missingItems.filter { !$0.isCoeurDeMetier }).prefix(limit) {
            lines.append("  ✗ \(item.label) (\(MatchingText.rubrique(item.rubrique)))" + (item.isCoeurDeMetier ? L(" · cœur de métier", " · core") : ""))
        }
        if match.missingItems.count > limit {
            lines.append(L("    … et \(match.missingItems.count - limit) autre(s)", "    … and \(match.missingItems.count - limit) more"))
        }
        lines.append(MatchingText.partLine(.acces, score) + " — \(MatchingText.level(match.access.personLevel))")
        for reason in match.access.reasons { lines.append("  · " + MatchingText.access(reason)) }
        if let source = match.mobilite { lines.append(MatchingText.partLine(.mobilite, score) + " — " + MatchingText.mobilite(source)) }
        if match.isRetenue { lines.append(MatchingText.partLine(.preferences, score) + " — " + L("piste retenue", "kept piste")) }
        // Asked for « métiers qui recrutent »: the part is said even at 0 points, with the figure behind it.
        if score.debouches != nil {
            lines.append(
                MatchingText.partLine(.debouches, score) + " — "
                    + (match.prospects?.reason(in: RunLanguage.current)
                        ?? L("aucun chiffre de tension publié pour sa famille", "no tension figure published for its family")))
        }
        if !levers.isEmpty {
            lines.append(L("Leviers (en atteignant le niveau « autonomie ») :", "Levers (reaching “autonomy”):"))
            for lever in levers {
                lines.append(
                    "  + \(lever.label) → \(MatchingText.points(lever.newTotal)) (+\(MatchingText.points(lever.gain)))"
                        + (lever.isCoeurDeMetier ? L(" · cœur de métier", " · core") : ""))
            }
        }
        return lines
    }
}
