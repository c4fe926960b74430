import Foundation

/// Files Jalon ships: XML schemas, the bundled catalogue, questionnaires, templates.
public enum JalonResources {
    /// The URL of a shipped file, such as `Schemas/project-1.0.xsd`; nil when the build lacks it.
    public static func url(_ relativePath: String) -> URL? {
        let url = Bundle.module.resourceURL?.appendingPathComponent(relativePath)
        guard let url, FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }
}
