extension String {
    /// Without leading and trailing XML white space (space, tab, CR, LF), as schema types that
    /// collapse white space read a value. Works on UTF-8 bytes: Foundation's trimming goes through
    /// UTF-16 on Linux and dominated the mapping of large documents.
    public func trimmingXMLWhitespace() -> String {
        let bytes = utf8
        func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = bytes.firstIndex(where: { !isWhitespace($0) }) else { return "" }
        let last = bytes.lastIndex(where: { !isWhitespace($0) })!
        if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return self }
        return String(self[first...last])
    }
}
