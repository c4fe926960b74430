import JalonCore
import JalonLocale

/// JSON shapes of a métier's explanation, the one shape of `jalon pistes explain --json` and
/// `GET …/pistes/{code}`; field names are part of the CLI's and the API's stable interface. Numbers
/// are rounded to 4 decimals (components, 0…1) or 2 (points), so output is the same on every machine.
public enum Rounded {
    public static func unit(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
    public static func points(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}

public struct ComponentsJSON: Encodable, Sendable {
    /// One part of the total: value (0…1), weight (`MatchingWeights`), points shown (they add up to the total).
    struct Part: Encodable, Sendable { let name: String, value: Double, weight: Double, points: Double, bonus: Bool }

    let interest: Double, centres: Double
    @NullEncoded var congruence: Double?
    let skill: Double, access: Double, mobilite: Double, preference: Double, bonusPoints: Double, excluded: Bool
    /// Job prospects D, only when the person asked for métiers qui recrutent (absent otherwise).
    let debouches: Double?
    let parts: [Part]

    public init(_ score: MatchScore) {
        interest = Rounded.unit(score.interest)
        centres = Rounded.unit(score.centres)
        congruence = score.congruence.map(Rounded.unit)
        skill = Rounded.unit(score.skill)
        access = Rounded.unit(score.access)
        mobilite = Rounded.unit(score.mobilite)
        preference = score.preference
        bonusPoints = Rounded.points(score.bonusPoints)
        excluded = score.isExcluded
        debouches = score.debouches.map(Rounded.unit)
        let shown = score.shownPointTenths
        parts = score.parts.map {
            Part(name: $0.rawValue, value: Rounded.unit(score.value($0)), weight: $0.weight, points: Double(shown[$0]!) / 10, bonus: $0.isBonus)
        }
    }
}

/// The ranks a tie covers.
public struct TieJSON: Encodable, Sendable {
    let first: Int, last: Int
    public init?(_ ranks: ClosedRange<Int>?) {
        guard let ranks else { return nil }
        (first, last) = (ranks.lowerBound, ranks.upperBound)
    }
}

public struct ItemJSON: Encodable, Sendable {
    let ogr: Int, label: String, rubrique: String, coeurDeMetier: Bool, weight: Double, credit: Double
    /// `own`, `family` or null (missing).
    @NullEncoded var source: String?
    @NullEncoded var maitrise: Int?
    @NullEncoded var via: Int?

    public init(_ item: ItemMatch) {
        ogr = item.item.rawValue
        label = item.label
        rubrique = item.rubrique.rawValue
        coeurDeMetier = item.isCoeurDeMetier
        weight = item.weight
        credit = Rounded.unit(item.credit)
        switch item.source {
        case .own(let level): (source, maitrise, via) = ("own", level.rawValue, nil)
        case .family(let other, let level): (source, maitrise, via) = ("family", level.rawValue, other.rawValue)
        case nil: (source, maitrise, via) = (nil, nil, nil)
        }
    }
}

public struct CentreJSON: Encodable, Sendable {
    let code: Int, label: String, principal: Bool, weight: Double
    @NullEncoded var rating: Int?
}

public struct RiasecJSON: Encodable, Sendable {
    let person: String, fiche: String, iachan: Double, brownGore: Double, zenerSchnuelle: Double
    /// Question id → points, for the types both codes share.
    let answers: [String: [String: Int]]
}

public struct LeverJSON: Encodable, Sendable {
    let ogr: Int, label: String, rubrique: String, coeurDeMetier: Bool, target: Int, newTotal: Double, gain: Double
    @NullEncoded var current: Int?

    public init(_ lever: Lever) {
        ogr = lever.item.rawValue
        label = lever.label
        rubrique = lever.rubrique.rawValue
        coeurDeMetier = lever.isCoeurDeMetier
        target = lever.target.rawValue
        newTotal = Rounded.points(lever.newTotal)
        gain = Rounded.points(lever.gain)
        current = lever.current?.rawValue
    }
}

public struct ExplanationJSON: Encodable, Sendable {
    struct Access: Encodable, Sendable {
        @NullEncoded var personLevel: String?
        let certificationLevels: [Int], regulated: Bool, reasons: [String]
    }
    struct Mobilite: Encodable, Sendable {
        let appellation: Int, from: String
        @NullEncoded var position: Int?
        let count: Int
    }

    let code: String, label: String, rank: Int, total: Double, components: ComponentsJSON, pourquoi: String
    @NullEncoded var tie: TieJSON?
    let centres: [CentreJSON]
    @NullEncoded var riasec: RiasecJSON?
    let matchedItems: [ItemJSON], missingItems: [ItemJSON], matchedWeight: Double, totalWeight: Double
    let access: Access
    @NullEncoded var mobilite: Mobilite?
    let retenue: Bool
    let levers: [LeverJSON]
    /// Job prospects of the fiche's family in the person's département (or region, or France).
    @NullEncoded var debouches: MetierTensionSummary?

    public init(_ match: MetierMatch, levers: [Lever], debouches: MetierTensionSummary? = nil, language: Language) {
        code = match.code.rawValue
        label = match.label
        rank = match.rank
        tie = TieJSON(match.tiedRanks)
        total = Double(match.score.shownTotalTenths) / 10
        components = ComponentsJSON(match.score)
        pourquoi = match.reasons(in: language).joined(separator: " · ")
        centres = match.centres.map {
            CentreJSON(code: $0.centre.rawValue, label: $0.label, principal: $0.isPrincipal, weight: $0.weight, rating: $0.rating?.value)
        }
        riasec = match.riasec.map { riasec in
            let value = { (index: CongruenceIndex) in Rounded.unit(riasec.congruences.first { $0.index == index }?.value ?? 0) }
            return RiasecJSON(
                person: riasec.person.description, fiche: riasec.fiche.description, iachan: value(.iachan),
                brownGore: value(.brownGore), zenerSchnuelle: value(.zenerSchnuelle),
                answers: Dictionary(
                    uniqueKeysWithValues: riasec.answers.map { type, answers in
                        (type.rawValue, Dictionary(uniqueKeysWithValues: answers.map { ($0.question.rawValue, $0.points) }))
                    }))
        }
        matchedItems = match.matchedItems.map(ItemJSON.init)
        missingItems = match.missingItems.map(ItemJSON.init)
        matchedWeight = Rounded.unit(match.matchedWeight)
        totalWeight = Rounded.unit(match.totalWeight)
        access = Access(
            personLevel: match.access.personLevel?.token, certificationLevels: match.access.certificationLevels.map(\.rawValue),
            regulated: match.access.isRegulated, reasons: match.access.reasons.map { $0.sentence(in: language) })
        mobilite = match.mobilite.map { Mobilite(appellation: $0.appellation.rawValue, from: $0.from.rawValue, position: $0.position, count: $0.count) }
        retenue = match.isRetenue
        self.levers = levers.map(LeverJSON.init)
        self.debouches = debouches
    }
}
