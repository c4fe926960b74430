import Foundation
import JalonLocale
import JalonResources
import JalonXML
import Synchronization

/// Every version of the project document Jalon ever wrote, the schema of each, and the ordered
/// migrations between them. Reading an old document walks the chain up to `current`.
///
/// Changing the format means: a new version here, its XSD in `Resources/Schemas/`, a migration from
/// the previous version, and the earlier samples still loading (the tests check all three).
public struct ProjectFormat: Sendable {
    public static let rootElement = "project"
    public static let namespacePrefix = "urn:jalon:project:"

    /// Versions in order, oldest first; the last is the one Jalon writes.
    public let versions: [FormatVersion]
    /// Migrations in order; migration `i` goes from `versions[i]` to `versions[i + 1]`.
    public let migrations: [ProjectMigration]
    private let schemaSource: @Sendable (FormatVersion) throws -> XMLSchema
    private let compiledSchemas = SchemaCache()

    public init(
        versions: [FormatVersion], migrations: [ProjectMigration],
        schemaSource: @escaping @Sendable (FormatVersion) throws -> XMLSchema
    ) {
        precondition(!versions.isEmpty && versions == versions.sorted(), "versions must be sorted, oldest first")
        precondition(migrations.count == versions.count - 1, "one migration between each pair of versions")
        for (index, migration) in migrations.enumerated() {
            precondition(
                migration.from == versions[index] && migration.to == versions[index + 1],
                "migration \(migration.name) is out of order")
        }
        self.versions = versions
        self.migrations = migrations
        self.schemaSource = schemaSource
    }

    /// The format Jalon reads and writes today: 1.0, then 1.1 (saved suggestions and training paths),
    /// then 1.2 (the person's sharing choice), then 1.3 (the preference « métiers qui recrutent »).
    public static let standard = ProjectFormat(
        versions: [FormatVersion(1, 0), FormatVersion(1, 1), FormatVersion(1, 2), FormatVersion(1, 3)],
        migrations: [.savedResults, .sharingChoice, .hiringPreference],
        schemaSource: { version in try bundledSchema(named: "project-\(version).xsd") })

    public var current: FormatVersion { versions.last! }

    public static func namespace(of version: FormatVersion) -> String { namespacePrefix + String(version.major) }

    /// The compiled schema of a version, compiled once per process.
    public func schema(for version: FormatVersion) throws -> XMLSchema {
        if let cached = compiledSchemas.schemas.withLock({ $0[version] }) { return cached }
        let schema = try schemaSource(version)
        compiledSchemas.schemas.withLock { $0[version] = schema }
        return schema
    }

    /// A schema shipped in `Resources/Schemas/`.
    public static func bundledSchema(named name: String) throws -> XMLSchema {
        guard let url = JalonResources.url("Schemas/\(name)") else {
            throw ResourceMissingError(path: "Schemas/\(name)")
        }
        return try XMLSchema(contentsOf: url)
    }
}

/// Compiled schemas shared by every copy of a `ProjectFormat` (a class: `Mutex` cannot be copied).
private final class SchemaCache: Sendable {
    let schemas = Mutex<[FormatVersion: XMLSchema]>([:])
}

/// A file that should ship with Jalon is missing: the installation is broken.
public struct ResourceMissingError: LocalizedFailure {
    public var path: String

    public func message(in language: Language) -> String {
        language.pick(fr: "ressource manquante dans l’installation de Jalon : \(path)", en: "resource missing from Jalon's installation: \(path)")
    }

    public var failureKind: FailureKind { .internalError }
}
