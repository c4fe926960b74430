/// The métier a path leads to, with what the paths engine reads of it.
public struct TargetFiche: Sendable, Equatable {
    public let fiche: Fiche
    /// Cœur-de-métier compétences (savoir-faire and savoir-être): what a VAE jury looks for in practice.
    public let coeurDeMetier: [FicheItem]
    /// Every item of the fiche, to tell whether an experience showed a skill of this métier.
    public let items: Set<OgrCode>
    /// The fiche, its parent and the parent's other children: experience in any of them is related.
    public let family: Set<RomeCode>

    public init(fiche: Fiche, items: [FicheItem], family: Set<RomeCode>) {
        self.fiche = fiche
        coeurDeMetier = items.filter { VAEAssessment.isCoeurDeMetierForVAE(rubrique: $0.rubrique, isCoeurDeMetier: $0.isCoeurDeMetier) }
        self.items = Set(items.map(\.ogr))
        self.family = family.union([fiche.code])
    }

    public var code: RomeCode { fiche.code }
}
