import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon profil set ID [options]`: changes only the fields given. Every value is checked before the
/// project is read, so a bad one saves nothing; a change marks the later finished steps à revoir.
struct ProfilSetCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: L(
            "Renseigne ou modifie le profil (seuls les champs donnés changent).",
            "Sets or changes the profile (only the given fields change)."),
        discussion: L(
            "Exemple : jalon profil set 5f0c… --situation reconversion --diplome 4 --commune 70279 --commune-nom Gray --mobilite 30",
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

    @Option(
        name: .customLong("metiers-qui-recrutent"),
        help: ArgumentHelp(
            L(
                "Préférence « métiers qui recrutent dans ma région » : oui ou non (non par défaut). Oui : les débouchés du métier dans votre département ou région ajoutent au plus 10 % de l’écart à 100 à son score.",
                "Preference “jobs that are hiring in my region”: oui (yes) or non (no), no by default. Yes: the job's prospects in your département or region add at most 10% of the gap to 100 to its score."
            ),
            valueName: "oui|non"))
    var metiersQuiRecrutent: String?

    static var situations: String { ProfilEdit.situations }

    /// « oui » / « non » (or yes / no): anything else is refused, naming the option.
    static func preference(_ text: String) throws -> Bool {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "oui", "yes": return true
        case "non", "no": return false
        default:
            throw ValidationError(
                L(
                    "--metiers-qui-recrutent « \(text) » : attendu oui ou non",
                    "--metiers-qui-recrutent '\(text)': expected oui (yes) or non (no)"))
        }
    }

    func validate() throws {
        _ = try validating { try projectEdit.change(today: today()) }
    }

    /// The options as one edit; what only the command line can get wrong (a number that is not one) is said here.
    var projectEdit: ProfilEdit {
        get throws {
            var mobiliteKm: Int?
            if let mobilite {
                guard let km = Int(mobilite) else {
                    throw ValidationError(
                        L(
                            "mobilité « \(mobilite) » : un nombre de kilomètres, 0 ou plus",
                            "mobility '\(mobilite)': a number of kilometres, 0 or more"))
                }
                mobiliteKm = km
            }
            var year: Int?
            if let anneeNaissance {
                let plausible = Profil.plausibleBirthYears(in: today().year)
                guard let value = Int(anneeNaissance), anneeNaissance.count == 4 else {
                    throw ValidationError(
                        L(
                            "année de naissance « \(anneeNaissance) » impossible (entre \(plausible.lowerBound) et \(plausible.upperBound))",
                            "impossible birth year '\(anneeNaissance)' (between \(plausible.lowerBound) and \(plausible.upperBound))"))
                }
                year = value
            }
            if (commune == nil) != (communeNom == nil) {
                throw ValidationError(L("--commune et --commune-nom vont ensemble", "--commune and --commune-nom go together"))
            }
            if nom?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true {
                throw ValidationError(L("--nom ne peut pas être vide", "--nom cannot be empty"))
            }
            if contrainte.contains(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
                throw ValidationError(L("--contrainte ne peut pas être vide", "--contrainte cannot be empty"))
            }
            let edit = ProfilEdit(
                nomAffiche: nom, anneeNaissance: year, situation: situation, diplome: diplome, communeInsee: commune,
                communeNom: communeNom, departement: departement, mobiliteKm: mobiliteKm,
                contraintes: contrainte.isEmpty ? nil : contrainte,
                metiersQuiRecrutent: try metiersQuiRecrutent.map(Self.preference))
            guard edit != ProfilEdit() else {
                throw ValidationError(
                    L(
                        "rien à changer : donnez au moins une option (--situation, --diplome…)",
                        "nothing to change: give at least one option (--situation, --diplome…)"))
            }
            return edit
        }
    }

    func run() throws {
        let language = RunLanguage.current
        let edit = try projectEdit
        try reportingFailures {
            let saved = try applyEdit(global, project.id, edit).project
            let stale = Step.allCases.filter { saved.progression[$0] == .aRevoir }
            print(language.pick(fr: "Profil enregistré.", en: "Profile saved."))
            if !stale.isEmpty {
                print(language.pick(fr: "À revoir : ", en: "To review: ") + stale.map { "\($0.number). \($0.title(in: language))" }.joined(separator: ", "))
            }
        }
    }
}
