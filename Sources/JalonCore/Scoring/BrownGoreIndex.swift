/// Brown & Gore's (1994) C index: C = 3·X₁ + 2·X₂ + X₃, where Xᵢ = 3 − (hexagon distance between the
/// letters at place i): 3 same type, 2 adjacent, 1 alternate, 0 opposite. Identical codes score 18.
/// A place that one of the codes lacks contributes nothing.
enum BrownGoreIndex {
    static let placeWeights = [3, 2, 1]

    static func raw(person: HollandCode, environment: HollandCode) -> Int {
        var total = 0
        for place in 0..<HollandCode.maximumLength {
            guard let mine = person[place], let theirs = environment[place] else { continue }
            total += placeWeights[place] * (3 - mine.hexagonDistance(to: theirs))
        }
        return total
    }
}
