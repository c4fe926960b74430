import JalonCore
import JalonLocale

/// Failures of `jalon trainings` and `trainings choose`, each one sentence.
enum TrainingsFailure: LocalizedFailure {
    case unknownFiche(String)
    case notAKeptPiste(RomeCode, ProjectID)
    case unknownCertification(CertificationCode)
    case voieNeeded(RomeCode, CertificationCode)
    case alreadyChosen(RomeCode, CertificationCode, Formation.Voie)

    func message(in language: Language) -> String {
        switch self {
        case .unknownFiche(let code):
            language.pick(fr: "« \(code) » n’est pas une fiche ROME du catalogue (attendu : une lettre et quatre chiffres, comme I1310).",
                          en: "“\(code)” is not a ROME fiche of the catalogue (expected a letter and four digits, such as I1310).")
        case .notAKeptPiste(let fiche, let project):
            language.pick(fr: "\(fiche) n’est pas une piste retenue de ce projet : retenez-la d’abord avec jalon metiers keep \(project) \(fiche)",
                          en: "\(fiche) is not a kept piste of this project: keep it first with jalon metiers keep \(project) \(fiche)")
        case .unknownCertification(let code):
            language.pick(fr: "\(code) n’est pas une certification du catalogue (RNCP ou RS ; voir jalon catalogue search)",
                          en: "\(code) is not a certification of the catalogue (RNCP or RS; see jalon catalogue search)")
        case .voieNeeded(let fiche, let code):
            language.pick(fr: "\(code) ne figure dans aucun parcours affiché vers \(fiche) (jalon trainings) : précisez la voie avec --voie \(Self.voies)",
                          en: "\(code) is in no path shown towards \(fiche) (jalon trainings): give the route with --voie \(Self.voies)")
        case .alreadyChosen(let fiche, let code, let voie):
            language.pick(fr: "le parcours \(code) (\(TrainingsView.voie(voie, language))) est déjà choisi pour \(fiche) : rien n’est enregistré",
                          en: "path \(code) (\(TrainingsView.voie(voie, language))) is already chosen for \(fiche): nothing saved")
        }
    }

    static var voies: String { Formation.Voie.allCases.map(\.rawValue).joined(separator: "|") }

    var exitCode: Int32 {
        switch self {
        case .unknownFiche, .unknownCertification: JalonExitCode.notFound
        case .notAKeptPiste, .voieNeeded: JalonExitCode.usage
        case .alreadyChosen: JalonExitCode.invalidData
        }
    }
}

extension CommandFailure {
    init(_ failure: TrainingsFailure) { self.init(failure, exitCode: failure.exitCode) }
}
