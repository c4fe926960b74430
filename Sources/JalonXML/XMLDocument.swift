internal import CLibXML2
import Crypto
import Foundation

/// A parsed XML document. Owns its libxml2 tree and frees it when the last reference goes.
///
/// Parsing is hardened for untrusted input: no network, no entity expansion, no DTD loading, no
/// XInclude, every external entity refused, any DOCTYPE refused, only ASCII-compatible encodings,
/// namespace well-formedness required, and `XMLParseLimits` checked first.
public final class XMLDocument {
    let pointer: xmlDocPtr
    /// The name given at parse time (a path or a label); used in every location Jalon reports.
    public let sourceName: String

    /// Options for documents Jalon did not write. Never NOENT, DTDLOAD, DTDATTR, HUGE or XINCLUDE.
    /// COMPACT (as `xmllint` sets by default) keeps text nodes shorter than two pointers — the
    /// indentation between elements — inside the node instead of a separate allocation: ~10 % of a
    /// parse and of the free; libxml2's own edits and frees know such nodes.
    static let hardenedOptions: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue
            | XML_PARSE_COMPACT.rawValue)

    /// Parses `bytes` (read the file yourself). Throws `XMLError` naming the place and the reason.
    public init(bytes: [UInt8], sourceName: String, limits: XMLParseLimits = .default) throws(XMLError) {
        self.sourceName = sourceName
        source = nil
        pointer = try bytes.withUnsafeBufferPointer { (buffer) throws(XMLError) -> xmlDocPtr in
            try Self.parse(buffer, sourceName: sourceName, limits: limits)
        }
    }

    public convenience init(data: Data, sourceName: String, limits: XMLParseLimits = .default) throws(XMLError) {
        try self.init(bytes: [UInt8](data), sourceName: sourceName, limits: limits)
    }

    /// A document whose nodes came from another one (`XMLElement.takenOut`) and may still point
    /// into it: that one is kept until this one is freed.
    private let source: XMLDocument?

    /// Adopts a tree built by libxml2 elsewhere in this module.
    init(adopting pointer: xmlDocPtr, sourceName: String, keepingAlive source: XMLDocument? = nil) {
        self.pointer = pointer
        self.sourceName = sourceName
        self.source = source
    }

    /// Only for tests: libxml2 and the checks on its result without the prescan, to prove that this
    /// second layer holds on its own (a DOCTYPE the prescan did not see is still refused).
    init(skippingPrescan bytes: [UInt8], sourceName: String) throws(XMLError) {
        self.sourceName = sourceName
        source = nil
        pointer = try bytes.withUnsafeBufferPointer { (buffer) throws(XMLError) -> xmlDocPtr in
            try Self.parseWithLibXML2(buffer, sourceName: sourceName)
        }
    }

    deinit { xmlFreeDoc(pointer) }

    private static func parse(_ buffer: UnsafeBufferPointer<UInt8>, sourceName: String, limits: XMLParseLimits) throws(XMLError) -> xmlDocPtr {
        try XMLPrescan(limits: limits, sourceName: sourceName).check(buffer)
        return try parseWithLibXML2(buffer, sourceName: sourceName)
    }

    private static func parseWithLibXML2(_ buffer: UnsafeBufferPointer<UInt8>, sourceName: String) throws(XMLError) -> xmlDocPtr {
        guard let base = buffer.baseAddress, !buffer.isEmpty else {
            throw XMLError(.notWellFormed, at: XMLSourceLocation(sourceName: sourceName, line: 1, column: 1), detail: "Document is empty")
        }
        LibXML2Runtime.prepare()
        guard let context = xmlNewParserCtxt() else {
            throw XMLError(.notWellFormed, at: XMLSourceLocation(sourceName: sourceName), detail: "out of memory")
        }
        defer { xmlFreeParserCtxt(context) }
        // NOERROR does not silence every report: past its 10 MB text cap, or for a duplicate `xml:id`,
        // libxml2 2.9 writes through the context's validity channel, on stderr, with a slice of the
        // document. The thread's structured handler takes precedence, and keeps nothing here: the
        // context's last error, which is what Jalon reports, is recorded either way.
        let (document, _) = LibXML2Runtime.collectingContextlessErrors(sourceName: sourceName, limit: 0) {
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                // The prescan caps the size at Int32.max, so this conversion cannot trap. No URL: Jalon
                // locates errors with `sourceName` itself, and for a tree with a URL libxml2 2.9 walks
                // back over every preceding sibling on each error it raises (looking for an XInclude
                // start): 50,000 schema violations took 78 s instead of 0.6 s; 2 million, over a day.
                xmlCtxtReadMemory(context, chars, Int32(clamping: buffer.count), nil, nil, hardenedOptions)
            }
        }
        // nsWellFormed too: libxml2 reports an undeclared prefix or a duplicate expanded attribute name
        // as a namespace error only, and would otherwise hand over `<p:a/>` as an element without namespace.
        guard let document, context.pointee.wellFormed != 0, context.pointee.nsWellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            let snapshot = LibXML2ErrorSnapshot(UnsafePointer(xmlCtxtGetLastError(context)))
            throw XMLError(
                .notWellFormed,
                at: XMLSourceLocation(sourceName: sourceName, line: snapshot?.line ?? 0, column: snapshot?.column ?? 0),
                detail: snapshot?.message ?? "")
        }
        // Belt and braces: the prescan refuses `<!DOCTYPE`, and a tree with a DTD must never get out.
        if document.pointee.intSubset != nil || document.pointee.extSubset != nil {
            xmlFreeDoc(document)
            throw XMLError(.doctypeForbidden, at: XMLSourceLocation(sourceName: sourceName))
        }
        return document
    }

    /// The document element.
    public var root: XMLElement? {
        xmlDocGetRootElement(pointer).map { XMLElement(document: self, node: $0) }
    }

    /// A deep copy of the whole document, comments outside the root included: what a migration edits,
    /// so the document it was handed stays as it was. Nil only when libxml2 runs out of memory.
    public func copy() -> XMLDocument? {
        guard let copy = xmlCopyDoc(pointer, 1) else { return nil }
        return XMLDocument(adopting: copy, sourceName: sourceName)
    }

    /// libxml2's serialisation, UTF-8, indented. Deterministic for the same tree.
    public func serialized() -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(pointer, &memory, &size, "UTF-8", 1)
        guard let memory else { return [] }
        defer { jalon_xmlFree(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }

    /// Canonical XML 1.0 (C14N, without comments): the same bytes for documents that differ only in
    /// attribute order, quoting, namespace declaration placement or empty-element syntax. Throws
    /// `.canonicalization` with libxml2's reason for a document C14N cannot take (a relative
    /// namespace URI such as `xmlns="projet"`), or that would take it too long (see
    /// `canonicalizationBudget`).
    public func canonicalBytes() throws(XMLError) -> [UInt8] {
        try checkCanonicalizationCost()
        var memory: UnsafeMutablePointer<xmlChar>?
        let (size, diagnostics) = LibXML2Runtime.collectingContextlessErrors(sourceName: sourceName, limit: 8) {
            xmlC14NDocDumpMemory(pointer, nil, numericCast(XML_C14N_1_0.rawValue), nil, 0, &memory)
        }
        guard size >= 0, let memory else {
            if let memory { jalon_xmlFree(memory) }
            // Most often a relative namespace URI (`xmlns="projet"`), which C14N 1.0 forbids.
            throw XMLError(
                .canonicalization, at: XMLSourceLocation(sourceName: sourceName),
                detail: diagnostics.first?.message ?? "")
        }
        defer { jalon_xmlFree(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }

    /// SHA-256 of the canonical form, as 64 lower-case hex digits: the same as hashing
    /// `canonicalBytes()`, but the canonical form goes straight from libxml2's writer into the hash,
    /// never held whole in memory.
    public func fingerprint() throws(XMLError) -> String {
        try checkCanonicalizationCost()
        let sink = CanonicalHashSink()
        let (written, diagnostics) = LibXML2Runtime.collectingContextlessErrors(sourceName: sourceName, limit: 8) { () -> Int32 in
            guard
                let output = xmlOutputBufferCreateIO(
                    { context, bytes, count in
                        guard let context, let bytes, count >= 0 else { return -1 }
                        Unmanaged<CanonicalHashSink>.fromOpaque(context).takeUnretainedValue()
                            .update(UnsafeRawBufferPointer(start: bytes, count: Int(count)))
                        return count
                    }, nil, Unmanaged.passUnretained(sink).toOpaque(), nil)
            else { return -1 }
            let executed = xmlC14NExecute(pointer, nil, nil, numericCast(XML_C14N_1_0.rawValue), nil, 0, output)
            let closed = xmlOutputBufferClose(output)
            return executed < 0 ? executed : closed
        }
        guard written >= 0 else {
            throw XMLError(.canonicalization, at: XMLSourceLocation(sourceName: sourceName), detail: diagnostics.first?.message ?? "")
        }
        return withExtendedLifetime(sink) { sink.hexDigest() }
    }

    private func checkCanonicalizationCost() throws(XMLError) {
        if canonicalizationCost(stoppingAbove: Self.canonicalizationBudget) > Self.canonicalizationBudget {
            throw XMLError(
                .canonicalization, at: XMLSourceLocation(sourceName: sourceName),
                detail: "too many namespace declarations in scope for so many elements and levels")
        }
    }

    /// libxml2 2.9's C14N spends on each element time proportional to k × (d + k), k the namespace
    /// declarations in scope and d the depth (measured: ~2 ns a unit). A document within the parse
    /// limits — 128 declarations at the root, 254 levels, 4 million empty elements — would take
    /// minutes; one of Jalon's, a few thousand units an element. About 2 s of work at most.
    static let canonicalizationBudget = 1_000_000_000

    /// The sum of k × (d + k) + d over the elements, walked without recursion; stops once past `budget`.
    func canonicalizationCost(stoppingAbove budget: Int) -> Int {
        func firstElement(from start: xmlNodePtr?) -> xmlNodePtr? {
            var node = start
            while let current = node, current.pointee.type != XML_ELEMENT_NODE { node = current.pointee.next }
            return node
        }
        func declarations(on element: xmlNodePtr) -> Int {
            var count = 0
            var namespace = element.pointee.nsDef
            while let current = namespace {
                count += 1
                namespace = current.pointee.next
            }
            return count
        }
        var cost = 0
        // Declarations in scope at each open ancestor of `node`, the root's first.
        var scopes: [Int] = []
        var node = firstElement(from: xmlDocGetRootElement(pointer))
        while let element = node {
            let inScope = (scopes.last ?? 0) + declarations(on: element)
            let depth = scopes.count + 1
            cost += inScope * (depth + inScope) + depth
            if cost > budget { return cost }
            if let child = firstElement(from: element.pointee.children) {
                scopes.append(inScope)
                node = child
                continue
            }
            // No child: the next sibling, or the next sibling of the nearest ancestor that has one.
            node = nil
            var climbing: xmlNodePtr? = element
            while let current = climbing {
                if let sibling = firstElement(from: current.pointee.next) {
                    node = sibling
                    break
                }
                guard scopes.popLast() != nil else { break }
                climbing = current.pointee.parent
            }
        }
        return cost
    }
}

/// The fingerprint Jalon prints on dossiers and stores with revisions.
public enum XMLFingerprint {
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

/// Where libxml2's C14N writer sends its output when only the fingerprint is wanted.
private final class CanonicalHashSink {
    private var hasher = SHA256()

    func update(_ bytes: UnsafeRawBufferPointer) { hasher.update(bufferPointer: bytes) }

    func hexDigest() -> String { XMLFingerprint.hex(hasher.finalize()) }
}
