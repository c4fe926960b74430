import Foundation
import JalonCore
import JalonPostgresStore
import JalonStore
import Testing

/// The store backends every conformance test runs against. PostgreSQL is the cluster named by
/// `$JALON_TEST_POSTGRES` (`.ci/postgres-start` prints one); each store gets a schema of its own.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case file
    case postgres

    var testDescription: String { rawValue }

    static let postgresURL: String? = ProcessInfo.processInfo.environment["JALON_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static let postgresMissing = "PostgreSQL not configured: set JALON_TEST_POSTGRES to a postgres:// URL (.ci/postgres-start prints one)"

    /// A `postgres://` URL of a fresh, empty schema in the test cluster, or the test case is cancelled
    /// with one line saying why.
    static func freshPostgresLocation() throws -> String {
        guard let url = postgresURL else { try Test.cancel(Comment(rawValue: postgresMissing)) }
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return url + (url.contains("?") ? "&" : "?") + "schema=" + schema
    }

    /// A fresh store of this kind: a new folder under `folder`, or a new PostgreSQL schema.
    func location(in folder: TemporaryDirectory) throws -> String {
        switch self {
        case .file: folder.path + "/store"
        case .postgres: try Self.freshPostgresLocation()
        }
    }

    func open(in folder: TemporaryDirectory, format: ProjectFormat = .standard) throws -> OpenedStore {
        let location = try location(in: folder)
        switch self {
        case .file: return .file(try FileProjectStore(root: location, format: format))
        case .postgres: return .postgres(try PostgresProjectStore(url: location, format: format))
        }
    }
}
