import JalonLocale
import JalonXML

extension ProjectMigration {
    /// 1.1 only adds optional sections (`<suggestions>`, `<parcours>`), so a 1.0 document is a 1.1 one
    /// once its `schemaVersion` says so. The copy is edited in place rather than rebuilt through the
    /// model, so everything else — comments, layout, a portal's `<extensions>` — stays byte for byte.
    static let savedResults = ProjectMigration(
        name: "1.0 → 1.1 : suggestions et parcours enregistrés", from: FormatVersion(1, 0), to: FormatVersion(1, 1)
    ) { document in
        try setSchemaVersion(of: document, to: FormatVersion(1, 1))
    }

    /// 1.2 only adds the optional `<partage>` (the person's sharing choice); a document without it shares
    /// nothing personal with any counsellor, which is what every earlier document's export did by default.
    static let sharingChoice = ProjectMigration(
        name: "1.1 → 1.2 : choix de partage", from: FormatVersion(1, 1), to: FormatVersion(1, 2)
    ) { document in
        try setSchemaVersion(of: document, to: FormatVersion(1, 2))
    }

    /// The document's bytes with `schemaVersion` changed and nothing else; the input is not touched.
    static func setSchemaVersion(of document: XMLDocument, to version: FormatVersion) throws -> [UInt8] {
        guard let copy = document.copy(), let root = copy.root else { throw MigrationCopyError() }
        root.setAttribute("schemaVersion", to: version.description)
        return copy.serialized()
    }
}

/// libxml2 could not copy the document (out of memory): the migration cannot run.
struct MigrationCopyError: LocalizedFailure {
    func message(in language: Language) -> String {
        language.pick(fr: "copie du document impossible (mémoire insuffisante)", en: "the document cannot be copied (out of memory)")
    }

    var failureKind: FailureKind { .internalError }
}
