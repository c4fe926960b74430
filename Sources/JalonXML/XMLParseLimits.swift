/// Bounds a caller puts on an untrusted document, checked before libxml2 spends time on it.
public struct XMLParseLimits: Sendable, Equatable {
    /// Largest document accepted, in bytes (never more than `Int32.max`, libxml2's `int`). The tree
    /// libxml2 builds can take ~40 times the bytes (measured: 16 MiB of empty elements, ~560 MB), so
    /// a service parsing untrusted uploads concurrently should set what it can afford.
    public var maxBytes: Int
    /// Deepest element nesting accepted. libxml2 itself stops at 256 without `XML_PARSE_HUGE`
    /// (which Jalon never sets), so a larger value has no effect.
    public var maxDepth: Int
    /// Most attributes (namespace declarations included) on one element. libxml2 2.9 checks duplicate
    /// attributes in quadratic time: 100,000 attributes on one element take ~15 s.
    public var maxAttributesPerElement: Int

    public init(maxBytes: Int = 16 << 20, maxDepth: Int = 256, maxAttributesPerElement: Int = 256) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAttributesPerElement = maxAttributesPerElement
    }

    public static let `default` = XMLParseLimits()
}
