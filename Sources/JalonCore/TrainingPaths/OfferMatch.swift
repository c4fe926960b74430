/// A training offer (LHÉO) that prepares a path's certification, and how near the person it is given.
public struct OfferMatch: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The offer names the certification (RNCP code).
        case certification(CertificationCode)
        /// The offer names the target fiche or its parent among its ROME codes, at the certification's level.
        case romeCode(RomeCode)
    }

    /// Where the nearest action of the offer is, as seen from the person.
    public enum Proximity: Int, Sendable, Equatable, Comparable {
        case elsewhere, sameRegion, sameDepartement
        public static func < (lhs: Proximity, rhs: Proximity) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let offer: TrainingOffer
    public let reason: Reason
    public let proximity: Proximity
    /// The place of the nearest action ("Lycée Jules Haag, Besançon"), when the feed gives one.
    public let place: String?

    public init(offer: TrainingOffer, reason: Reason, proximity: Proximity, place: String?) {
        self.offer = offer
        self.reason = reason
        self.proximity = proximity
        self.place = place
    }
}

extension OfferMatch {
    /// Offers preparing `certification` (by RNCP code), then offers tagged with the target's ROME code
    /// (or its parent's) whose exit level is the certification's; nearest first, then by numero.
    static func matches(offers: [TrainingOffer], certification: Certification, target: Fiche, person: PathPerson) -> [OfferMatch] {
        let family = [target.code] + (target.parent.map { [$0] } ?? [])
        let found = offers.compactMap { offer -> OfferMatch? in
            let reason: Reason
            if offer.certifications.contains(certification.code) {
                reason = .certification(certification.code)
            } else if let niveau = certification.niveau, offer.niveauSortie == niveau, let rome = offer.romeCodes.first(where: family.contains) {
                reason = .romeCode(rome)
            } else {
                return nil
            }
            let (proximity, place) = nearest(offer, person: person)
            return OfferMatch(offer: offer, reason: reason, proximity: proximity, place: place)
        }
        return found.sorted { ($1.proximity, $0.offer.numero) < ($0.proximity, $1.offer.numero) }
    }

    /// The nearest action place: same département (LHÉO `departement`, else the postal code's prefix),
    /// same region, or elsewhere. Feeds carry no coordinates, so the mobility radius cannot be applied.
    static func nearest(_ offer: TrainingOffer, person: PathPerson) -> (Proximity, String?) {
        var best: (Proximity, String?) = (.elsewhere, nil)
        for place in offer.actions.compactMap(\.place) {
            let label = [place.name, place.city].compactMap { $0 }.joined(separator: ", ")
            let departement = place.departement ?? place.postalCode.map { String($0.prefix($0.hasPrefix("97") ? 3 : 2)) }
            let proximity: Proximity
            if let mine = person.departement?.code, let departement, Departement(departement)?.code == mine || departement == "0" + mine {
                proximity = .sameDepartement
            } else if let mine = person.region, place.region == mine {
                proximity = .sameRegion
            } else {
                proximity = .elsewhere
            }
            if best.1 == nil || proximity > best.0 { best = (proximity, label.isEmpty ? nil : label) }
        }
        return best
    }
}
