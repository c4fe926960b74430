/// The tables and relations of the artifact. Importer and loader share these names, so a column
/// cannot be written under one meaning and read under another.
enum SectionName {
    static let meta = "meta"
    static let sources = "sources"
    static let fiches = "fiches"
    static let appellations = "appellations"
    static let competences = "competences"
    static let savoirs = "savoirs"
    static let contextes = "contextes"
    static let ficheItems = "fiche.items"
    static let ficheMobilites = "fiche.mobilites"
    static let ficheCerts = "fiche.certs"
    static let ficheOnisep = "fiche.onisep"
    static let centres = "centres"
    static let centreFiches = "centre.fiches"
    static let certifications = "certs"
    static let certReplacedBy = "cert.replacedby"
    static let certCertifiers = "cert.certifiers"
    static let certFormacodes = "cert.formacodes"
    static let certNsf = "cert.nsf"
    static let certRome = "cert.rome"
    static let certDiplomas = "cert.diplomas"
    static let certRates = "cert.rates"
    static let certSources = "cert.sources"
    static let rates = "rates"
    static let regions = "regions"
    static let departements = "departements"
    static let report = "report"
    static let faps = "faps"
    static let tensions = "tensions"
    static let ficheFaps = "fiche.faps"
    /// Prefixes of the two inverted indexes (`.docs`, `.terms`, `.postings`; see `TermIndex`).
    static let searchIndex = "search"
    static let experienceIndex = "exp"
}

enum MetaColumn: Int, TableColumns { case key, value }
enum SourceColumn: Int, TableColumns { case id, title, publisher, version, licence }

enum FicheColumn: Int, TableColumns {
    case code, ogr, label, grandDomaineCode, grandDomaineLabel, domaineCode, domaineLabel
    /// RIASEC major and minor, each 0 (none) or 1 + hexagon index.
    case riasecMajor, riasecMinor
    /// Sentences joined by newlines.
    case definition, acces
    case reglemente, cadre, transitionEco, transitionNum, transitionDemo, source
    /// ROME 4.0's parent fiche (`code_rome_parent`), a row or none when the fiche is its own parent.
    case parent
}

enum AppellationColumn: Int, TableColumns { case ogr, longLabel, shortLabel, fiche, principale, source }

enum CompetenceColumn: Int, TableColumns {
    case ogr, label, kind, category, isMacro, macro, riasecMajor, riasecMinor, source
}

enum SavoirColumn: Int, TableColumns { case ogr, label, category, subcategory, source }
enum ContexteColumn: Int, TableColumns { case ogr, label, type }
enum CentreColumn: Int, TableColumns { case code, label, definition, source }

enum CertificationColumn: Int, TableColumns {
    /// 0 RNCP, 1 RS.
    case register, number, title, niveau
    /// 1 + source row index, 0 when no level.
    case niveauSource
    case active, apprenticeship
    /// Certif Info's access routes, tri-state each.
    case routeInitiale, routeApprentissage, routeContinue, routeContratPro, routeVAE, routeIndividuelle
}

enum RateColumn: Int, TableColumns {
    case diploma, mefstat11, millesime, region, voie, emploi6, emploi12, emploi18, emploi24, poursuite, sortants, source
}

enum RegionColumn: Int, TableColumns { case code, name }
/// A département (Jalon's form: `25`, `2A`, `971`) and the INSEE code of its region.
enum DepartementColumn: Int, TableColumns { case code, region }

/// A Dares family of métiers (FAP 2009, 225 families): its code and the median monthly salary of its
/// FAP 87 group (`OptionalWord`) over `salaryPeriod`.
enum FapColumn: Int, TableColumns { case code, medianSalary, salaryPeriod, source }

/// One published Dares tension figure, sorted by family, level and area. `level` is 0 France,
/// 1 region (`area` its INSEE code), 2 département (`area` as Jalon writes it). `indicator` is the
/// synthetic indicator (a z-score) times 1000 as a signed 32-bit pattern; the rest are categories 1–5.
enum TensionColumn: Int, TableColumns {
    case fap, level, area, employment, indicator, category
    case hiringIntensity, trainingLink, labourShortage, nonDurableEmployment, workingConditions, geographicMismatch, year
}

/// Tuple layout of `fiche.faps`: family row, 1 when joined through the parent fiche; the family with the
/// most employment first.
enum FicheFapTuple { static let arity = 2 }

/// Import report lines: a kind (`count` or `anomaly`), a key, a number and examples.
enum ReportColumn: Int, TableColumns { case kind, key, value, examples }

enum SearchDocColumn: Int, TableColumns {
    /// `SearchKindCode`: what the document is; `entity` is its row in that table.
    case kind, entity
    /// Distinct terms of the document, for coverage.
    case termCount
    /// Ranking prior in percent (100 neutral).
    case prior
}

/// Tuple layouts of relations, by position.
enum FicheItemTuple { static let arity = 4 /* ogr, label, rubrique, coherence */ }
enum MobiliteTuple { static let arity = 2 /* target fiche row, order */ }
enum CodedTuple { static let arity = 2 /* code, label */ }
enum FicheCertificationTuple { static let arity = 2 /* certification row, 1 when inherited from the parent fiche */ }
enum CertRomeTuple { static let arity = 2 /* code string, fiche row or none */ }
enum PostingTuple { static let arity = 1 /* doc */ }

/// Certification codes packed into one word: register in the top bit.
enum PackedCertificationCode {
    static func pack(register: UInt32, number: UInt32) -> UInt32 { register << 31 | number }
    static func unpack(_ word: UInt32) -> (register: UInt32, number: UInt32) { (word >> 31, word & 0x7FFF_FFFF) }
}
