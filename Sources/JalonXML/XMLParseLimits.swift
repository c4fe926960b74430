/// Bounds a caller puts on an untrusted document, checked before libxml2 spends time on it.
public struct XMLParseLimits: Sendable, Equatable {
    /// Largest document accepted, in bytes (never more than `Int32.max`, libxml2's `int`). The tree
    /// libxml2 builds can take ~40 times the bytes (measured: 16 MiB of empty elements, ~560 MB), so
    /// a service parsing untrusted uploads concurrently should set what it can afford.
    public var maxBytes: Int
    /// Deepest element nesting accepted. libxml2 itself refuses more than 257 levels without
    /// `XML_PARSE_HUGE` (which Jalon never sets), so a larger value only leaves the refusal to it.
    public var maxDepth: Int
    /// Most attributes (namespace declarations included) on one element. libxml2 2.9 checks duplicate
    /// attributes in quadratic time: 100,000 attributes on one element take ~15 s.
    public var maxAttributesPerElement: Int
    /// Most namespace declarations in scope at once (on an element and its ancestors, redeclarations
    /// included). libxml2 2.9 resolves every prefix by a linear search of that stack: 63,000
    /// declarations in scope and 1.5 million prefixed attributes, 16 MiB in all, kept it busy for
    /// minutes. Real documents declare a few (an ODF file, about 35).
    public var maxNamespacesInScope: Int

    public init(
        maxBytes: Int = 16 << 20, maxDepth: Int = 256, maxAttributesPerElement: Int = 256,
        maxNamespacesInScope: Int = 128
    ) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAttributesPerElement = maxAttributesPerElement
        self.maxNamespacesInScope = maxNamespacesInScope
    }

    public static let `default` = XMLParseLimits()
}
