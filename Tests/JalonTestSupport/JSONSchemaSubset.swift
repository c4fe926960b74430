import Foundation

/// A JSON value, decoded strictly enough to tell `true` from `1` (JSONSerialization cannot on Linux).
public indirect enum JSONValue: Decodable, Equatable, Sendable {
    case null, bool(Bool), integer(Int), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public static func parse(_ bytes: [UInt8]) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: Data(bytes)) }
}

/// The part of JSON Schema 2020-12 that Jalon's schemas (`Resources/Schemas/*.schema.json`) use,
/// checked in Swift so the tests need no Python. A keyword outside this subset is itself reported, so
/// a schema cannot grow a rule this check would silently skip. A `$ref` to another file
/// (`dossier-1.0.schema.json#/$defs/suggestion`) is read from the schema's own folder.
public struct JSONSchemaSubset: Sendable {
    let root: JSONValue
    /// The folder of the schema file, for references to its siblings; nil: local references only.
    let folder: URL?

    public init(root: JSONValue, folder: URL? = nil) {
        self.root = root
        self.folder = folder
    }

    /// One of the project's schemas, `Resources/Schemas/<name>`.
    public static func project(_ name: String, sourceFile: String = #filePath) throws -> JSONSchemaSubset {
        let root = URL(fileURLWithPath: sourceFile).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try JSONSchemaSubset(contentsOf: root.appendingPathComponent("Resources/Schemas/" + name))
    }

    /// The schema in `file`, its sibling files reachable by `$ref`.
    public init(contentsOf file: URL) throws {
        self.init(root: try JSONValue.parse(Array(try Data(contentsOf: file))), folder: file.deletingLastPathComponent())
    }
    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]
    static let keywords: Set<String> = [
        "$ref", "type", "properties", "required", "additionalProperties", "items", "enum",
        "const", "pattern", "minimum", "maximum", "minItems", "maxItems", "uniqueItems"
    ]

    /// Every violation, as `path: what`.
    public func violations(of value: JSONValue) -> [String] {
        var found: [String] = []
        check(value, against: root, at: "$", into: &found)
        return found
    }

    /// The schema a reference names, with the schema file it is in (for its own local references).
    private func resolve(_ reference: String) -> (owner: JSONSchemaSubset, node: JSONValue)? {
        var owner = self, pointer = Substring(reference)
        if let hash = reference.firstIndex(of: "#"), hash != reference.startIndex {
            guard let folder, let data = try? Data(contentsOf: folder.appendingPathComponent(String(reference[..<hash]))),
                let other = try? JSONValue.parse(Array(data))
            else { return nil }
            (owner, pointer) = (JSONSchemaSubset(root: other, folder: folder), reference[hash...])
        }
        guard pointer.hasPrefix("#/") else { return nil }
        var node = owner.root
        for part in pointer.dropFirst(2).split(separator: "/") {
            guard case .object(let members) = node, let next = members[String(part)] else { return nil }
            node = next
        }
        return (owner, node)
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, into found: inout [String]) {
        guard case .object(let rules) = schema else { return found.append("\(path): schema is not an object") }
        for key in rules.keys where !Self.keywords.contains(key) && !Self.annotations.contains(key) {
            found.append("\(path): keyword \(key) not supported by this check")
        }
        if case .string(let reference)? = rules["$ref"] {
            guard let (owner, target) = resolve(reference) else { return found.append("\(path): unresolved \(reference)") }
            owner.check(value, against: target, at: path, into: &found)
        }
        if case .string(let type)? = rules["type"], !Self.value(value, hasType: type) {
            found.append("\(path): expected \(type), found \(value)")
            return
        }
        if let constant = rules["const"], constant != value { found.append("\(path): expected \(constant), found \(value)") }
        if case .array(let allowed)? = rules["enum"], !allowed.contains(value) { found.append("\(path): \(value) not in \(allowed)") }
        if case .string(let pattern)? = rules["pattern"], case .string(let text) = value,
            text.range(of: pattern, options: .regularExpression) == nil
        {
            found.append("\(path): \"\(text)\" does not match \(pattern)")
        }
        if let number = Self.number(value) {
            if let minimum = rules["minimum"].flatMap(Self.number), number < minimum { found.append("\(path): \(number) < \(minimum)") }
            if let maximum = rules["maximum"].flatMap(Self.number), number > maximum { found.append("\(path): \(number) > \(maximum)") }
        }
        if case .array(let items) = value {
            if case .integer(let minimum)? = rules["minItems"], items.count < minimum { found.append("\(path): fewer than \(minimum) items") }
            if case .integer(let maximum)? = rules["maxItems"], items.count > maximum { found.append("\(path): more than \(maximum) items") }
            if case .bool(true)? = rules["uniqueItems"], Set(items.map { "\($0)" }).count != items.count { found.append("\(path): repeated items") }
            if let itemSchema = rules["items"] {
                for (index, item) in items.enumerated() { check(item, against: itemSchema, at: "\(path)[\(index)]", into: &found) }
            }
        }
        if case .object(let members) = value {
            if case .array(let required)? = rules["required"] {
                for case .string(let name) in required where members[name] == nil { found.append("\(path): missing \(name)") }
            }
            let properties: [String: JSONValue]
            if case .object(let declared)? = rules["properties"] { properties = declared } else { properties = [:] }
            for (name, member) in members {
                if let memberSchema = properties[name] {
                    check(member, against: memberSchema, at: "\(path).\(name)", into: &found)
                } else if case .bool(false)? = rules["additionalProperties"] {
                    found.append("\(path): unexpected \(name)")
                }
            }
        }
    }

    private static func value(_ value: JSONValue, hasType type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
            ("integer", .integer), ("number", .integer), ("number", .number):
            true
        default: false
        }
    }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let integer): Double(integer)
        case .number(let number): number
        default: nil
        }
    }
}

extension JSONValue {
    /// The value with every member named `key` removed, at any depth.
    public func removingKey(_ key: String) -> JSONValue {
        switch self {
        case .object(let members):
            .object(members.filter { $0.key != key }.mapValues { $0.removingKey(key) })
        case .array(let items):
            .array(items.map { $0.removingKey(key) })
        default:
            self
        }
    }
}
