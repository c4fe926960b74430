import ArgumentParser
import JalonCore
import JalonLocale
import JalonStore

/// `jalon interets show ID [--json]`: the ratings, how far the questionnaire went, and the profile.
struct InteretsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: L(
            "Montre les centres d’intérêt notés, les réponses et le profil RIASEC.",
            "Shows the rated centres d’intérêt, the answers and the RIASEC profile."),
        discussion: L("Exemple : jalon interets show 5f0c… --json", "Example: jalon interets show 5f0c… --json"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOutputOptions
    @OptionGroup var project: ProjectIDArgument

    /// The stable `--json` shape.
    struct InterestsJSON: Encodable {
        struct Centre: Encodable { let centre: Int; let rating: Int }
        let centres: [Centre]
        @NullEncoded var questionnaire: String?
        let answers: Int
        @NullEncoded var code: String?
        @NullEncoded var scores: [String: Int]?
        let warnings: [String]
    }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let interets = try global.repository().load(project.id).project.interets ?? Interets()
            let profil = interets.profil
            // Warnings are not saved with the profile: they are recomputed from the saved answers, with
            // the questionnaire they answer (answers to an older version get none rather than wrong ones).
            let questionnaire = try QuestionnaireLoader.bundledRiasec()
            let warnings = interets.riasec.flatMap { try? questionnaire.profile(for: $0) }?.warnings ?? []
            let shape = InterestsJSON(
                centres: interets.centres.map { .init(centre: $0.centre.rawValue, rating: $0.rating.value) },
                questionnaire: interets.riasec?.questionnaire, answers: interets.riasec?.reponses.count ?? 0,
                code: profil?.code,
                scores: profil.map { p in Dictionary(uniqueKeysWithValues: RiasecType.allCases.map { ($0.rawValue, p[$0]) }) },
                warnings: warnings.map { $0.message(in: language) })
            if output.json { return try JSONOutput.print(shape) }
            if shape.centres.isEmpty {
                print(language.pick(fr: "Aucun centre d’intérêt noté.", en: "No centre d’intérêt rated."))
            } else {
                print(
                    language.pick(fr: "Centres d’intérêt notés : ", en: "Rated centres d’intérêt: ")
                        + shape.centres.map { "\($0.centre)=\($0.rating)" }.joined(separator: ", "))
            }
            print(
                language.pick(
                    fr: "Réponses au questionnaire : \(shape.answers) sur \(questionnaire.items.count)",
                    en: "Questionnaire answers: \(shape.answers) of \(questionnaire.items.count)"))
            if let profil {
                print(
                    language.pick(fr: "Profil RIASEC : \(profil.code) (", en: "RIASEC profile: \(profil.code) (")
                        + profil.ranked.map { "\($0.rawValue) \(profil[$0])" }.joined(separator: " · ") + ")")
            } else {
                print(language.pick(fr: "Pas encore de profil RIASEC.", en: "No RIASEC profile yet."))
            }
            for warning in shape.warnings { print("⚠ " + warning) }
        }
    }
}
