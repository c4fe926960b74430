import Foundation
import JalonCatalogue
import JalonCore
import JalonLocale

/// What `jalon formations` prints: the person as the engine saw them, the VAE assessment, then the
/// ranked paths with each score component and its reason.
struct TrainingPathsView {
    let project: Project
    let input: TrainingPathsInput
    let paths: TrainingPaths
    let catalogue: Catalogue
    /// 0 shows every path.
    let limit: Int

    var shown: ArraySlice<TrainingPath> { limit == 0 ? paths.paths[...] : paths.paths.prefix(limit) }

    // MARK: Text

    func text(_ language: Language) -> String {
        let fiche = input.target.fiche
        var lines = [language.pick(fr: "Parcours vers \(fiche.code) — \(fiche.label)", en: "Paths to \(fiche.code) — \(fiche.label)")]
        if project.pistes?.statut(of: fiche.code) != .retenue {
            lines.append(
                language.pick(fr: "(\(fiche.code) n’est pas une piste retenue de ce projet)", en: "(\(fiche.code) is not a kept piste of this project)"))
        }
        lines.append(personLine(language))
        lines.append(vaeLine(language))
        if fiche.emploiReglemente == true {
            let required = paths.requiredCertifications.map(\.rawValue).joined(separator: ", ")
            lines.append(
                language.pick(
                    fr: "Métier réglementé : \(required.isEmpty ? "titre exigé non identifié, voir l’accès au métier" : "exige \(required)")",
                    en: "Regulated job: \(required.isEmpty ? "required title not identified, see accès au métier" : "requires \(required)")"))
        }
        lines.append("")
        if paths.paths.isEmpty {
            lines.append(
                language.pick(
                    fr: "Aucun parcours : aucune certification active de niveau connu ne mène à ce métier.",
                    en: "No path: no active certification of known level leads to this job."))
        }
        for (index, path) in shown.enumerated() {
            lines += pathLines(index + 1, path, language)
        }
        if shown.count < paths.paths.count {
            lines.append(
                language.pick(
                    fr: "… \(paths.paths.count - shown.count) autre(s) parcours (--limit 0 pour tout voir)",
                    en: "… \(paths.paths.count - shown.count) more path(s) (--limit 0 to see all)"))
        }
        if !paths.setAside.isEmpty {
            let replaced = paths.setAside.filter { if case .replacedBy = $0.reason { true } else { false } }.count
            lines.append(
                language.pick(
                    fr:
                        "\(paths.setAside.count) certification(s) écartée(s), dont \(replaced) remplacée(s) par une certification proposée (--json pour le détail)",
                    en: "\(paths.setAside.count) certification(s) set aside, \(replaced) of them replaced by a proposed one (--json for details)"))
        }
        lines.append(
            language.pick(
                fr:
                    "Sources : \(fiche.source.publisher) (\(fiche.source.version)), catalogue \(catalogue.version) ; poids et formules : page DocC TrainingPaths",
                en:
                    "Sources: \(fiche.source.publisher) (\(fiche.source.version)), catalogue \(catalogue.version); weights and formulas: DocC page TrainingPaths"
            ))
        return lines.joined(separator: "\n")
    }

    func personLine(_ language: Language) -> String {
        let person = input.person
        var parts: [String] = []
        parts.append(
            person.startLevel.map { $0 < 3 ? language.pick(fr: "sans diplôme", en: "no diploma") : language.pick(fr: "niveau \($0)", en: "level \($0)") }
                ?? language.pick(fr: "niveau non renseigné", en: "level not given"))
        parts.append(person.situation.map { $0.label(in: language) } ?? language.pick(fr: "situation non renseignée", en: "situation not given"))
        if let age = person.age { parts.append(language.pick(fr: "\(age) ans", en: "aged \(age)")) }
        if let departement = person.departement {
            let region = person.region.flatMap(catalogue.region).map { " (\($0.name))" } ?? ""
            parts.append(language.pick(fr: "département \(departement)\(region)", en: "département \(departement)\(region)"))
        }
        return language.pick(fr: "Personne : ", en: "Person: ") + parts.joined(separator: " · ")
    }

    func vaeLine(_ language: Language) -> String {
        let vae = paths.vae
        let coverage = Int((vae.coverage * 100).rounded())
        let years = PathReason.years(vae.relatedYears, language)
        let verdict =
            vae.isEligible
            ? language.pick(fr: "proposée", en: "proposed")
            : language.pick(
                fr: "non proposée (une expérience liée, de toute nature et durée, et \(Int(VAEAssessment.minimumCoverage * 100)) % du cœur de métier attendus)",
                en:
                    "not proposed (a related experience, of any kind and length, and \(Int(VAEAssessment.minimumCoverage * 100))% of the core of the job expected)"
            )
        return language.pick(
            fr: "VAE : \(coverage) % du cœur de métier couvert (\(vae.covered.count) sur \(vae.coeurDeMetier)), \(years) d’expérience liée — \(verdict)",
            en: "VAE: \(coverage)% of the core of the job covered (\(vae.covered.count) of \(vae.coeurDeMetier)), \(years) of related experience — \(verdict)")
    }

    func pathLines(_ rank: Int, _ path: TrainingPath, _ language: Language) -> [String] {
        let niveau = path.niveau.map { language.pick(fr: "niveau \($0)", en: "level \($0)") } ?? "?"
        let shown = path.score.shownPointTenths
        var lines = [
            "\(rank). \(path.certification) \(path.title) — \(niveau) — \(Self.voie(path.voie, language)) — score \(Self.format(tenths: path.score.shownTotalTenths, language))"
        ]
        if !path.replaces.isEmpty {
            lines.append(
                language.pick(
                    fr: "   remplace \(path.replaces.map(\.rawValue).joined(separator: ", "))",
                    en: "   replaces \(path.replaces.map(\.rawValue).joined(separator: ", "))"))
        }
        if path.steps.count > 1 || !path.stepsComplete {
            lines.append(language.pick(fr: "   étapes :", en: "   steps:"))
            for (number, step) in path.steps.enumerated() {
                lines.append(
                    "     \(number + 1). \(step.certification) \(step.title) (\(step.niveau.map { language.pick(fr: "niveau \($0)", en: "level \($0)") } ?? "?"))"
                        + " — " + step.entry.sentence(in: language))
            }
        }
        for (component, tenths) in zip(path.score.components, shown) {
            let points =
                component.isUnknown
                ? language.pick(fr: "inconnu", en: "unknown")
                : "\(MatchScore.pointsText(tenths: tenths, language)) pts (\(Self.format(component.weight * 100, language)) %)"
            lines.append("   \(component.kind.label(in: language)) \(points)" + language.pick(fr: " : ", en: ": ") + component.reason.message(in: language))
        }
        for match in path.offers.prefix(3) {
            lines.append("   — \(match.offer.intitule), \(match.offer.organisme?.name ?? "?")\(match.place.map { ", \($0)" } ?? "")")
        }
        return lines
    }

    static func format(tenths: Int, _ language: Language) -> String { format(Double(tenths) / 10, language) }

    static func format(_ value: Double, _ language: Language) -> String {
        let text = String(format: "%.1f", value)
        return language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func voie(_ voie: Formation.Voie, _ language: Language) -> String { voie.label(in: language) }
}
