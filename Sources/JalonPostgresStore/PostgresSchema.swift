import PostgresNIO

/// The database schema, built by Jalon itself with named migrations applied in order, each once,
/// each recorded in `jalon_migrations` (as GRDB and Fluent do). A migration, once released, never
/// changes: a change of schema is a new migration at the end of the list.
enum PostgresSchema {
    struct Migration {
        let name: String
        let statements: [PostgresQuery]
    }

    static let migrations: [Migration] = [
        Migration(
            name: "2026-12-01-projects-revisions",
            statements: [
                // One row per project: its latest revision number, moved only with a revision insert (compare-and-set).
                """
                CREATE TABLE jalon_projects (
                    id uuid PRIMARY KEY,
                    latest integer NOT NULL CHECK (latest >= 1)
                )
                """,
                // Immutable revisions keyed by (project, number): the key itself refuses a second revision N.
                """
                CREATE TABLE jalon_revisions (
                    project uuid NOT NULL REFERENCES jalon_projects (id) ON DELETE CASCADE,
                    number integer NOT NULL CHECK (number >= 1),
                    parent integer,
                    restored_from integer,
                    created timestamptz NOT NULL,
                    author_role text NOT NULL,
                    author_name text,
                    message text NOT NULL,
                    schema_version text NOT NULL,
                    fingerprint text NOT NULL,
                    document xml NOT NULL,
                    PRIMARY KEY (project, number)
                )
                """
            ]),
        Migration(
            name: "2026-12-02-links",
            statements: [
                // Who may see a project (the server's ProjectLinks, as JSON); not tied to the project row, as
                // in the file store, where links live beside the projects.
                """
                CREATE TABLE jalon_links (
                    project uuid PRIMARY KEY,
                    links jsonb NOT NULL
                )
                """,
                "CREATE INDEX jalon_links_counsellors ON jalon_links USING gin ((links -> 'counsellors'))"
            ]),
        Migration(
            name: "2026-12-07-project-summaries",
            statements: [
                // The summary (ProjectSummary, JSON) of revision summary_revision, for listings without parsing.
                "ALTER TABLE jalon_projects ADD COLUMN summary jsonb, ADD COLUMN summary_revision integer"
            ]),
        Migration(
            name: "2026-12-07-erasures",
            statements: [
                // The store's secrets shared by every server: the key of the keyed hashes (`StorePseudonym`).
                "CREATE TABLE jalon_secrets (name text PRIMARY KEY, value bytea NOT NULL)",
                // Ids erased here, by keyed hash only: an old copy imported again gets a new id.
                "CREATE TABLE jalon_erased (hash text PRIMARY KEY)"
            ]),
        Migration(
            name: "2026-12-08-web-sessions",
            statements: [
                // The web workbook's sessions and single-use sign-in links, shared by every server: keyed by
                // the SHA-256 of their random id (a copy of the table opens nothing); `project` for erasure.
                """
                CREATE TABLE jalon_web_sessions (
                    id_hash text PRIMARY KEY,
                    project text,
                    session jsonb NOT NULL,
                    expires timestamptz NOT NULL
                )
                """,
                "CREATE INDEX jalon_web_sessions_project ON jalon_web_sessions (project)",
                """
                CREATE TABLE jalon_sign_in_links (
                    token_hash text PRIMARY KEY,
                    project text,
                    sign_in jsonb NOT NULL,
                    expires timestamptz NOT NULL
                )
                """,
                "CREATE INDEX jalon_sign_in_links_project ON jalon_sign_in_links (project)"
            ]),
        Migration(
            name: "2026-12-08-access-journal",
            statements: [
                // The access journal of every server on the database: who, what, which project (keyed hash),
                // outcome; never content. `time` indexed for the retention purge.
                """
                CREATE TABLE jalon_journal (
                    id bigserial PRIMARY KEY,
                    time timestamptz NOT NULL,
                    subject text,
                    role text,
                    operation text NOT NULL,
                    project text,
                    outcome integer NOT NULL
                )
                """,
                "CREATE INDEX jalon_journal_time ON jalon_journal (time)"
            ])
    ]

    /// Any number for pg_advisory_xact_lock, the same in every Jalon: two servers starting at once
    /// migrate one after the other.
    static let migrationLock: Int64 = 0x4A61_6C6F_6E00

    /// Applies the migrations this database lacks, in one transaction.
    static func migrate(_ connection: PostgresConnection, schema: String?) throws {
        try connection.inTransaction {
            _ = try connection.run("SELECT pg_advisory_xact_lock(\(migrationLock))")
            // The name was checked (lower-case letters, digits, _): safe to write into the statement.
            if let schema { _ = try connection.run("CREATE SCHEMA IF NOT EXISTS \(unescaped: schema)") }
            _ = try connection.run(
                """
                CREATE TABLE IF NOT EXISTS jalon_migrations (
                    name text PRIMARY KEY,
                    applied timestamptz NOT NULL DEFAULT now()
                )
                """)
            let done = Set(try connection.run("SELECT name FROM jalon_migrations").map { try $0.decode(String.self) })
            for migration in migrations where !done.contains(migration.name) {
                for statement in migration.statements { _ = try connection.run(statement) }
                _ = try connection.run("INSERT INTO jalon_migrations (name) VALUES (\(migration.name))")
            }
        }
    }
}
