/// A certification of the RNCP or RS, with what the sources say of it.
public struct Certification: Sendable, Equatable {
    /// A coded label from a nomenclature (Formacode, NSF).
    public struct Coded: Sendable, Equatable, Hashable {
        public let code: String
        public let label: String
        public init(code: String, label: String) {
            self.code = code
            self.label = label
        }
    }

    public let code: CertificationCode
    public let title: String
    public let niveau: Niveau?
    /// The source that gave the level (the data README's order: kit, Certif Info, RNCP 2021).
    public let niveauSource: CatalogueSource?
    /// Nil when no source says whether the fiche is active.
    public let isActive: Bool?
    public let replacedBy: [CertificationCode]
    public let certifiers: [String]
    public let formacodes: [Coded]
    public let nsf: [Coded]
    public let openToApprenticeship: Bool?
    /// Routes to the certification (Certif Info); VAE among them.
    public let voiesAcces: VoiesAcces
    public let romeCodes: [RomeCode]
    /// Diploma codes (CFD, 8 characters) of the Éducation nationale nomenclature, used to join InserJeunes.
    public let diplomaCodes: [String]
    /// The sources that mention the certification.
    public let sources: [CatalogueSource]

    public init(
        code: CertificationCode, title: String, niveau: Niveau?, niveauSource: CatalogueSource?, isActive: Bool?,
        replacedBy: [CertificationCode], certifiers: [String], formacodes: [Coded], nsf: [Coded],
        openToApprenticeship: Bool?, voiesAcces: VoiesAcces = .unknown, romeCodes: [RomeCode], diplomaCodes: [String],
        sources: [CatalogueSource]
    ) {
        self.code = code
        self.title = title
        self.niveau = niveau
        self.niveauSource = niveauSource
        self.isActive = isActive
        self.replacedBy = replacedBy
        self.certifiers = certifiers
        self.formacodes = formacodes
        self.nsf = nsf
        self.openToApprenticeship = openToApprenticeship
        self.voiesAcces = voiesAcces
        self.romeCodes = romeCodes
        self.diplomaCodes = diplomaCodes
        self.sources = sources
    }
}
