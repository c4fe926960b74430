import JalonXML

/// Small writing patterns the project encoder repeats: an element around a body, a container that
/// is omitted when its list is empty, and attribute lists whose nil entries drop out.
extension XMLWriter {
    mutating func element(_ name: String, attributes: [(String, String?)] = [], body: (inout XMLWriter) -> Void) {
        start(name, attributes: Self.present(attributes))
        body(&self)
        end()
    }

    /// `<container>` with one entry per item, or nothing at all for an empty list: the format writes
    /// an empty list by omitting its container, so each list has exactly one written form.
    mutating func list<Item>(_ container: String, _ items: [Item], each: (inout XMLWriter, Item) -> Void) {
        guard !items.isEmpty else { return }
        start(container)
        for item in items { each(&self, item) }
        end()
    }

    /// A leaf whose optional attributes are left out when nil.
    mutating func leaf(_ name: String, text: String = "", optionalAttributes: [(String, String?)]) {
        leaf(name, text: text, attributes: Self.present(optionalAttributes))
    }

    private static func present(_ attributes: [(String, String?)]) -> [(String, String)] {
        attributes.compactMap { name, value in value.map { (name, $0) } }
    }
}
