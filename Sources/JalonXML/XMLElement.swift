internal import CLibXML2

/// An element of a parsed document. Keeps its document alive, so it stays valid as long as it is held.
public struct XMLElement {
    public let document: XMLDocument
    let node: xmlNodePtr

    init(document: XMLDocument, node: xmlNodePtr) {
        self.document = document
        self.node = node
    }

    /// The local name, without prefix.
    public var name: String { String(cString: node.pointee.name) }

    public var namespaceURI: String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// 1-based line of the start tag.
    public var line: Int { Int(xmlGetLineNo(node)) }

    public var location: XMLSourceLocation {
        XMLSourceLocation(sourceName: document.sourceName, line: line)
    }

    /// The value of an attribute that has no namespace, or nil when absent.
    public func attribute(_ name: String) -> String? {
        // An attribute's value is almost always one text node: read it in place.
        if let attribute = xmlHasNsProp(node, name, nil), attribute.pointee.type == XML_ATTRIBUTE_NODE {
            guard let first = attribute.pointee.children else { return "" }
            if first.pointee.next == nil, first.pointee.type == XML_TEXT_NODE {
                return first.pointee.content.map { String(cString: $0) } ?? ""
            }
        }
        guard let value = xmlGetNoNsProp(node, name) else { return nil }
        defer { jalon_xmlFree(value) }
        return String(cString: value)
    }

    /// Names and values of the attributes without namespace, in document order.
    public var attributes: [(name: String, value: String)] {
        var result: [(String, String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            if current.pointee.ns == nil {
                let name = String(cString: current.pointee.name)
                result.append((name, self.attribute(name) ?? ""))
            }
            attribute = current.pointee.next
        }
        return result
    }

    /// Element children, in document order.
    public var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                result.append(XMLElement(document: document, node: current))
            }
            child = current.pointee.next
        }
        return result
    }

    public func children(named name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    public func firstChild(named name: String) -> XMLElement? {
        firstChild(named: name, namespace: nil, matchingNamespace: false)
    }

    /// Element children with this local name in this namespace (nil: no namespace). Compares the C
    /// strings in place: mapping a large document calls this for every field.
    public func children(named name: String, namespace: String?) -> [XMLElement] {
        var result: [XMLElement] = []
        forEachChild(named: name, namespace: namespace, matchingNamespace: true) {
            result.append($0); return true
        }
        return result
    }

    /// The first element child with this local name in this namespace (nil: no namespace).
    public func firstChild(named name: String, namespace: String?) -> XMLElement? {
        firstChild(named: name, namespace: namespace, matchingNamespace: true)
    }

    private func firstChild(named name: String, namespace: String?, matchingNamespace: Bool) -> XMLElement? {
        var found: XMLElement?
        forEachChild(named: name, namespace: namespace, matchingNamespace: matchingNamespace) {
            found = $0; return false
        }
        return found
    }

    /// Calls `body` for each matching element child until it returns false.
    private func forEachChild(named name: String, namespace: String?, matchingNamespace: Bool, _ body: (XMLElement) -> Bool) {
        name.withCString { wantedName in
            let matchesNamespace: (xmlNodePtr) -> Bool = { candidate in
                guard matchingNamespace else { return true }
                guard let namespace else { return candidate.pointee.ns == nil }
                guard let href = candidate.pointee.ns?.pointee.href else { return false }
                return namespace.withCString { xmlStrEqual(href, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) != 0 }
            }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE,
                    xmlStrEqual(current.pointee.name, UnsafeRawPointer(wantedName).assumingMemoryBound(to: xmlChar.self)) != 0,
                    matchesNamespace(current)
                {
                    if !body(XMLElement(document: document, node: current)) { return }
                }
                child = current.pointee.next
            }
        }
    }

    /// The text of the whole subtree, concatenated.
    public var text: String {
        // The common case, a leaf with one text node, is read in place without libxml2's copy.
        if let only = node.pointee.children, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE {
            return only.pointee.content.map { String(cString: $0) } ?? ""
        }
        if node.pointee.children == nil { return "" }
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { jalon_xmlFree(content) }
        return String(cString: content)
    }

    /// The children serialised as they are (text, comments and elements), each element carrying the
    /// namespace declarations it uses from its ancestors, so the fragment stands on its own.
    public func innerXML() -> String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        var child = node.pointee.children
        while let current = child {
            // A detached deep copy re-declares, on itself, the namespaces it inherited.
            if let copy = xmlDocCopyNode(current, document.pointer, 1) {
                xmlNodeDump(buffer, document.pointer, copy, 0, 0)
                xmlFreeNode(copy)
            }
            child = current.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }
}

extension XMLElement {
    /// The element and its subtree serialised on their own (namespaces used from ancestors declared).
    public func outerXML() -> String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        guard let copy = xmlDocCopyNode(node, document.pointer, 1) else { return "" }
        defer { xmlFreeNode(copy) }
        xmlNodeDump(buffer, document.pointer, copy, 0, 0)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// Sets an attribute without namespace, adding it when absent. Changes the tree in place: use it on
    /// a document you own, such as a `XMLDocument.copy()`, never on one a caller still reads.
    public func setAttribute(_ name: String, to value: String) {
        xmlSetProp(node, name, value)
    }

    /// A new document whose root is a deep copy of this element: how a document embedded in an
    /// envelope is taken out to be validated, fingerprinted and decoded on its own.
    public func detachedDocument(sourceName: String? = nil) -> XMLDocument? {
        guard let newDocument = xmlNewDoc("1.0") else { return nil }
        guard let copy = xmlDocCopyNode(node, newDocument, 1) else {
            xmlFreeDoc(newDocument)
            return nil
        }
        xmlDocSetRootElement(newDocument, copy)
        return XMLDocument(adopting: newDocument, sourceName: sourceName ?? document.sourceName)
    }

    /// Takes the element and its subtree out of its document into a document of its own: what
    /// `detachedDocument` gives (same nodes, lines, namespaces, canonical form), without the deep copy
    /// when the subtree declares its own default namespace and no ancestor declares a prefix (then
    /// every name in it resolves inside it, as in a copy). Otherwise it is copied and the original
    /// removed. Either way the element is no longer in `document` afterwards: read the envelope from
    /// `document` and the subtree from the result, never this `XMLElement` again.
    public func takenOut(sourceName: String? = nil) -> XMLDocument? {
        let name = sourceName ?? document.sourceName
        guard resolvesNamesWithin else {
            let copy = detachedDocument(sourceName: name)
            xmlUnlinkNode(node)
            xmlFreeNode(node)
            return copy
        }
        guard let newDocument = xmlNewDoc("1.0") else { return nil }
        // The names and short texts of the moved nodes live in the parser's dictionary: the new
        // document shares it (counted), so each document frees what is its own and no more.
        if let dictionary = document.pointer.pointee.dict {
            xmlDictReference(dictionary)
            newDocument.pointee.dict = dictionary
        }
        xmlUnlinkNode(node)
        _ = xmlDocSetRootElement(newDocument, node)
        // The moved nodes may still point at the source document's own `xml:` namespace record.
        return XMLDocument(adopting: newDocument, sourceName: name, keepingAlive: document)
    }

    /// A default namespace declared on the element itself, and no prefix declared above it.
    private var resolvesNamesWithin: Bool {
        var declaresDefault = false
        var namespace = node.pointee.nsDef
        while let current = namespace {
            if current.pointee.prefix == nil { declaresDefault = true }
            namespace = current.pointee.next
        }
        guard declaresDefault else { return false }
        var ancestor = node.pointee.parent
        while let current = ancestor, current.pointee.type == XML_ELEMENT_NODE {
            var declared = current.pointee.nsDef
            while let each = declared {
                if each.pointee.prefix != nil { return false }
                declared = each.pointee.next
            }
            ancestor = current.pointee.parent
        }
        return true
    }
}
