import JalonCore
import JalonLocale

/// Sophie, 29, vendeuse en boulangerie-pâtisserie à Besançon for six years, who wants to care for
/// people: the engine ranks home-care métiers high for her (contact, care, her sales skills), and she
/// keeps two of them, both reached through the DEAES. Every step is given as the arguments a person
/// would type, so the demo runs the commands' own parsing, checks and changes; every code is real
/// (ROME 4.0 v460, the bundled RIASEC questionnaire). Her words (plan, synthèse) stay French in both languages.
enum DemoPersona {
    static let name = "Sophie"

    static func introduction(_ language: Language) -> String {
        language.pick(
            fr: "Sophie, 29 ans, vendeuse en boulangerie à Besançon depuis six ans, veut un métier où l’on prend soin des autres.",
            en: "Sophie, 29, a bakery shop assistant in Besançon for six years, wants a job caring for others.")
    }

    /// `jalon profil set ID …`; born 29 years before this year, so that her age (and what it opens,
    /// apprenticeship) never drifts with the date the demo runs.
    static var profil: [String] {
        [
            "--situation", "salarie", "--diplome", "3", "--commune", "25056", "--commune-nom", "Besançon",
            "--departement", "25", "--mobilite", "30", "--annee-naissance", String(today().year - 29),
            "--contrainte", "Horaires compatibles avec la garde de ma fille"
        ]
    }

    /// `jalon interets rate ID CENTRE NOTE`, one per centre d'intérêt (at least ten, as readiness asks).
    static let centres: [(centre: Int, note: Int)] = [
        (22, 4), (4, 4), (23, 3), (21, 3), (5, 3), (6, 2), (18, 2), (27, 2), (24, 2), (3, 1), (15, 0), (19, 0)
    ]

    /// Her answers to the 48 questions of `jalon-riasec-1`, eight per type in questionnaire order.
    static let answers: [(type: String, ratings: [Int])] = [
        ("r", [1, 2, 1, 0, 2, 1, 1, 0]), ("i", [1, 2, 2, 1, 1, 2, 1, 1]), ("a", [2, 1, 1, 2, 1, 0, 1, 2]),
        ("s", [4, 4, 3, 4, 4, 3, 4, 3]), ("e", [2, 2, 3, 1, 2, 2, 1, 2]), ("c", [3, 3, 2, 3, 3, 2, 3, 2])
    ]

    /// `jalon interets answer ID --answers r1=1,r2=2,…`
    static var answersArgument: String {
        answers.flatMap { type, ratings in ratings.enumerated().map { "\(type)\($0 + 1)=\($1)" } }.joined(separator: ",")
    }

    /// `jalon competences add-experience ID …`: the OGR code of "Vendeur / Vendeuse en boulangerie-pâtisserie".
    static let experience = ["20560", "--years", "6", "--accept-core"]

    /// How many suggestions the demo shows, and the two she keeps among them, first choice first:
    /// assistante de vie dépendance and assistante de vie aux familles.
    static let suggestionsShown = 8
    static let kept = ["K1302", "K1311"]

    /// `jalon plan add ID TEXT --date … --kind …`, dated this many days from today.
    static let plan: [(text: String, inDays: Int, kind: String, fiche: String?)] = [
        ("Immersion d’une semaine auprès d’un service d’aide à domicile de Besançon", 21, "immersion", "K1302"),
        ("Rendez-vous avec une conseillère en évolution professionnelle (CEP)", 35, "rendez-vous", nil),
        ("Dossier d’inscription au DEAES en formation continue", 60, "candidature", "K1302")
    ]

    /// `jalon synthese set ID …`
    static let synthese = [
        "Six ans de vente m’ont appris l’accueil, l’écoute et la rigueur ; je veux les mettre au service de personnes qui ont besoin de soins.",
        "Je vise le métier d’assistante de vie, par le diplôme d’État d’accompagnant éducatif et social en formation continue, après une immersion pour confirmer mon choix."
    ]
}
