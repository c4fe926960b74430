extension RiasecType {
    /// Steps between two types around Holland's hexagon R-I-A-S-E-C: 0 same type, 1 adjacent,
    /// 2 alternate, 3 opposite. The hexagon wraps (C is adjacent to R), hence the shorter way round.
    public func hexagonDistance(to other: RiasecType) -> Int {
        let steps = abs(hexagonIndex - other.hexagonIndex)
        return min(steps, RiasecType.allCases.count - steps)
    }
}
