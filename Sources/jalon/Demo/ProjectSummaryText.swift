import JalonCore
import JalonLocale
import JalonStore

/// A finished project as plain text a person can read or print: the steps at a glance (`show`'s
/// overview), then what each step holds. The demo's readable export until the dossier exports land.
struct ProjectSummaryText {
    let loaded: ProjectRepository.Loaded
    let language: Language

    /// "salariée · niveau 3 (CAP, BEP) · Besançon · mobilité 30 km".
    static func profileLine(_ profil: Profil?, _ language: Language) -> String {
        guard let profil else { return language.pick(fr: "non renseigné", en: "not given") }
        return [profil.situation?.label(in: language), MatchingText.level(profil.diplome), profil.commune?.nom ?? profil.departement?.code,
                profil.mobiliteKm.map { language.pick(fr: "mobilité \($0) km", en: "mobility \($0) km") }]
            .compactMap { $0 }.joined(separator: " · ")
    }

    var text: String {
        let project = loaded.project
        var lines = [ProjectOverview(loaded: loaded).text, ""]
        lines.append(language.pick(fr: "Profil : ", en: "Profile: ") + Self.profileLine(project.profil, language))
        if let profile = project.interets?.profil {
            lines.append(language.pick(fr: "Intérêts : profil RIASEC \(profile.code)", en: "Interests: RIASEC profile \(profile.code)"))
        }
        for experience in project.competences?.experiences ?? [] {
            lines.append(language.pick(fr: "Expérience : ", en: "Experience: ") + (experience.appellation?.libelle ?? experience.intitule ?? "—"))
        }
        let kept = project.pistes?.retenues ?? []
        if !kept.isEmpty {
            lines.append(language.pick(fr: "Pistes retenues : ", en: "Kept pistes: ")
                         + kept.map { "\($0.rang.map { "\($0). " } ?? "")\($0.fiche) \($0.libelle ?? "")" }.joined(separator: " ; "))
        }
        for formation in project.formations where formation.choisie {
            lines.append(language.pick(fr: "Parcours choisi vers \(formation.fiche) : ", en: "Path chosen to \(formation.fiche): ")
                         + [formation.certification?.rawValue, formation.intitule, formation.niveau.map { language.pick(fr: "niveau \($0)", en: "level \($0)") },
                            TrainingsView.voie(formation.voie, language)].compactMap { $0 }.joined(separator: ", "))
        }
        if !project.plan.isEmpty {
            lines.append(language.pick(fr: "Plan d’action :", en: "Action plan:"))
            lines += project.plan.map { "  \($0.id)  \($0.date.map(\.iso8601) ?? "—")  \($0.intitule)" }
        }
        if let synthese = project.synthese, !synthese.paragraphes.isEmpty {
            lines.append(language.pick(fr: "Synthèse :", en: "Summary:"))
            lines += synthese.paragraphes.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
