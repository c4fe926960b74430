/// A training offer as the Carif-Oref network publishes it in LHÉO: one formation, the certifications
/// it leads to, its métiers, level, the organisme responsible, and its actions (where, when).
public struct TrainingOffer: Sendable, Equatable {
    /// A place of training or registration (LHÉO `adresse`).
    public struct Place: Sendable, Equatable {
        public let name: String?
        public let postalCode: String?
        public let city: String?
        public let departement: String?
        public let region: String?
        public let inseeCommune: String?

        public init(name: String?, postalCode: String?, city: String?, departement: String?, region: String?, inseeCommune: String?) {
            self.name = name
            self.postalCode = postalCode
            self.city = city
            self.departement = departement
            self.region = region
            self.inseeCommune = inseeCommune
        }
    }

    /// A session: dates as LHÉO writes them (`AAAAMMJJ`).
    public struct Session: Sendable, Equatable {
        public let start: String?
        public let end: String?

        public init(start: String?, end: String?) {
            self.start = start
            self.end = end
        }
    }

    /// A concrete delivery of the formation: where and when.
    public struct Action: Sendable, Equatable {
        public let numero: String?
        public let place: Place?
        public let sessions: [Session]

        public init(numero: String?, place: Place?, sessions: [Session]) {
            self.numero = numero
            self.place = place
            self.sessions = sessions
        }
    }

    public struct Organisme: Sendable, Equatable {
        public let name: String
        public let siret: String?

        public init(name: String, siret: String?) {
            self.name = name
            self.siret = siret
        }
    }

    /// LHÉO `formation/@numero`, the publisher's identifier.
    public let numero: String
    public let intitule: String
    public let certifications: [CertificationCode]
    /// Certif Info numbers (`code-CERTIFINFO`).
    public let certifInfoCodes: [String]
    public let romeCodes: [RomeCode]
    public let formacodes: [String]
    /// Exit level on the 3–8 scale, converted from LHÉO's `dict-niveaux`; nil when not given or below 3.
    public let niveauSortie: Niveau?
    public let organisme: Organisme?
    public let actions: [Action]

    public init(
        numero: String, intitule: String, certifications: [CertificationCode], certifInfoCodes: [String], romeCodes: [RomeCode],
        formacodes: [String], niveauSortie: Niveau?, organisme: Organisme?, actions: [Action]
    ) {
        self.numero = numero
        self.intitule = intitule
        self.certifications = certifications
        self.certifInfoCodes = certifInfoCodes
        self.romeCodes = romeCodes
        self.formacodes = formacodes
        self.niveauSortie = niveauSortie
        self.organisme = organisme
        self.actions = actions
    }
}
