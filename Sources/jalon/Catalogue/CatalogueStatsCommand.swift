import ArgumentParser
import Foundation
import JalonCatalogue
import JalonCore
import JalonLocale

/// `jalon catalogue stats`: counts, join coverage and anomalies recorded by the import.
struct CatalogueStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: L(
            "Affiche les effectifs, la couverture des jointures et les anomalies du catalogue.",
            "Shows the catalogue's counts, join coverage and anomalies."),
        discussion: L("Exemple : jalon catalogue stats --json", "Example: jalon catalogue stats --json")
    )

    @OptionGroup var options: CatalogueOptions
    @OptionGroup var format: JSONOutputOptions

    struct Output: Encodable {
        struct Count: Encodable { let key: String; let label: String; let value: Int; @NullEncoded var total: Int? }
        struct Anomaly: Encodable { let key: String; let label: String; let count: Int; let examples: [String] }
        let version: String
        let sources: [Source]
        let counts: [Count]
        let anomalies: [Anomaly]
    }

    struct Source: Encodable { let id, title, publisher, version, licence: String }

    func run() throws {
        let language = options.language
        try reportingCatalogueFailures {
            let catalogue = try options.load()
            let report = catalogue.report
            let stats = Output(
                version: catalogue.version,
                sources: catalogue.sources.map { Source(id: $0.id, title: $0.title, publisher: $0.publisher, version: $0.version, licence: $0.licence) },
                counts: report.counts.map { .init(key: $0.key, label: ReportWording.label($0.key, language), value: $0.value, total: $0.total) },
                anomalies: report.anomalies.map { .init(key: $0.key, label: ReportWording.label($0.key, language), count: $0.count, examples: $0.examples) })
            if format.json {
                try JSONOutput.print(stats)
                return
            }
            print(language.pick(fr: "Catalogue Jalon \(stats.version)", en: "Jalon catalogue \(stats.version)"))
            print(language.pick(fr: "\nSources :", en: "\nSources:"))
            for source in stats.sources { print("  - \(source.title) — \(source.publisher), \(source.version) — \(source.licence)") }
            print(language.pick(fr: "\nEffectifs et couverture :", en: "\nCounts and coverage:"))
            for count in stats.counts {
                var line = "  \(count.label) : \(count.value)"
                if let total = count.total, total > 0 {
                    line += " / \(total) (\(String(format: "%.1f", Double(count.value) * 100 / Double(total))) %)"
                }
                print(line)
            }
            print(language.pick(fr: "\nAnomalies (comptées, jamais ignorées en silence) :", en: "\nAnomalies (counted, never silently dropped):"))
            let found = stats.anomalies.filter { $0.count > 0 }
            if found.isEmpty { print(language.pick(fr: "  aucune", en: "  none")) }
            for anomaly in found {
                print("  \(anomaly.label) : \(anomaly.count)")
                for example in anomaly.examples { print("      ex. \(example)") }
            }
            let clean = stats.anomalies.filter { $0.count == 0 }
            if !clean.isEmpty {
                print(language.pick(fr: "\nVérifié, rien trouvé :", en: "\nChecked, none found:"))
                for anomaly in clean { print("  \(anomaly.label)") }
            }
        }
    }
}

/// Human wording of report keys; unknown keys are shown as they are.
enum ReportWording {
    static func label(_ key: String, _ language: Language) -> String {
        guard let pair = labels[key] else { return key }
        return language.pick(fr: pair.0, en: pair.1)
    }

    static let labels: [String: (String, String)] = [
        "rome.fiches": ("Fiches ROME", "ROME fiches"),
        "rome.fiches.withRiasec": ("Fiches avec un RIASEC", "Fiches with a RIASEC type"),
        "rome.appellations": ("Appellations", "Appellations"),
        "rome.appellations.resolved": ("Appellations rattachées à une fiche", "Appellations resolved to a fiche"),
        "rome.competences": ("Compétences (savoir-faire, savoir-être)", "Skills (savoir-faire, savoir-être)"),
        "rome.macroCompetences": ("Macro-compétences", "Macro-skills"),
        "rome.macroCompetences.withRiasec": ("Macro-compétences avec un RIASEC", "Macro-skills with a RIASEC type"),
        "rome.savoirs": ("Savoirs", "Knowledge items"),
        "rome.contextes": ("Contextes de travail", "Working contexts"),
        "rome.ficheItems": ("Liens fiche ↔ item (compétences, savoirs, contextes)", "Fiche ↔ item links"),
        "rome.ficheItems.coeurDeMetier": ("dont cœur de métier", "of which core skills"),
        "rome.links.structural": ("Liens ROME de structure (blocs 1–2, portés ailleurs)", "Structural ROME links (blocs 1–2, stored elsewhere)"),
        "rome.mobilites": ("Mobilités", "Mobility links"),
        "rome.centresInteret": ("Centres d'intérêt", "Interest statements"),
        "rome.centreInteretLinks": ("Liens centre d'intérêt ↔ fiche", "Interest ↔ fiche links"),
        "onisep.links": ("Liens ONISEP", "ONISEP links"),
        "onisep.fiches": ("Fiches avec un lien ONISEP", "Fiches with an ONISEP link"),
        "inserjeunes.rates": ("Taux InserJeunes", "InserJeunes rates"),
        "inserjeunes.rates.withDiploma": ("Taux rattachés à un code diplôme (CFD)", "Rates tied to a diploma code (CFD)"),
        "inserjeunes.rates.joinedToCertification": ("Taux rattachés à une certification", "Rates joined to a certification"),
        "certifInfo.rowsWithoutRncpOrRs": ("Lignes Certif Info sans code RNCP ni RS (diplômes non enregistrés)", "Certif Info rows with no RNCP or RS code"),
        "certifications": ("Certifications (RNCP, RS)", "Certifications (RNCP, RS)"),
        "certifications.inRncpExport": ("Certifications présentes dans l'export RNCP 2026-02", "Certifications in the 2026-02 RNCP export"),
        "certifications.inRncpExport.withLevel": ("dont avec un niveau", "of which with a level"),
        "certifications.withLevel": ("Certifications avec un niveau", "Certifications with a level"),
        "certifications.withTitle": ("Certifications avec un intitulé", "Certifications with a title"),
        "certifications.active": ("Certifications actives", "Active certifications"),
        "certifications.withRome": ("Certifications liées à un code ROME", "Certifications linked to a ROME code"),
        "certifications.withRome.withLevel": ("dont avec un niveau", "of which with a level"),
        "certifications.openToVAE": ("Certifications accessibles par la VAE (Certif Info)", "Certifications open to VAE (Certif Info)"),
        "fiches.withCertification.direct": ("Fiches liées directement à une certification par le RNCP", "Fiches the RNCP links to a certification directly"),
        "fiches.withCertification": (
            "Fiches avec au moins une certification (directe ou par la fiche parente)",
            "Fiches with at least one certification (direct or through the parent fiche)"
        ),
        "rome.fiche.unknownParent": ("Fiches dont la fiche parente est inconnue", "Fiches whose parent fiche is unknown"),
        "certifications.withDiplomaCode": ("Certifications avec un code diplôme (CFD)", "Certifications with a diploma code (CFD)"),
        "certifications.withInsertionRate": ("Certifications avec un taux d'insertion", "Certifications with an insertion rate"),
        "certifications.withDiplomaCode.withInsertionRate": (
            "Certifications à code diplôme (CFD) avec un taux d'insertion", "Certifications with a diploma code (CFD) and an insertion rate"
        ),
        "certifications.active.withInsertionRate": ("Certifications actives avec un taux d'insertion", "Active certifications with an insertion rate"),
        "fiches.withActiveCertification": (
            "Fiches avec au moins une certification active (directe ou par la fiche parente)",
            "Fiches with at least one active certification (direct or through the parent)"
        ),
        "search.documents": ("Documents indexés pour la recherche", "Search documents"),
        "search.terms": ("Termes de l'index", "Index terms"),
        "experience.documents": (
            "Documents de la recherche d'expériences (titres, noms ONISEP, contextes des fiches)",
            "Experience search documents (titles, ONISEP names, fiche contexts)"
        ),
        "experience.terms": ("Termes de la recherche d'expériences", "Experience search terms"),
        "dares.tensions": (
            "Chiffres de tension Dares publiés (FAP 225 : France, régions, départements)",
            "Published Dares tension figures (FAP 225: France, regions, départements)"
        ),
        "dares.faps": ("Familles de métiers FAP", "FAP families of métiers"),
        "dares.faps.withSalary": ("Familles avec un salaire médian", "Families with a median salary"),
        "dares.fiches.joinedDirectly": ("Fiches rattachées à une famille FAP (code ROME v3 identique)", "Fiches joined to a FAP family (same ROME v3 code)"),
        "dares.fiches.joinedThroughParent": ("Fiches rattachées par leur fiche parente", "Fiches joined through their parent fiche"),
        "dares.fiches.withNationalTension": ("Fiches avec un chiffre de tension national", "Fiches with a national tension figure"),
        "dares.unknownLevel": ("Lignes Dares d'un niveau géographique inconnu", "Dares rows of an unknown geographic level"),
        "dares.rome.unknownFiche": ("Correspondances FAP ↔ ROME vers un code absent de ROME 4.0", "FAP ↔ ROME links to a code absent from ROME 4.0"),
        "dares.fiche.unjoined": (
            "Fiches sans famille FAP (ni directement ni par la parente) — toutes listées",
            "Fiches with no FAP family (directly or through the parent) — all listed"
        ),
        "csv.shortRecord": ("Lignes CSV plus courtes que l'en-tête", "CSV records shorter than the header"),
        "repair.mojibake": ("Textes réparés (UTF-8 lu en Windows-1252)", "Texts repaired (UTF-8 read as Windows-1252)"),
        "repair.doubledApostrophe": ("Textes réparés (apostrophes doublées '')", "Texts repaired (doubled apostrophes '')"),
        "rome.coherence.withoutLink": ("Drapeaux cœur de métier sans lien fiche ↔ item", "Core-skill flags without a fiche ↔ item link"),
        "rome.link.unknownItem": ("Liens ROME vers un item inconnu", "ROME links to an unknown item"),
        "rome.link.unknownFiche": ("Liens ROME depuis une fiche inconnue", "ROME links from an unknown fiche"),
        "rome.appellation.unknownFiche": ("Appellations vers une fiche inconnue", "Appellations pointing to an unknown fiche"),
        "rome.mobilite.unknownFiche": ("Mobilités vers une fiche inconnue", "Mobility links to an unknown fiche"),
        "certification.romeDomainCode": (
            "Liens RNCP vers un code ROME de domaine (ex. M18), pas une fiche", "RNCP links to a domain-level ROME code (e.g. M18), not a fiche"
        ),
        "certification.romeUnknownFiche": ("Liens RNCP vers un code ROME absent de ROME 4.0 v460", "RNCP links to a ROME code absent from ROME 4.0 v460"),
        "certification.romeInvalidCode": ("Liens RNCP vers un code ROME mal formé", "RNCP links to a malformed ROME code"),
        "certification.levelDisagreement": (
            "Niveaux contradictoires entre sources (le premier est gardé)", "Levels that disagree between sources (the first is kept)"
        ),
        "certification.withoutTitle": ("Certifications sans intitulé", "Certifications without a title"),
        "certification.invalidCode": ("Codes de certification mal formés", "Malformed certification codes"),
        "inserjeunes.unknownMefstat11": ("Taux dont le MEFSTAT11 est absent de nMef", "Rates whose MEFSTAT11 is not in nMef"),
        "inserjeunes.rateWithoutCertification": ("Taux dont le diplôme n'est lié à aucune certification", "Rates whose diploma joins no certification"),
        "onisep.unknownFiche": ("Liens ONISEP vers une fiche inconnue", "ONISEP links to an unknown fiche"),
        "certification.rowWithoutCode": ("Lignes sans fiche RNCP ni RS (vides ou « NR »)", "Rows naming no RNCP or RS fiche (empty or “NR”)"),
        "inserjeunes.unknownVoie": ("Taux d'une voie inconnue (ni apprentissage ni scolaire)", "Rates of an unknown route"),
        "inserjeunes.withoutDiploma": ("Taux sans CFD ni MEFSTAT11", "Rates with neither CFD nor MEFSTAT11"),
        "rome.fiche.invalidCode": ("Fiches au code ROME mal formé", "Fiches with a malformed ROME code"),
        "rome.fiche.withoutDomain": ("Fiches sans grand domaine ni domaine", "Fiches without a domain"),
        "rome.fiche.withoutDefinition": ("Fiches sans définition", "Fiches without a definition"),
        "rome.riasec.invalid": ("Lettres RIASEC invalides", "Invalid RIASEC letters"),
        "rome.riasec.unknownFiche": ("RIASEC d'une fiche inconnue", "RIASEC of an unknown fiche"),
        "rome.texte.unknownFiche": ("Textes d'une fiche inconnue", "Texts of an unknown fiche"),
        "rome.texte.unknownType": ("Textes ROME d'un type autre que définition et accès au métier", "ROME texts of a type other than définition and accès"),
        "rome.macro.withoutRiasec": ("Macro-compétences sans RIASEC", "Macro-skills without RIASEC"),
        "rome.centreInteret.invalidCode": ("Centres d'intérêt au code hors 1–30", "Interest statements with a code outside 1–30"),
        "rome.centreInteret.unknownCode": ("Liens centre d'intérêt vers un code inconnu", "Interest links to an unknown code")
    ]
}
