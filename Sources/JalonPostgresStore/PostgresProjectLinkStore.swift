import Foundation
import JalonCore
import JalonServer
import JalonStore
import PostgresNIO

/// Links in `jalon_links`, one JSON value per project, over the projects' database. A change runs in a
/// transaction holding the project's row lock (or, for a project without links yet, a transaction-wide
/// advisory lock on its id), so two servers never interleave their changes.
public final class PostgresProjectLinkStore: ProjectLinkStore {
    private let store: PostgresProjectStore

    public init(store: PostgresProjectStore) { self.store = store }

    public func links(of project: ProjectID) throws -> ProjectLinks? {
        try store.query("links") { connection in
            try connection.run("SELECT links::text FROM jalon_links WHERE project = \(project.uuid)").first
                .map { try Self.decode(try $0.decode(String.self)) }
        }
    }

    @discardableResult
    public func update(_ project: ProjectID, _ change: (inout ProjectLinks?) throws -> Void) throws -> ProjectLinks? {
        try store.query("links") { connection in
            try connection.inTransaction {
                _ = try connection.run("SELECT pg_advisory_xact_lock(hashtextextended(\(project.rawValue), 0))")
                var links = try connection.run("SELECT links::text FROM jalon_links WHERE project = \(project.uuid)").first
                    .map { try Self.decode(try $0.decode(String.self)) }
                try change(&links)
                guard let links else {
                    // nil removes them (the protocol's contract; an erasure relies on it).
                    _ = try connection.run("DELETE FROM jalon_links WHERE project = \(project.uuid)")
                    return nil
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                let json = String(decoding: try encoder.encode(links), as: UTF8.self)
                _ = try connection.run(
                    """
                    INSERT INTO jalon_links (project, links) VALUES (\(project.uuid), \(json)::jsonb)
                    ON CONFLICT (project) DO UPDATE SET links = EXCLUDED.links
                    """)
                return links
            }
        }
    }

    public func projects(sharedWith counsellor: String) throws -> [ProjectID] {
        try store.query("links") { connection in
            try connection.run("SELECT project FROM jalon_links WHERE links -> 'counsellors' ? \(counsellor) ORDER BY project")
                .map { ProjectID(try $0.decode(UUID.self)) }
        }
    }

    private static func decode(_ json: String) throws -> ProjectLinks {
        try JSONDecoder().decode(ProjectLinks.self, from: Data(json.utf8))
    }
}
