/// A fiche reachable from another (ROME's `rubrique mobilité`), in ROME's order.
public struct Mobilite: Sendable, Equatable {
    public let target: RomeCode
    public let order: Int

    public init(target: RomeCode, order: Int) {
        self.target = target
        self.order = order
    }
}
