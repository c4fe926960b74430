import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon partage ID [--conseiller SUJET (--donnees … --sections … | --defaut)]`: shows the person's
/// sharing choice, or changes it for one counsellor (one revision). What a counsellor may see through
/// the server, and in the dossiers it exports for them, follows it.
struct ConsentCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "partage",
        abstract: L("Ce que chaque conseiller peut voir du projet : l’afficher, ou le choisir pour un conseiller.",
                    "What each counsellor may see of the project: show it, or choose it for one counsellor."),
        discussion: L("""
            Sans choix, un conseiller voit toutes les étapes et rien de personnel.
            Données : \(PersonalDatum.allCases.map(\.rawValue).joined(separator: ", ")), all, none.
            Sections : \(Step.allCases.map(\.rawValue).joined(separator: ", ")), all, none.
            Exemple : jalon partage 5f0c… --conseiller conseillere-1 --donnees name,place --sections all
            """, """
            Without a choice, a counsellor sees every step and nothing personal.
            Data: \(PersonalDatum.allCases.map(\.rawValue).joined(separator: ", ")), all, none.
            Sections: \(Step.allCases.map(\.rawValue).joined(separator: ", ")), all, none.
            Example: jalon partage 5f0c… --conseiller conseillere-1 --donnees name,place --sections all
            """))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Option(help: ArgumentHelp(L("Le conseiller (son identifiant d’accès).", "The counsellor (their access identifier)."), valueName: "SUJET"))
    var conseiller: String?
    @Option(help: ArgumentHelp(L("Données personnelles qu’il peut voir.", "Personal data they may see."), valueName: "MOTS"))
    var donnees: String?
    @Option(help: ArgumentHelp(L("Étapes qu’il peut voir (all par défaut).", "Steps they may see (all by default)."), valueName: "MOTS"))
    var sections: String?
    @Flag(help: ArgumentHelp(L("Revenir au partage par défaut pour ce conseiller.", "Go back to the default sharing for this counsellor.")))
    var defaut = false

    func validate() throws {
        if conseiller == nil, donnees != nil || sections != nil || defaut {
            throw ValidationError(L("--donnees, --sections et --defaut demandent --conseiller", "--donnees, --sections and --defaut need --conseiller"))
        }
        if defaut, donnees != nil || sections != nil {
            throw ValidationError(L("--defaut exclut --donnees et --sections", "--defaut excludes --donnees and --sections"))
        }
        if conseiller != nil, !defaut, donnees == nil, sections == nil {
            throw ValidationError(L("dites ce que le conseiller peut voir : --donnees, --sections ou --defaut",
                                    "say what the counsellor may see: --donnees, --sections or --defaut"))
        }
        _ = try grant()
    }

    /// The grant the options describe; nil for `--defaut`.
    func grant() throws -> Grant? {
        guard !defaut else { return nil }
        let personal = try Self.words(donnees ?? "none", PersonalDatum.self, option: "--donnees")
        let steps = try Self.words(sections ?? "all", Step.self, option: "--sections")
        return Grant(personal: personal, sections: steps)
    }

    static func words<Word: RawRepresentable & CaseIterable & Hashable>(_ text: String, _: Word.Type, option: String) throws -> Set<Word>
        where Word.RawValue == String {
        var found = Set<Word>()
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
            if word == "all" { found = Set(Word.allCases); continue }
            if word == "none" { continue }
            guard let value = Word(rawValue: word) else {
                let known = Word.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError(L("\(option) : « \(word) » inconnu (attendu : \(known), all, none)",
                                        "\(option): unknown '\(word)' (expected: \(known), all, none)"))
            }
            found.insert(value)
        }
        return found
    }

    func edit(_ project: inout Project, language: Language) throws -> String {
        guard let conseiller else { return "" }
        let change = ConsentChange(counsellor: conseiller, grant: try grant())
        guard project.consent.grant(for: conseiller) != (change.grant ?? .default) else {
            throw CommandFailure(message: language.pick(fr: "ce conseiller a déjà ce partage : rien n’est enregistré",
                                                        en: "this counsellor already has this sharing: nothing saved"),
                                 exitCode: JalonExitCode.invalidData)
        }
        return try change.apply(to: &project, in: language)
    }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let shown: Project
            if conseiller == nil {
                shown = try global.repository().load(project.id).project
            } else {
                shown = try mutateProject(global, project.id) { try edit(&$0, language: language) }
            }
            print(language.pick(fr: "Par défaut : toutes les étapes, rien de personnel.", en: "By default: every step, nothing personal."))
            for counsellor in shown.consent.counsellors {
                let grant = shown.consent.grant(for: counsellor)
                let data = grant.personal.sorted().map(\.rawValue).joined(separator: ", ")
                let steps = Step.allCases.filter(grant.sections.contains).map(\.rawValue).joined(separator: ", ")
                print("\(counsellor) : " + language.pick(fr: "données \(data.isEmpty ? "aucune" : data) ; étapes \(steps.isEmpty ? "aucune" : steps)",
                                                          en: "data \(data.isEmpty ? "none" : data); steps \(steps.isEmpty ? "none" : steps)"))
            }
        }
    }
}
