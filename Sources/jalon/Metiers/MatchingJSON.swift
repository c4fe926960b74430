import JalonCore

/// JSON shapes of the matching commands; field names are part of the CLI's stable interface. Numbers
/// are rounded to 4 decimals (components, 0…1) or 2 (points), so output is the same on every machine.
enum Rounded {
    static func unit(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
    static func points(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}

struct ComponentsJSON: Encodable {
    /// One part of the total: value (0…1), weight (`MatchingWeights`), points shown (they add up to the total).
    struct Part: Encodable { let name: String, value: Double, weight: Double, points: Double, bonus: Bool }

    let interest: Double, centres: Double
    @NullEncoded var congruence: Double?
    let skill: Double, access: Double, mobilite: Double, preference: Double, bonusPoints: Double, excluded: Bool
    let parts: [Part]

    init(_ score: MatchScore) {
        interest = Rounded.unit(score.interest)
        centres = Rounded.unit(score.centres)
        congruence = score.congruence.map(Rounded.unit)
        skill = Rounded.unit(score.skill)
        access = Rounded.unit(score.access)
        mobilite = Rounded.unit(score.mobilite)
        preference = score.preference
        bonusPoints = Rounded.points(score.bonusPoints)
        excluded = score.isExcluded
        let shown = score.shownPointTenths
        parts = MatchScore.Part.allCases.map {
            Part(name: $0.rawValue, value: Rounded.unit(score.value($0)), weight: $0.weight, points: Double(shown[$0]!) / 10, bonus: $0.isBonus)
        }
    }
}

/// The ranks a tie covers.
struct TieJSON: Encodable {
    let first: Int, last: Int
    init?(_ ranks: ClosedRange<Int>?) {
        guard let ranks else { return nil }
        (first, last) = (ranks.lowerBound, ranks.upperBound)
    }
}

struct ItemJSON: Encodable {
    let ogr: Int, label: String, rubrique: String, coeurDeMetier: Bool, weight: Double, credit: Double
    /// `own`, `family` or null (missing).
    @NullEncoded var source: String?
    @NullEncoded var maitrise: Int?
    @NullEncoded var via: Int?

    init(_ item: ItemMatch) {
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

struct CentreJSON: Encodable {
    let code: Int, label: String, principal: Bool, weight: Double
    @NullEncoded var rating: Int?
}

struct RiasecJSON: Encodable {
    let person: String, fiche: String, iachan: Double, brownGore: Double, zenerSchnuelle: Double
    /// Question id → points, for the types both codes share.
    let answers: [String: [String: Int]]
}

struct LeverJSON: Encodable {
    let ogr: Int, label: String, rubrique: String, coeurDeMetier: Bool, target: Int, newTotal: Double, gain: Double
    @NullEncoded var current: Int?

    init(_ lever: Lever) {
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

struct ExplanationJSON: Encodable {
    struct Access: Encodable {
        @NullEncoded var personLevel: String?
        let certificationLevels: [Int], regulated: Bool, reasons: [String]
    }
    struct Mobilite: Encodable {
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

    init(_ match: MetierMatch, levers: [Lever], debouches: MetierTensionSummary? = nil) {
        code = match.code.rawValue
        label = match.label
        rank = match.rank
        tie = TieJSON(match.tiedRanks)
        total = Double(match.score.shownTotalTenths) / 10
        components = ComponentsJSON(match.score)
        pourquoi = MatchingText.pourquoi(match)
        centres = match.centres.map { CentreJSON(code: $0.centre.rawValue, label: $0.label, principal: $0.isPrincipal, weight: $0.weight, rating: $0.rating?.value) }
        riasec = match.riasec.map { riasec in
            let value = { (index: CongruenceIndex) in Rounded.unit(riasec.congruences.first { $0.index == index }?.value ?? 0) }
            return RiasecJSON(person: riasec.person.description, fiche: riasec.fiche.description, iachan: value(.iachan),
                              brownGore: value(.brownGore), zenerSchnuelle: value(.zenerSchnuelle),
                              answers: Dictionary(uniqueKeysWithValues: riasec.answers.map { type, answers in
                                  (type.rawValue, Dictionary(uniqueKeysWithValues: answers.map { ($0.question.rawValue, $0.points) }))
                              }))
        }
        matchedItems = match.matchedItems.map(ItemJSON.init)
        missingItems = match.missingItems.map(ItemJSON.init)
        matchedWeight = Rounded.unit(match.matchedWeight)
        totalWeight = Rounded.unit(match.totalWeight)
        access = Access(personLevel: match.access.personLevel?.token, certificationLevels: match.access.certificationLevels.map(\.rawValue),
                        regulated: match.access.isRegulated, reasons: match.access.reasons.map(MatchingText.access))
        mobilite = match.mobilite.map { Mobilite(appellation: $0.appellation.rawValue, from: $0.from.rawValue, position: $0.position, count: $0.count) }
        retenue = match.isRetenue
        self.levers = levers.map(LeverJSON.init)
        self.debouches = debouches
    }
}

struct PasserelleJSON: Encodable {
    let code: String, label: String, proximity: Double
    @NullEncoded var mobilitePosition: Int?
    let mobiliteCount: Int, sharedCoeur: [Shared], targetCoeurCount: Int, reasons: [String]
    struct Shared: Encodable { let ogr: Int, label: String }

    init(_ passerelle: Passerelle) {
        code = passerelle.code.rawValue
        label = passerelle.label
        proximity = Rounded.unit(passerelle.proximity)
        mobilitePosition = passerelle.mobilitePosition
        mobiliteCount = passerelle.mobiliteCount
        sharedCoeur = passerelle.sharedCoeur.map { Shared(ogr: $0.item.rawValue, label: $0.label) }
        targetCoeurCount = passerelle.targetCoeurCount
        reasons = PasserellesText.reasons(passerelle)
    }
}

struct PasserelleSourceJSON: Encodable {
    @NullEncoded var appellation: Int?
    let fiche: String, label: String, passerelles: [PasserelleJSON]
}

struct PasserellesJSON: Encodable {
    let project: String, sources: [PasserelleSourceJSON]
}
