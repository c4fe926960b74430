import JalonCore

/// Which training offers lead where: the bridge from LHÉO offers to the formations step.
extension Catalogue {
    /// Why an offer leads to a fiche.
    public enum OfferReason: Sendable, Equatable {
        /// The offer prepares a certification linked to the fiche (or to its parent fiche).
        case certification(CertificationCode)
        /// The offer names the fiche (or its parent) among its ROME codes.
        case romeCode(RomeCode)
    }

    /// Why `offer` leads to the fiche `code`, or nil when it does not. Certifications come first: they
    /// are what the RNCP links to the métier; ROME codes are the publisher's own tagging.
    public func reason(_ offer: TrainingOffer, leadsTo code: RomeCode) -> OfferReason? {
        let linked = Set(certificationLinks(of: code).map(\.certification.code))
        if let certification = offer.certifications.first(where: linked.contains) { return .certification(certification) }
        let family = [code] + (fiche(code)?.parent.map { [$0] } ?? [])
        if let rome = offer.romeCodes.first(where: family.contains) { return .romeCode(rome) }
        return nil
    }
}
