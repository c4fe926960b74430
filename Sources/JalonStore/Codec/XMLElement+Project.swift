import Foundation
import JalonXML

/// Reading helpers for project elements: children are matched by local name *and* the project
/// namespace, and every failure becomes a `ProjectDecodingError` naming this element and its line.
extension XMLElement {
    func failure(_ reason: ProjectDecodingError.Reason) -> ProjectDecodingError {
        ProjectDecodingError(reason, element: name, at: location)
    }

    func elements(_ childName: String) -> [XMLElement] {
        children(named: childName, namespace: ProjectCodec.namespace)
    }

    func element(_ childName: String) -> XMLElement? {
        firstChild(named: childName, namespace: ProjectCodec.namespace)
    }

    func requiredElement(_ childName: String) throws(ProjectDecodingError) -> XMLElement {
        guard let child = element(childName) else { throw failure(.missingElement(childName)) }
        return child
    }

    /// The items of an optional container: `<centres><centre/>…</centres>` → the `centre` elements,
    /// or none when the container is absent.
    func items(_ container: String, _ itemName: String) -> [XMLElement] {
        element(container)?.elements(itemName) ?? []
    }

    /// The text of an optional child element; an empty element reads as nil, as the writer omits nil.
    func optionalText(_ childName: String) -> String? {
        element(childName).map(\.text).flatMap { $0.isEmpty ? nil : $0 }
    }

    func requiredText(_ childName: String) throws(ProjectDecodingError) -> String {
        try requiredElement(childName).text
    }

    func requiredAttribute(_ attributeName: String) throws(ProjectDecodingError) -> String {
        guard let value = attribute(attributeName) else { throw failure(.missingAttribute(attributeName)) }
        return value
    }

    /// Parses this element's text as `kind`. Surrounding white space is ignored, as the schema's
    /// numeric and date types collapse it.
    func value<T>(as kind: ProjectDecodingError.ValueKind, _ parse: (String) -> T?) throws(ProjectDecodingError) -> T {
        let raw = text
        guard let value = parse(raw.trimmingXMLWhitespace()) else {
            throw failure(.invalidValue(raw, attribute: nil, expected: kind))
        }
        return value
    }

    /// Parses an optional child's text as `kind`; nil when the child is absent.
    func value<T>(of childName: String, as kind: ProjectDecodingError.ValueKind, _ parse: (String) -> T?) throws(ProjectDecodingError) -> T? {
        guard let child = element(childName) else { return nil }
        return try child.value(as: kind, parse)
    }

    func requiredValue<T>(of childName: String, as kind: ProjectDecodingError.ValueKind, _ parse: (String) -> T?) throws(ProjectDecodingError) -> T {
        try requiredElement(childName).value(as: kind, parse)
    }

    /// Parses an optional attribute as `kind`; nil when absent.
    func attribute<T>(_ attributeName: String, as kind: ProjectDecodingError.ValueKind, _ parse: (String) -> T?) throws(ProjectDecodingError) -> T? {
        guard let raw = attribute(attributeName) else { return nil }
        guard let value = parse(raw.trimmingXMLWhitespace()) else {
            throw failure(.invalidValue(raw, attribute: attributeName, expected: kind))
        }
        return value
    }

    func requiredAttribute<T>(_ attributeName: String, as kind: ProjectDecodingError.ValueKind, _ parse: (String) -> T?) throws(ProjectDecodingError) -> T {
        guard let value = try attribute(attributeName, as: kind, parse) else {
            throw failure(.missingAttribute(attributeName))
        }
        return value
    }

    /// Parses a required attribute as one of an enumeration's tokens (its raw values).
    /// The list of tokens is only made for the error: decoding reads thousands of tokens per project.
    func requiredToken<T: RawRepresentable & CaseIterable>(_ attributeName: String, _: T.Type) throws(ProjectDecodingError) -> T where T.RawValue == String {
        guard let raw = attribute(attributeName) else { throw failure(.missingAttribute(attributeName)) }
        guard let value = T(rawValue: raw.trimmingXMLWhitespace()) else {
            throw failure(.invalidValue(raw, attribute: attributeName, expected: .token(T.allCases.map(\.rawValue))))
        }
        return value
    }
}
