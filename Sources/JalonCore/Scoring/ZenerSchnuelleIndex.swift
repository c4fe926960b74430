/// Zener & Schnuelle's (1976) index, an ordinal scale read from the top; the first rule that holds
/// gives the value:
///
/// 6. the three letters agree, in the same order;
/// 5. the first two letters agree, in the same order;
/// 4. the three letters agree, in any order;
/// 3. the first letters agree;
/// 2. the first two letters agree, in any order;
/// 1. the person's first letter is among the environment's letters;
/// 0. none of these.
enum ZenerSchnuelleIndex {
    static func raw(person p: HollandCode, environment e: HollandCode) -> Int {
        // A missing place (nil) never agrees with anything, so short codes fall through the rules
        // that need letters they do not have.
        func agree(_ i: Int, _ j: Int) -> Bool { p[i] != nil && p[i] == e[j] }
        func sameSet(_ length: Int) -> Bool {
            p.count >= length && e.count >= length && Set(p.letters.prefix(length)) == Set(e.letters.prefix(length))
        }
        if agree(0, 0), agree(1, 1), agree(2, 2) { return 6 }
        if agree(0, 0), agree(1, 1) { return 5 }
        if sameSet(3) { return 4 }
        if agree(0, 0) { return 3 }
        if sameSet(2) { return 2 }
        if let first = p[0], e.letters.contains(first) { return 1 }
        return 0
    }
}
