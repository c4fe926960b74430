import Foundation
import JalonLocale
import JalonStore
import NIOSSL
import PostgresNIO

/// A store named by URL: `postgres://USER@HOST:PORT/DATABASE?sslmode=…&sslrootcert=…&host=/socket/folder`.
///
/// The password never comes from the URL (it would show in `ps`, shell histories and logs): it is read
/// from `$JALON_STORE_PASSWORD`, else from the file `$JALON_STORE_PASSWORD_FILE`, else `$PGPASSWORD`.
/// `description` names the store without any credential, for messages.
public struct PostgresStoreURL: Sendable, CustomStringConvertible {
    public enum TLSMode: String, Sendable, CaseIterable {
        /// No TLS (a local socket, a private link).
        case disable
        /// TLS when the server offers it, without checking its certificate.
        case prefer
        /// TLS always, without checking the certificate.
        case require
        /// TLS always, the certificate checked against `sslrootcert` (or the system's roots) and the host name.
        case verifyFull = "verify-full"
    }

    public var username: String
    public var host: String
    public var port: Int
    /// A folder holding the server's Unix socket (`?host=/run/postgresql`), instead of TCP.
    public var socketFolder: String?
    public var database: String
    public var tls: TLSMode
    public var rootCertificate: String?
    public var password: String?
    /// Connections this process opens at most.
    public var poolSize: Int
    /// The PostgreSQL schema holding Jalon's tables (`?schema=`; `public` by default): several stores,
    /// a region each or one per test, in one database.
    public var schema: String?

    public static func isPostgres(_ location: String) -> Bool { StoreLocation.isURL(location) }

    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(PostgresStoreError) {
        guard Self.isPostgres(text), let components = URLComponents(string: text) else {
            throw .badURL(.init("adresse postgres://… attendue", "a postgres://… address was expected"))
        }
        guard components.password == nil else {
            throw .badURL(
                .init(
                    "pas de mot de passe dans l’adresse : donnez-le par $JALON_STORE_PASSWORD ou $JALON_STORE_PASSWORD_FILE",
                    "no password in the address: give it through $JALON_STORE_PASSWORD or $JALON_STORE_PASSWORD_FILE"))
        }
        username = components.user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["USER"] ?? "postgres"
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        port = components.port ?? 5432
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? username : path
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        for name in query.keys where !["host", "sslmode", "sslrootcert", "pool", "schema"].contains(name) {
            throw .badURL(
                .init(
                    "paramètre inconnu « \(name) » (connus : host, sslmode, sslrootcert, pool, schema)",
                    "unknown parameter “\(name)” (known: host, sslmode, sslrootcert, pool, schema)"))
        }
        if let schema = query["schema"] {
            guard !schema.isEmpty, schema.count <= 63,
                schema.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") })
            else {
                throw .badURL(
                    .init(
                        "schema attend un nom en minuscules, chiffres et _ (63 caractères au plus)",
                        "schema expects a name of lower-case letters, digits and _ (63 characters at most)"))
            }
            self.schema = schema
        }
        socketFolder = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        let mode = query["sslmode"] ?? (socketFolder == nil ? TLSMode.prefer.rawValue : TLSMode.disable.rawValue)
        guard let tls = TLSMode(rawValue: mode) else {
            throw .badURL(
                .init(
                    "sslmode « \(mode) » inconnu (disable, prefer, require, verify-full)",
                    "unknown sslmode “\(mode)” (disable, prefer, require, verify-full)"))
        }
        self.tls = tls
        rootCertificate = query["sslrootcert"]
        if let pool = query["pool"] {
            guard let size = Int(pool), (1...512).contains(size) else {
                throw .badURL(.init("pool attend un nombre de 1 à 512", "pool expects a number from 1 to 512"))
            }
            poolSize = size
        } else {
            poolSize = 16
        }
        password = try Self.password(from: environment)
    }

    private static func password(from environment: [String: String]) throws(PostgresStoreError) -> String? {
        if let password = environment["JALON_STORE_PASSWORD"], !password.isEmpty { return password }
        if let file = environment["JALON_STORE_PASSWORD_FILE"], !file.isEmpty {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw .badURL(.init("fichier de mot de passe illisible : \(file)", "unreadable password file: \(file)"))
            }
            return text.trimmingCharacters(in: .newlines)
        }
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        return nil
    }

    /// `postgres://user@host:port/database`, never the password.
    public var description: String {
        let schemaPart = schema.map { "schema=" + $0 }
        if let socketFolder { return "postgres://\(username)@/\(database)?" + ([schemaPart, "host=" + socketFolder].compactMap { $0 }.joined(separator: "&")) }
        return "postgres://\(username)@\(host):\(port)/\(database)" + (schemaPart.map { "?" + $0 } ?? "")
    }

    func connectionConfiguration() throws(PostgresStoreError) -> PostgresConnection.Configuration {
        var configuration = try connectionEndpoint()
        if let schema { configuration.options.additionalStartupParameters = [("search_path", schema)] }
        return configuration
    }

    private func connectionEndpoint() throws(PostgresStoreError) -> PostgresConnection.Configuration {
        if let socketFolder {
            return .init(unixSocketPath: socketFolder + "/.s.PGSQL.\(port)", username: username, password: password, database: database)
        }
        let tlsSetting: PostgresConnection.Configuration.TLS
        do {
            switch tls {
            case .disable:
                tlsSetting = .disable
            case .prefer, .require:
                var configuration = TLSConfiguration.makeClientConfiguration()
                configuration.certificateVerification = .none
                let context = try NIOSSLContext(configuration: configuration)
                tlsSetting = tls == .prefer ? .prefer(context) : .require(context)
            case .verifyFull:
                var configuration = TLSConfiguration.makeClientConfiguration()
                configuration.certificateVerification = .fullVerification
                if let rootCertificate { configuration.trustRoots = .file(rootCertificate) }
                tlsSetting = .require(try NIOSSLContext(configuration: configuration))
            }
        } catch {
            throw .badURL(.init("configuration TLS impossible : \(error)", "TLS configuration failed: \(error)"))
        }
        return .init(host: host, port: port, username: username, password: password, database: database, tls: tlsSetting)
    }
}

/// What goes wrong before a store is reached: the URL or the database itself.
public enum PostgresStoreError: Error, LocalizedFailure, Sendable {
    /// A reason in both languages.
    public struct Reason: Sendable {
        var fr: String, en: String
        init(_ fr: String, _ en: String) { self.fr = fr; self.en = en }
    }

    case badURL(Reason)
    case unreachable(String, String)

    public func message(in language: Language) -> String {
        switch self {
        case .badURL(let reason):
            return language.pick(
                fr: "adresse de stockage PostgreSQL non valide : " + reason.fr,
                en: "invalid PostgreSQL store address: " + reason.en)
        case .unreachable(let store, let reason):
            return language.pick(fr: "base PostgreSQL \(store) injoignable : \(reason)", en: "PostgreSQL database \(store) unreachable: \(reason)")
        }
    }
}

extension PostgresStoreError {
    public var failureKind: FailureKind {
        switch self {
        case .badURL: .usage
        case .unreachable: .unavailable
        }
    }
}
