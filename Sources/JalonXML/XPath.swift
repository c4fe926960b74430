internal import CLibXML2

extension XMLDocument {
    /// The elements an XPath 1.0 expression selects, in document order. `namespaces` maps the
    /// prefixes the expression uses to namespace URIs.
    public func select(_ expression: String, namespaces: [String: String] = [:]) throws(XMLError) -> [XMLElement] {
        try evaluate(expression, namespaces: namespaces) { object in
            guard let nodes = object.pointee.nodesetval else { return [] }
            var elements: [XMLElement] = []
            for index in 0..<Int(nodes.pointee.nodeNr) {
                if let node = nodes.pointee.nodeTab[index], node.pointee.type == XML_ELEMENT_NODE {
                    elements.append(XMLElement(document: self, node: node))
                }
            }
            return elements
        }
    }

    /// The string value of an XPath 1.0 expression (`count(//x)`, `string(/a/@b)` …).
    public func string(_ expression: String, namespaces: [String: String] = [:]) throws(XMLError) -> String {
        try evaluate(expression, namespaces: namespaces) { object in
            guard let value = xmlXPathCastToString(object) else { return "" }
            defer { jalon_xmlFree(value) }
            return String(cString: value)
        }
    }

    private func evaluate<Result>(
        _ expression: String, namespaces: [String: String],
        _ read: (xmlXPathObjectPtr) -> Result
    ) throws(XMLError) -> Result {
        guard let context = xmlXPathNewContext(pointer) else {
            throw XMLError(.xpath(expression: expression), at: XMLSourceLocation(sourceName: sourceName), detail: "out of memory")
        }
        defer { xmlXPathFreeContext(context) }
        let collector = LibXML2DiagnosticCollector(sourceName: sourceName)
        context.pointee.userData = collector.opaque
        context.pointee.error = { opaque, error in
            LibXML2DiagnosticCollector.from(opaque)?.record(LibXML2ErrorSnapshot(UnsafePointer(error)))
        }
        for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
            xmlXPathRegisterNs(context, prefix, uri)
        }
        let object = withExtendedLifetime(collector) { xmlXPathEvalExpression(expression, context) }
        guard let object else {
            throw XMLError(
                .xpath(expression: expression), at: XMLSourceLocation(sourceName: sourceName),
                detail: collector.diagnostics.first?.message ?? "")
        }
        defer { xmlXPathFreeObject(object) }
        return read(object)
    }
}
