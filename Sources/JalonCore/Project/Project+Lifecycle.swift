/// Creating a project and the few derived facts every interface shows.
extension Project {
    /// A new project at the first step, named as the person chose (a first name, a pseudonym, a title).
    public static func started(displayName: String, at time: Timestamp = .now(), generator: Generator = Generator(name: "jalon", version: "0")) -> Project {
        Project(metadata: Metadata(created: time, updated: time, generator: generator, titre: displayName))
    }

    /// What to call the project in a list: the name given at creation, else the profile's display name.
    public var displayName: String? {
        metadata.titre ?? profil?.nomAffiche
    }

}
