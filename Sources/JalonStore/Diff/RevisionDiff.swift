import JalonXML

/// What changed between two project documents, section by section (profil, intérêts, …): elements
/// added, removed, and values changed, each with its path in the document.
public struct RevisionDiff: Sendable, Equatable {
    public struct Change: Sendable, Equatable {
        public enum Kind: String, Sendable { case added, removed, changed }
        public var kind: Kind
        /// Path from the section, such as `experience[e2]/annees` or `action[3]@statut`.
        public var path: String
        /// The old value (changed, removed), compacted to one line.
        public var before: String?
        /// The new value (changed, added), compacted to one line.
        public var after: String?
    }

    public struct Section: Sendable, Equatable {
        public var name: String
        public var changes: [Change]
    }

    public var sections: [Section]
    public var isEmpty: Bool { sections.isEmpty }

    /// Compares two documents' root elements. Elements are matched by their identifying attribute
    /// (`id`, `code`, …) when they have one, else by position among siblings of the same name, so a
    /// reordered list of keyed items is not reported as a change.
    public init(from old: XMLDocument, to new: XMLDocument) {
        guard let oldRoot = old.root, let newRoot = new.root else {
            sections = []
            return
        }
        var collector = ChangeCollector()
        collector.compareChildren(of: oldRoot, and: newRoot, path: [])
        collector.compareAttributes(of: oldRoot, and: newRoot, path: [], ignoring: ["schemaVersion"])
        var bySection: [String: [Change]] = [:]
        var order: [String] = []
        for (section, change) in collector.changes {
            if bySection[section] == nil { order.append(section) }
            bySection[section, default: []].append(change)
        }
        sections = order.map { Section(name: $0, changes: bySection[$0]!) }
    }
}

private struct ChangeCollector {
    var changes: [(section: String, change: RevisionDiff.Change)] = []

    /// Attributes that name an element among its siblings, in the order they are looked for.
    static let identifyingAttributes = ["id", "code", "nom", "fiche", "question", "ogr", "ref", "numero"]
    /// Values that always change on save and say nothing about the person's project.
    static let volatileElements: Set<String> = ["updated", "generator"]

    mutating func compare(_ old: XMLElement, _ new: XMLElement, path: [String]) {
        guard old.outerXML() != new.outerXML() else { return }
        compareAttributes(of: old, and: new, path: path, ignoring: [])
        let oldChildren = old.children, newChildren = new.children
        if oldChildren.isEmpty && newChildren.isEmpty {
            let before = Self.compact(old.text), after = Self.compact(new.text)
            if before != after { record(.changed, path, before: before, after: after) }
        } else {
            compareChildren(of: old, and: new, path: path)
        }
    }

    mutating func compareChildren(of old: XMLElement, and new: XMLElement, path: [String]) {
        let oldKeyed = Self.keyed(old.children), newKeyed = Self.keyed(new.children)
        let newKeys = Set(newKeyed.map(\.key)), oldKeys = Set(oldKeyed.map(\.key))
        let oldByKey = Dictionary(uniqueKeysWithValues: oldKeyed.map { ($0.key, $0.element) })
        for (key, element) in oldKeyed where !newKeys.contains(key) && !Self.volatileElements.contains(element.name) {
            record(.removed, path + [key], before: Self.summary(of: element), after: nil)
        }
        for (key, element) in newKeyed where !Self.volatileElements.contains(element.name) {
            if let previous = oldByKey[key] {
                compare(previous, element, path: path + [key])
            } else if !oldKeys.contains(key) {
                record(.added, path + [key], before: nil, after: Self.summary(of: element))
            }
        }
    }

    mutating func compareAttributes(of old: XMLElement, and new: XMLElement, path: [String], ignoring: Set<String>) {
        let oldAttributes = Dictionary(old.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let newAttributes = Dictionary(new.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        for name in Set(oldAttributes.keys).union(newAttributes.keys).sorted() where !ignoring.contains(name) {
            let before = oldAttributes[name], after = newAttributes[name]
            guard before != after else { continue }
            let attributePath = path.isEmpty ? ["@" + name] : path.dropLast() + [path.last! + "@" + name]
            record(before == nil ? .added : after == nil ? .removed : .changed, attributePath, before: before, after: after)
        }
    }

    private mutating func record(_ kind: RevisionDiff.Change.Kind, _ path: [String], before: String?, after: String?) {
        let head = path.first ?? ""
        let section = head.isEmpty ? "project" : Self.elementName(ofKey: head)
        let rest = path.dropFirst().joined(separator: "/")
        let shownPath = !rest.isEmpty ? rest : head == section ? section : String(head.dropFirst(section.count))
        changes.append((section, RevisionDiff.Change(kind: kind, path: shownPath, before: before, after: after)))
    }

    /// `name[key]` for elements with an identifying attribute, `name` or `name[2]` otherwise; an
    /// identifier that several siblings share (two formations towards one fiche) is numbered the same
    /// way, `formation[I1310][2]`, so that every key is unique.
    private static func keyed(_ elements: [XMLElement]) -> [(key: String, element: XMLElement)] {
        var seen: [String: Int] = [:]
        return elements.map { element in
            let base = identifyingAttributes.lazy.compactMap({ element.attribute($0) }).first.map { "\(element.name)[\($0)]" } ?? element.name
            let occurrence = seen[base, default: 0] + 1
            seen[base] = occurrence
            return (occurrence == 1 ? base : "\(base)[\(occurrence)]", element)
        }
    }

    /// `experience[x1]@nature` → `experience`.
    private static func elementName(ofKey key: String) -> String {
        String(key.prefix { $0 != "[" && $0 != "@" })
    }

    /// The element's text, or its attributes when it has none (`insertion region=27 millesime=2023`).
    private static func summary(of element: XMLElement) -> String {
        var text = compact(element.text)
        if text.isEmpty {
            text = element.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
        }
        return text.count > 80 ? String(text.prefix(79)) + "…" : text
    }

    private static func compact(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
