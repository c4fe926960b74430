import Foundation
import JalonCatalogue
import JalonCore
import JalonLHEO
import JalonLocale

/// Offers of LHÉO feeds that lead somewhere, gathered while streaming the feeds.
enum TrainingOffers {
    struct Match {
        let offer: TrainingOffer
        let reason: Catalogue.OfferReason
    }

    /// Streams each feed and keeps the offers `reason` accepts. A feed that cannot be read to its end is
    /// a failure (the person named it); rejected offers are not, they simply lead nowhere.
    static func matching(feeds: [String], language: Language, reason: (TrainingOffer) -> Catalogue.OfferReason?) throws -> [Match] {
        var matches: [Match] = []
        try read(feeds: feeds, language: language) { offer in
            if let why = reason(offer) { matches.append(Match(offer: offer, reason: why)) }
        }
        return matches
    }

    /// Streams each feed to `body`; a feed that cannot be read to its end is a failure.
    static func read(feeds: [String], language: Language, _ body: (TrainingOffer) -> Void) throws {
        for feed in feeds {
            let summary = LHEOFeedReader.read(path: feed, onOffer: body)
            if let fatal = summary.fatal { throw CommandFailure(message: fatal.message(in: language), exitCode: JalonExitCode.invalidData) }
        }
    }

    struct JSON: Encodable {
        let numero, intitule: String
        @NullEncoded var organisme: String?
        let places: [String]
        let sessions: [String]
        let reason: String

        init(_ match: Match) {
            numero = match.offer.numero
            intitule = match.offer.intitule
            organisme = match.offer.organisme?.name
            places = match.offer.actions.compactMap { action in action.place.map { [$0.name, $0.city].compactMap { $0 }.joined(separator: ", ") } }
            sessions = match.offer.actions.flatMap(\.sessions).map { "\($0.start ?? "?")–\($0.end ?? "?")" }
            switch match.reason {
            case .certification(let code): reason = code.rawValue
            case .romeCode(let code): reason = code.rawValue
            }
        }
    }

    static func text(_ matches: [Match], _ language: Language) -> [String] {
        guard !matches.isEmpty else { return [] }
        var lines = [language.pick(fr: "\nOffres de formation (LHÉO)", en: "\nTraining offers (LHÉO)")]
        for match in matches {
            let json = JSON(match)
            let why =
                switch match.reason {
                case .certification(let code): language.pick(fr: "prépare \(code)", en: "prepares \(code)")
                case .romeCode(let code): language.pick(fr: "indexée \(code)", en: "tagged \(code)")
                }
            lines.append(
                "  - \(json.intitule) — \(json.organisme ?? "?") — \(json.places.joined(separator: " ; ")) — \(json.sessions.joined(separator: ", ")) (\(why))")
        }
        return lines
    }
}
