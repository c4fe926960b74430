/// `tokens[2].role`: where in a JSON document a decoding error happened, for messages naming the field.
enum CodingPath {
    static func text(_ keys: [any CodingKey]) -> String {
        keys.reduce(into: "") { path, key in
            if let index = key.intValue { path += "[\(index)]" } else { path += (path.isEmpty ? "" : ".") + key.stringValue }
        }
    }
}
