import Foundation

/// `value` with `digits` decimals.
public func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

extension String {
    public func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
    public func rightPadded(_ width: Int) -> String { padding(toLength: max(width, count), withPad: " ", startingAt: 0) }
}
