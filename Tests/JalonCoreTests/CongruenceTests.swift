import JalonCore
import Testing

private func code(_ text: String) -> HollandCode { HollandCode(text)! }

/// A published worked example: a person code against an environment code, with the index values
/// the source prints.
struct PublishedCongruence: CustomTestStringConvertible, Sendable {
    let person: String
    let brownGore: Int
    let iachan: Int
    var testDescription: String { "\(person) vs RIA" }
}

@Suite("Congruence indices")
struct CongruenceTests {
    /// Hartmann, F. G., Heine, J.-H. & Ertl, B. (2021). Concepts and coefficients based on John L.
    /// Holland's theory of vocational choice — examining the R package holland. *Psych*, 3(4),
    /// 728–750, https://doi.org/10.3390/psych3040047, Table 2: twenty person codes against the
    /// environment code RIA, with Brown & Gore's C and Iachan's M as published there.
    static let hartmannTable2: [PublishedCongruence] = [
        ("RIA", 18, 28), ("RIS", 17, 27), ("RIE", 16, 27), ("RIC", 15, 27),
        ("RAS", 15, 24), ("RAE", 14, 24), ("RAC", 13, 24),
        ("RSE", 12, 22), ("RSC", 11, 22), ("REC", 9, 22),
        ("IAS", 12, 12), ("IAE", 11, 12), ("IAC", 10, 12),
        ("ISE", 9, 10), ("ISC", 8, 10), ("IEC", 6, 10),
        ("ASE", 6, 4), ("ASC", 5, 4), ("AEC", 3, 4),
        ("SEC", 0, 0)
    ].map { PublishedCongruence(person: $0.0, brownGore: $0.1, iachan: $0.2) }

    @Test(arguments: hartmannTable2)
    func brownGoreMatchesHartmannTable2(_ row: PublishedCongruence) {
        #expect(CongruenceIndex.brownGore.raw(person: code(row.person), environment: code("RIA")) == row.brownGore)
    }

    @Test(arguments: hartmannTable2)
    func iachanMatchesHartmannTable2(_ row: PublishedCongruence) {
        #expect(CongruenceIndex.iachan.raw(person: code(row.person), environment: code("RIA")) == row.iachan)
    }

    /// Iachan, R. (1990). Some extensions of the Iachan congruence index. *JVB*, 36, 176–180, worked
    /// example of a tied code: m = 2·W(1,2) + W(3,3) = 21 for SEI against ESI, and 2·W(1,2) = 20
    /// for SEI against ESA (their mean, 20.5, is the index of the tied code). The copy consulted pairs
    /// the codes ambiguously; W(3,3) can only count when the third letters agree, hence ESI → 21.
    @Test func iachan1990WorkedExample() {
        #expect(CongruenceIndex.iachan.raw(person: code("SEI"), environment: code("ESI")) == 21)
        #expect(CongruenceIndex.iachan.raw(person: code("SEI"), environment: code("ESA")) == 20)
    }

    /// The examples of the R package holland's `con_zs_holland` (Heine): RIA against SEC is the
    /// greatest difference (0), RIA against RIA the greatest similarity (6).
    @Test func zenerSchnuellePackageExamples() {
        #expect(CongruenceIndex.zenerSchnuelle.raw(person: code("RIA"), environment: code("SEC")) == 0)
        #expect(CongruenceIndex.zenerSchnuelle.raw(person: code("RIA"), environment: code("RIA")) == 6)
    }

    /// One hand-made case per rule of the scale, person RIA, each the first rule that holds. RSI and
    /// RAS are where the holland package's lookup table says 2 and 0: the first letters agree, so
    /// rule 3 holds (see the CongruenceIndices article).
    @Test(arguments: [
        ("RIA", 6), ("RIS", 5), ("IAR", 4), ("RAI", 4), ("RSE", 3), ("RSI", 3), ("RAS", 3),
        ("IRS", 2), ("SRE", 1), ("SEA", 0), ("SEC", 0)
    ])
    func zenerSchnuelleRules(_ environment: String, _ expected: Int) {
        #expect(CongruenceIndex.zenerSchnuelle.raw(person: code("RIA"), environment: code(environment)) == expected)
    }

    @Test func hexagonDistances() {
        #expect(RiasecType.realiste.hexagonDistance(to: .realiste) == 0)
        #expect(RiasecType.realiste.hexagonDistance(to: .conventionnel) == 1)
        #expect(RiasecType.realiste.hexagonDistance(to: .artistique) == 2)
        #expect(RiasecType.realiste.hexagonDistance(to: .social) == 3)
        #expect(RiasecType.investigateur.hexagonDistance(to: .entreprenant) == 3)
        #expect(RiasecType.conventionnel.hexagonDistance(to: .investigateur) == 2)
    }

    @Test(arguments: CongruenceIndex.allCases)
    func identicalCodesScoreOne(_ index: CongruenceIndex) {
        for text in ["RIA", "SEC", "S", "SA", "CR"] {
            #expect(index.congruence(person: code(text), environment: code(text)).value == 1)
        }
        #expect(index.maximum(against: code("RIA")) == [CongruenceIndex.iachan: 28, .brownGore: 18, .zenerSchnuelle: 6][index])
    }

    /// Opposite corners of the hexagon, letter by letter: nothing agrees.
    @Test(arguments: CongruenceIndex.allCases)
    func oppositeCodesScoreZero(_ index: CongruenceIndex) {
        #expect(index.congruence(person: code("RIA"), environment: code("SEC")).value == 0)
        #expect(index.congruence(person: code("RIA"), environment: code("S")).value == 0)
        #expect(index.congruence(person: code("IAS"), environment: code("EC")).value == 0)
    }

    /// ROME's one-letter codes: the person's three letters against the fiche's major type, divided
    /// by the best score reachable against one letter (22, 9, 3).
    @Test func oneLetterRomeCode() {
        let fiche = HollandCode(major: .social, minor: nil)
        #expect(CongruenceIndex.iachan.maximum(against: fiche) == 22)
        #expect(CongruenceIndex.brownGore.maximum(against: fiche) == 9)
        #expect(CongruenceIndex.zenerSchnuelle.maximum(against: fiche) == 3)
        // S first: full agreement on what the fiche says.
        for index in CongruenceIndex.allCases { #expect(index.congruence(person: code("SAE"), environment: fiche).value == 1) }
        // S second: Iachan W(2,1) = 10; C: A is adjacent to S, 3·2 = 6; Z–S: the first letter A is not the fiche's.
        #expect(CongruenceIndex.iachan.raw(person: code("ASE"), environment: fiche) == 10)
        #expect(CongruenceIndex.brownGore.raw(person: code("ASE"), environment: fiche) == 6)
        #expect(CongruenceIndex.zenerSchnuelle.raw(person: code("ASE"), environment: fiche) == 0)
        // S third: Iachan W(3,1) = 4; C: E is adjacent to S, 6.
        #expect(CongruenceIndex.iachan.raw(person: code("EAS"), environment: fiche) == 4)
        #expect(CongruenceIndex.brownGore.raw(person: code("EAS"), environment: fiche) == 6)
    }

    /// ROME's two-letter codes (major, minor): maxima 22 + 5 = 27, 9 + 6 = 15 and 5.
    @Test func twoLetterRomeCode() {
        let fiche = HollandCode(major: .social, minor: .artistique)
        #expect(fiche.description == "SA")
        #expect(CongruenceIndex.iachan.maximum(against: fiche) == 27)
        #expect(CongruenceIndex.brownGore.maximum(against: fiche) == 15)
        #expect(CongruenceIndex.zenerSchnuelle.maximum(against: fiche) == 5)
        // Swapped: Iachan W(1,2) + W(2,1) = 20; C: 3·2 + 2·2 = 10; Z–S rule 2 (first two, any order).
        #expect(CongruenceIndex.iachan.raw(person: code("ASE"), environment: fiche) == 20)
        #expect(CongruenceIndex.brownGore.raw(person: code("ASE"), environment: fiche) == 10)
        #expect(CongruenceIndex.zenerSchnuelle.raw(person: code("ASE"), environment: fiche) == 2)
        let iachan = CongruenceIndex.iachan.congruence(person: code("ASE"), environment: fiche)
        #expect(iachan.raw == 20 && iachan.maximum == 27)
    }

    @Test func romeCodeDropsARepeatedMinor() {
        #expect(HollandCode(major: .social, minor: .social).description == "S")
    }

    @Test func codesAreOneToThreeDistinctLetters() {
        #expect(HollandCode("") == nil)
        #expect(HollandCode("RIAS") == nil)
        #expect(HollandCode("RR") == nil)
        #expect(HollandCode("RX") == nil)
        #expect(HollandCode("sae") == nil)
        #expect(HollandCode("SAE")?.letters == [.social, .artistique, .entreprenant])
    }

    /// Every person code of one to three letters against every environment code of one to three
    /// letters (156 × 156 pairs): each index stays within 0…maximum, so every value is in 0…1.
    @Test(arguments: CongruenceIndex.allCases)
    func everyPairIsWithinBounds(_ index: CongruenceIndex) {
        for person in Self.allCodes {
            for environment in Self.allCodes {
                let congruence = index.congruence(person: person, environment: environment)
                #expect(congruence.raw >= 0 && congruence.raw <= congruence.maximum, "\(person) vs \(environment)")
                #expect((0...1).contains(congruence.value))
            }
        }
    }

    static let allCodes: [HollandCode] = {
        let types = RiasecType.allCases
        var codes = types.map { HollandCode([$0])! }
        for a in types { for b in types where b != a { codes.append(HollandCode([a, b])!) } }
        for a in types { for b in types where b != a { for c in types where c != a && c != b { codes.append(HollandCode([a, b, c])!) } } }
        return codes
    }()
}
