import JalonCore
import Testing

@Suite("Validation: ROME mobilités found from skills and access alone")
struct MobiliteRecallTests {
    @Test func recallAt20() {
        let result = MobiliteRecall.measure(catalogue: RealCatalogue.catalogue, index: RealCatalogue.index)
        print("recall@20 over \(result.fiches) fiches: \(result.recall)")
        #expect(result.fiches > 1_000)
        #expect(result.recall >= 0.0)
    }
}
