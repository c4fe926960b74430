/// Step 3: experiences and the skills they show.
public struct Competences: Hashable, Sendable {
    /// Ids are unique (`xs:key`), and every `Competence.Source` points to one of them (`xs:keyref`).
    public var experiences: [Experience]
    /// A ROME item appears at most once (`xs:unique` on `code_ogr`).
    public var competences: [Competence]

    public init(experiences: [Experience] = [], competences: [Competence] = []) {
        self.experiences = experiences
        self.competences = competences
    }

    public func experience(_ id: ExperienceID) -> Experience? {
        experiences.first { $0.id == id }
    }
}
