/// Who wrote the document and when. `updated` changes on every save; `created` never does.
public struct Metadata: Hashable, Sendable {
    public var created: Timestamp
    public var updated: Timestamp
    public var generator: Generator
    /// The name the project was given at creation, to recognise it in a list; optional.
    public var titre: String?

    public init(created: Timestamp, updated: Timestamp, generator: Generator, titre: String? = nil) {
        self.created = created
        self.updated = updated
        self.generator = generator
        self.titre = titre
    }
}

/// The program that last wrote the document, to trace a faulty writer.
public struct Generator: Hashable, Sendable {
    public var name: String
    public var version: String

    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }
}
