import JalonCore
import Testing

/// recall@20 of ROME's own mobilités from skills and access alone (``MobiliteRecall``), over every fiche.
/// Measured 0.237 on main before issue 15 (skills full at a matched weight of 10) and 0.215 after (skills
/// relative to the fiche's own weight); the floor keeps a change of the skills model from losing ground
/// unseen.
@Suite("Validation: ROME mobilités found from skills and access alone")
struct MobiliteRecallTests {
    static let floor = 0.20

    @Test func recallAt20HoldsItsFloor() {
        let result = MobiliteRecall.measure(catalogue: RealCatalogue.catalogue, index: RealCatalogue.index)
        print("recall@20 over \(result.fiches) fiches: \(result.recall)")
        #expect(result.fiches == 1_584)
        #expect(result.recall >= Self.floor, "recall@20 = \(result.recall)")
    }
}
