import Foundation
import JalonLocale

/// Where passerelles start from: a ROME appellation the person held (its fiche) or a fiche named.
public struct PasserelleStart: Hashable, Sendable {
    public let appellation: OgrCode?
    public let fiche: RomeCode
}

/// Why no starting point could be found, one sentence each (the CLI adds how to give one).
public enum PasserelleStartFailure: LocalizedFailure, Equatable, Sendable {
    /// The text is neither an appellation (OGR) nor a fiche of the catalogue.
    case unknownSource(String)
    /// No `from`, and no experience of the project is linked to an appellation.
    case noExperience
}

extension MatchingIndex {
    /// The starting points of passerelles: `from` (an OGR appellation code or a ROME code, any case),
    /// else each experience's appellation of `person`, one per fiche, in the experiences' order.
    public func passerelleStarts(from text: String?, person: MatchingPerson) throws(PasserelleStartFailure) -> [PasserelleStart] {
        if let text {
            let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
            if let ogr = OgrCode(trimmed), let fiche = fiche(ofAppellation: ogr) { return [PasserelleStart(appellation: ogr, fiche: fiche)] }
            if let code = RomeCode(trimmed), row(of: code) != nil { return [PasserelleStart(appellation: nil, fiche: code)] }
            throw .unknownSource(text)
        }
        var seen = Set<RomeCode>(), starts: [PasserelleStart] = []
        for ogr in person.experienceAppellations {
            if let fiche = fiche(ofAppellation: ogr), seen.insert(fiche).inserted { starts.append(PasserelleStart(appellation: ogr, fiche: fiche)) }
        }
        guard !starts.isEmpty else { throw .noExperience }
        return starts
    }
}

extension Passerelle {
    /// Why a passerelle is near: its ROME mobilité and the cœur de métier it shares.
    public func reasons(in language: Language) -> [String] {
        var reasons: [String] = []
        if let mobilitePosition {
            reasons.append(
                language.pick(fr: "mobilité ROME n° \(mobilitePosition) sur \(mobiliteCount)", en: "ROME mobility no. \(mobilitePosition) of \(mobiliteCount)"))
        }
        if !sharedCoeur.isEmpty {
            let names = sharedCoeur.prefix(3).map { "« \($0.label) »" }.joined(separator: ", ")
            reasons.append(
                language.pick(
                    fr: "\(sharedCoeur.count) sur \(targetCoeurCount) éléments de son cœur de métier en commun : \(names)",
                    en: "\(sharedCoeur.count) of its \(targetCoeurCount) core items shared: \(names)"))
        }
        return reasons
    }
}

extension PasserelleStartFailure {
    public func message(in language: Language) -> String {
        switch self {
        case .unknownSource(let text):
            language.pick(
                fr: "« \(text) » n’est ni une appellation ROME (code OGR, comme 16477) ni une fiche du catalogue (comme I1310)",
                en: "“\(text)” is neither a ROME appellation (OGR code, such as 16477) nor a fiche of the catalogue (such as I1310)")
        case .noExperience:
            language.pick(
                fr: "aucune expérience du projet n’est liée à une appellation ROME",
                en: "no experience of the project is linked to a ROME appellation")
        }
    }

    public var failureKind: FailureKind {
        switch self {
        case .unknownSource: .notFound
        case .noExperience: .usage
        }
    }
}
