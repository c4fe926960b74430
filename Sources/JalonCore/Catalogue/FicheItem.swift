/// How an item (compétence, savoir, contexte) is attached to a fiche.
public struct FicheItem: Sendable, Equatable {
    public enum Rubrique: String, Sendable, Equatable, CaseIterable {
        case savoirFaire = "savoir-faire"
        case savoirEtre = "savoir-être"
        case savoir
        case contexte
    }

    /// ROME's `unix_coherence_item` flag.
    public enum Coherence: String, Sendable, Equatable {
        /// Cœur de métier: what the job is really about.
        case principale
        case emergente = "émergente"
        case ordinaire
    }

    public let ogr: OgrCode
    public let label: String
    public let rubrique: Rubrique
    public let coherence: Coherence

    public var isCoeurDeMetier: Bool { coherence == .principale }

    public init(ogr: OgrCode, label: String, rubrique: Rubrique, coherence: Coherence) {
        self.ogr = ogr
        self.label = label
        self.rubrique = rubrique
        self.coherence = coherence
    }
}
