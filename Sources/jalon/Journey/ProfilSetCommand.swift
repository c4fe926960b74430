import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon profil set ID [options]`: changes only the fields given. Every value is checked before the
/// project is read, so a bad one saves nothing; a change marks the later finished steps à revoir.
struct ProfilSetCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: L("Renseigne ou modifie le profil (seuls les champs donnés changent).",
                    "Sets or changes the profile (only the given fields change)."),
        discussion: L("Exemple : jalon profil set 5f0c… --situation reconversion --diplome 4 --commune 70279 --commune-nom Gray --mobilite 30",
                      "Example: jalon profil set 5f0c… --situation reconversion --diplome 4 --commune 70279 --commune-nom Gray --mobilite 30"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument

    @Option(help: ArgumentHelp(L("Situation : \(Self.situations).", "Situation: \(Self.situations)."), valueName: "S"))
    var situation: String?
    @Option(help: ArgumentHelp(L("Diplôme le plus élevé : niveau 3 à 8, ou aucun.", "Highest diploma: level 3 to 8, or aucun."), valueName: "3..8|aucun"))
    var diplome: String?
    @Option(help: ArgumentHelp(L("Code INSEE de la commune (avec --commune-nom).", "INSEE code of the commune (with --commune-nom)."), valueName: "INSEE"))
    var commune: String?
    @Option(name: .customLong("commune-nom"), help: ArgumentHelp(L("Nom de la commune.", "Name of the commune."), valueName: "NOM"))
    var communeNom: String?
    @Option(help: ArgumentHelp(L("Département : 01…95, 2A, 2B, 971…976.", "Département: 01…95, 2A, 2B, 971…976."), valueName: "DD"))
    var departement: String?
    // Unconditional so that "-5" reaches validation and gets a sentence, not an "unknown option" error.
    @Option(parsing: .unconditional, help: ArgumentHelp(L("Rayon de mobilité en kilomètres.", "Mobility radius in kilometres."), valueName: "KM"))
    var mobilite: String?
    @Option(help: ArgumentHelp(L("Une contrainte (répétable) ; remplace la liste.", "A constraint (repeatable); replaces the list."), valueName: "TEXT"))
    var contrainte: [String] = []
    @Option(help: ArgumentHelp(L("Nom affiché ou pseudonyme.", "Display name or pseudonym."), valueName: "NAME"))
    var nom: String?
    @Option(name: .customLong("annee-naissance"), help: ArgumentHelp(L("Année de naissance.", "Year of birth."), valueName: "YYYY"))
    var anneeNaissance: String?

    static var situations: String { Situation.allCases.map(\.rawValue).joined(separator: ", ") }

    func validate() throws {
        _ = try change()
    }

    /// The options as one change to apply, or the sentence saying which value is wrong.
    func change() throws -> (inout Profil) -> Void {
        var edits: [(inout Profil) -> Void] = []
        if let situation {
            guard let value = Situation(rawValue: situation) else {
                throw ValidationError(L("situation inconnue « \(situation) » (attendu : \(Self.situations))",
                                        "unknown situation '\(situation)' (expected: \(Self.situations))"))
            }
            edits.append { $0.situation = value }
        }
        if let diplome {
            guard let value = DiplomeLePlusEleve(token: diplome) else {
                throw ValidationError(L("niveau de diplôme « \(diplome) » inconnu (attendu : 3 à 8, ou aucun)",
                                        "unknown diploma level '\(diplome)' (expected: 3 to 8, or aucun)"))
            }
            edits.append { $0.diplome = value }
        }
        switch (commune, communeNom) {
        case (nil, nil): break
        case (let code?, let nom?):
            guard let value = Commune(codeInsee: code, nom: nom) else {
                throw ValidationError(L("« \(code) » n’est pas un code INSEE de commune (5 caractères, comme 70279 ou 2A004)",
                                        "'\(code)' is not an INSEE commune code (5 characters, like 70279 or 2A004)"))
            }
            edits.append { $0.commune = value }
        default:
            throw ValidationError(L("--commune et --commune-nom vont ensemble", "--commune and --commune-nom go together"))
        }
        if let departement {
            guard let value = Departement(departement) else {
                throw ValidationError(L("« \(departement) » n’est pas un département (01…95, 2A, 2B, 971…976)",
                                        "'\(departement)' is not a département (01…95, 2A, 2B, 971…976)"))
            }
            edits.append { $0.departement = value }
        }
        if let mobilite {
            guard let km = Int(mobilite), km >= 0 else {
                throw ValidationError(L("mobilité « \(mobilite) » : un nombre de kilomètres, 0 ou plus",
                                        "mobility '\(mobilite)': a number of kilometres, 0 or more"))
            }
            edits.append { $0.mobiliteKm = km }
        }
        let contraintes = contrainte.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        if contraintes.contains(where: \.isEmpty) {
            throw ValidationError(L("--contrainte ne peut pas être vide", "--contrainte cannot be empty"))
        }
        if !contraintes.isEmpty { edits.append { $0.contraintes = contraintes } }
        if let nom {
            let trimmed = nom.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw ValidationError(L("--nom ne peut pas être vide", "--nom cannot be empty")) }
            edits.append { $0.nomAffiche = trimmed }
        }
        if let anneeNaissance {
            let plausible = Profil.plausibleBirthYears(in: today().year)
            guard let year = Int(anneeNaissance), anneeNaissance.count == 4, plausible ~= year else {
                throw ValidationError(L("année de naissance « \(anneeNaissance) » impossible (entre \(plausible.lowerBound) et \(plausible.upperBound))",
                                        "impossible birth year '\(anneeNaissance)' (between \(plausible.lowerBound) and \(plausible.upperBound))"))
            }
            edits.append { $0.anneeNaissance = year }
        }
        guard !edits.isEmpty else {
            throw ValidationError(L("rien à changer : donnez au moins une option (--situation, --diplome…)",
                                    "nothing to change: give at least one option (--situation, --diplome…)"))
        }
        return { profil in edits.forEach { $0(&profil) } }
    }

    func edit(_ project: inout Project, language: Language) throws -> String {
        var profil = project.profil ?? Profil()
        try change()(&profil)
        guard profil != project.profil else {
            throw CommandFailure(message: language.pick(fr: "le profil a déjà ces valeurs : rien n’est enregistré",
                                                        en: "the profile already has these values: nothing saved"),
                                 exitCode: JalonExitCode.invalidData)
        }
        project.profil = profil
        // Suggestions and paths were computed from the old profile: later finished steps go à revoir.
        project.recordChange(of: .profil)
        return language.pick(fr: "Profil modifié", en: "Profile changed")
    }

    func run() throws {
        let language = RunLanguage.current
        _ = try change()
        try reportingFailures {
            let saved = try mutateProject(global, project.id) { try edit(&$0, language: language) }
            let stale = Step.allCases.filter { saved.progression[$0] == .aRevoir }
            print(language.pick(fr: "Profil enregistré.", en: "Profile saved."))
            if !stale.isEmpty {
                print(language.pick(fr: "À revoir : ", en: "To review: ") + stale.map { "\($0.number). \($0.title(in: language))" }.joined(separator: ", "))
            }
        }
    }
}
