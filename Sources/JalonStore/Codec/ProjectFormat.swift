/// The constants that identify format 1.0 of the project document.
public enum ProjectFormat {
    public static let namespace = "urn:jalon:project:1"
    public static let schemaVersion = "1.0"
    /// The schema's path among `JalonResources`.
    public static let schemaResource = "Schemas/project-1.0.xsd"
}
