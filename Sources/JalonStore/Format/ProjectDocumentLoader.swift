import JalonXML

/// A project document checked and brought to the current format, ready for the codec.
public struct LoadedProjectDocument {
    /// Valid against the current format's schema.
    public var document: XMLDocument
    /// The version the input was written in.
    public var originalVersion: FormatVersion
    /// Names of the migrations applied, in order; empty when the input was current.
    public var appliedMigrations: [String]
}

/// Reads a project document from untrusted bytes: hardened parse, root and version checks, schema
/// validation of the version it claims, then migrations up to the current version.
public struct ProjectDocumentLoader: Sendable {
    public var format: ProjectFormat
    public var limits: XMLParseLimits

    public init(format: ProjectFormat = .standard, limits: XMLParseLimits = .default) {
        self.format = format
        self.limits = limits
    }

    public func load(bytes: [UInt8], sourceName: String) throws(ProjectLoadError) -> LoadedProjectDocument {
        let document: XMLDocument
        do { document = try XMLDocument(bytes: bytes, sourceName: sourceName, limits: limits) } catch { throw .xml(error) }
        return try load(document)
    }

    public func load(_ document: XMLDocument) throws(ProjectLoadError) -> LoadedProjectDocument {
        let version = try declaredVersion(of: document)
        try validate(document, as: version)
        var current = document
        var applied: [String] = []
        for migration in format.migrations where migration.from >= version {
            let bytes: [UInt8]
            do { bytes = try migration.transform(current) } catch {
                throw .migrationFailed(name: migration.name, reason: String(describing: error))
            }
            do {
                current = try XMLDocument(bytes: bytes, sourceName: document.sourceName, limits: .init(maxBytes: Int.max))
            } catch {
                throw .migrationFailed(name: migration.name, reason: error.message(in: .fr))
            }
            do { try validate(current, as: migration.to) } catch {
                throw .migrationFailed(name: migration.name, reason: error.message(in: .fr))
            }
            applied.append(migration.name)
        }
        return LoadedProjectDocument(document: current, originalVersion: version, appliedMigrations: applied)
    }

    /// Root element, namespace and `schemaVersion`, checked before any schema runs, so that a newer
    /// or foreign document gets a message about that rather than a wall of schema errors.
    public func declaredVersion(of document: XMLDocument) throws(ProjectLoadError) -> FormatVersion {
        guard let root = document.root else {
            throw .wrongRoot(XMLSourceLocation(sourceName: document.sourceName), found: "", namespace: nil)
        }
        let namespace = root.namespaceURI
        guard root.name == ProjectFormat.rootElement, let namespace, namespace.hasPrefix(ProjectFormat.namespacePrefix),
            let major = Int(namespace.dropFirst(ProjectFormat.namespacePrefix.count))
        else { throw .wrongRoot(root.location, found: root.name, namespace: namespace) }
        guard let text = root.attribute("schemaVersion") else {
            if major > format.current.major {
                throw .newerVersion(root.location, found: FormatVersion(major, 0), readable: format.versions)
            }
            throw .missingVersion(root.location)
        }
        guard let version = FormatVersion(text) else { throw .malformedVersion(root.location, found: text) }
        if version > format.current {
            throw .newerVersion(root.location, found: version, readable: format.versions)
        }
        guard format.versions.contains(version) else {
            throw .unknownVersion(root.location, found: version, readable: format.versions)
        }
        guard version.major == major else {
            throw .namespaceMismatch(root.location, namespace: namespace, version: version)
        }
        return version
    }

    private func validate(_ document: XMLDocument, as version: FormatVersion) throws(ProjectLoadError) {
        let schema: XMLSchema
        do { schema = try format.schema(for: version) } catch { throw .schemaUnavailable(String(describing: error)) }
        let diagnostics = schema.validate(document)
        guard diagnostics.isEmpty else { throw .invalid(diagnostics) }
    }
}
