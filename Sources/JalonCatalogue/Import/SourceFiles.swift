import JalonCore

/// The published data sets the importer reads, with their publisher, date and licence, as the data
/// README gives them. The same list feeds the artifact, `NOTICE` and `jalon catalogue stats`.
public enum SourceFiles {
    public static let rome = CatalogueSource(
        id: "rome", title: "ROME 4.0 (Répertoire opérationnel des métiers et des emplois)", publisher: "France Travail",
        version: "v460", licence: "Licence Ouverte / Open Licence 2.0 (Etalab)")
    public static let rncp = CatalogueSource(
        id: "rncp", title: "RNCP / RS, export open data", publisher: "France Compétences",
        version: "2026-02-01", licence: "Licence Ouverte 2.0")
    public static let kit = CatalogueSource(
        id: "kit-apprentissage", title: "Kit apprentissage (CFD ↔ RNCP, niveaux)", publisher: "Mission apprentissage",
        version: "2025-01-31", licence: "open data (à vérifier avant redistribution)")
    public static let certifInfo = CatalogueSource(
        id: "certif-info", title: "Certif Info (extrait)", publisher: "Réseau des Carif-Oref, ONISEP",
        version: "2025-01", licence: "open data (à vérifier avant redistribution)")
    public static let rncp2021 = CatalogueSource(
        id: "rncp-2021", title: "RNCP info et codes diplômes, instantanés 2021", publisher: "Certif Info / mission apprentissage",
        version: "2021", licence: "open data (à vérifier avant redistribution)")
    public static let inserJeunes = CatalogueSource(
        id: "inserjeunes", title: "InserJeunes, taux d'insertion par région (et nomenclatures BCN)", publisher: "DEPP / Dares",
        version: "2025-03", licence: "Licence Ouverte 2.0")
    public static let onisep = CatalogueSource(
        id: "onisep", title: "Métiers ONISEP ↔ ROME", publisher: "ONISEP",
        version: "2024-10", licence: "open data (à vérifier avant redistribution)")

    public static let dares = CatalogueSource(
        id: "dares",
        title:
            "Dares, Portraits statistiques des métiers : tensions sur le marché du travail par famille professionnelle (FAP 2009), salaires, correspondance FAP ↔ ROME",
        publisher: "Dares (Ministère du Travail) avec Pôle emploi", version: "2019 (publié en 2021-04)",
        licence: "statistique publique : citer « Dares, Portraits statistiques des métiers » et sa date ; dépôt PortraitStatMetiers sous GPL-3.0")

    /// In the artifact's order; records refer to a source by its position here.
    public static let all = [rome, rncp, kit, certifInfo, rncp2021, inserJeunes, onisep, dares]

    /// The NOTICE shipped next to the artifact: every source, its publisher, date and licence. Written by
    /// `jalon catalogue build` from this list, so it cannot drift from what the artifact holds.
    public static var notice: String {
        var lines = [
            "Jalon — catalogue de référence (Resources/Catalogue/catalogue.jcat)",
            "",
            "Ce fichier est produit par « jalon catalogue build » à partir des données ouvertes ci-dessous.",
            "Il en reprend des extraits (libellés, textes, codes, taux) et des jointures ; les fichiers sources",
            "ne sont pas redistribués tels quels. Chaque enregistrement du catalogue garde sa source et sa version.",
            ""
        ]
        for source in all {
            lines += [
                "- \(source.title)", "  Producteur : \(source.publisher)", "  Version ou date : \(source.version)",
                "  Licence : \(source.licence)", "  Identifiant dans le catalogue : \(source.id)", ""
            ]
        }
        lines += [
            "Licence Ouverte / Open Licence 2.0 (Etalab) : réutilisation libre, y compris commerciale, à condition",
            "de mentionner la source et la date de dernière mise à jour : https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
            "Les sources notées « à vérifier avant redistribution » sont publiées comme données ouvertes sans licence",
            "explicite dans l'extrait fourni ; leurs conditions doivent être confirmées auprès du producteur avant toute",
            "redistribution du catalogue en dehors du projet."
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func index(of source: CatalogueSource) -> UInt32 { UInt32(all.firstIndex(of: source)!) }

    // Paths relative to the data folder.
    static let romeFolder = "rome-4.0-v460"
    static func romeFile(_ name: String) -> String { "\(romeFolder)/unix_\(name)_v460_utf8.csv" }
    static func rncpFile(_ name: String) -> String { "rncp-2026-02/export_fiches_CSV_\(name)_2026_02_01.csv" }
    static let kitFile = "certifications/kit_apprentissage_20250131.csv"
    static let certifInfoFile = "certifications/certif_info_subset.csv"
    static let rncp2021File = "certifications/rncp_info_2021.csv"
    static let codesDiplomes2021File = "certifications/codes_diplomes_2021.csv"
    static let insertionFile = "inserjeunes/ij_region_data.csv"
    static let mefFile = "inserjeunes/nMef.csv"
    static let regionsFile = "inserjeunes/departements_academies_regions.csv"
    static let onisepFile = "onisep/rome_metier_onisep.csv"
    static let daresTensionsFile = "dares-metiers-2019/tensions.csv"
    static let daresFapRomeFile = "dares-metiers-2019/fap225_rome.csv"
    static let daresSalaryFile = "dares-metiers-2019/salaire_median_3niv.csv"
}
