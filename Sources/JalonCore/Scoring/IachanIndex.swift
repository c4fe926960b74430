/// Iachan's (1984) M index: each letter of the person's code found in the environment's code earns
/// the weight of the pair of places where it stands. Weights are Iachan's (1984) table, reprinted in
/// Iachan (1990, JVB 36, p. 177): identical codes score 22 + 5 + 1 = 28, disjoint codes 0.
enum IachanIndex {
    /// `weights[person place][environment place]`, places 0-based.
    static let weights = [
        [22, 10, 4],
        [10, 5, 2],
        [4, 2, 1]
    ]

    static func raw(person: HollandCode, environment: HollandCode) -> Int {
        var total = 0
        for (place, letter) in person.letters.enumerated() {
            if let other = environment.letters.firstIndex(of: letter) { total += weights[place][other] }
        }
        return total
    }
}
