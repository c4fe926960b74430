import JalonCore
import JalonLocale
import JalonStore
import JalonXML

extension DossierXML {
    /// Reads an untrusted XML dossier: hardened parse, root and version checks, the envelope against
    /// `dossier-1.0.xsd`, the fingerprint recomputed on the embedded `<project>` as it stands, then that
    /// project validated against the schema of its own version, migrated and decoded like an import.
    ///
    /// A dossier whose project was altered but still reads comes back with `isIntact == false`; one
    /// whose altered project no longer reads throws `.altered`, so the alteration is what gets reported.
    public static func read(
        bytes: [UInt8], sourceName: String,
        loader: ProjectDocumentLoader = ProjectDocumentLoader()
    ) throws(DossierReadError) -> DossierFile {
        let document: XMLDocument
        do { document = try XMLDocument(bytes: bytes, sourceName: sourceName, limits: loader.limits) } catch { throw .xml(error) }
        guard let root = document.root else {
            throw .notADossier(XMLSourceLocation(sourceName: sourceName), found: "", namespace: nil)
        }
        guard root.name == rootElement, root.namespaceURI == namespace else {
            throw .notADossier(root.location, found: root.name, namespace: root.namespaceURI)
        }
        if let found = root.attribute("version"), found != version { throw .unsupportedVersion(root.location, found: found) }
        let schema: XMLSchema
        do { schema = try self.schema() } catch { throw .schemaUnavailable(String(describing: error)) }
        let diagnostics = schema.validate(document)
        guard diagnostics.isEmpty else { throw .invalid(diagnostics) }

        let envelope = DossierEnvelope(root)
        let references = DossierReferenceLabels(debouches: DossierDebouchesXML.read(root))
        let signature = XMLSignature.topLevelSignature(of: document)?.outerXML()
        // The envelope is read: the project leaves the tree (moved, not copied) to be fingerprinted,
        // validated and decoded as the document it was when exported.
        guard let projectElement = root.children.last, let embedded = projectElement.takenOut(sourceName: sourceName) else {
            throw .invalid([XMLDiagnostic(location: root.location, message: "no embedded <project>")])
        }
        let computed: String
        do { computed = try embedded.fingerprint() } catch { throw .xml(error) }
        let stated = envelope.fingerprint
        // An intact project that does not read is reported as such; an altered one, as altered.
        func refusal(_ cause: any LocalizedFailure, intact: DossierReadError) -> DossierReadError {
            stated == computed ? intact : .altered(stated: stated, computed: computed, cause: cause)
        }
        let loaded: LoadedProjectDocument
        do { loaded = try loader.load(embedded) } catch { throw refusal(error, intact: .project(error)) }
        let project: Project
        do { project = try ProjectCodec.decode(loaded.document) } catch { throw refusal(error, intact: .decoding(error)) }
        let dossier = Dossier(
            project: project, share: envelope.share, revision: envelope.revision, exported: envelope.exported,
            history: envelope.history, sources: envelope.sources, fingerprint: stated, annotation: envelope.annotation,
            references: references)
        return DossierFile(
            dossier: dossier, fingerprintComputed: computed,
            projectVersion: loaded.originalVersion, appliedMigrations: loaded.appliedMigrations,
            signature: signature)
    }
}

/// The statements of a dossier envelope that passed `dossier-1.0.xsd`, whose patterns guarantee every
/// value below parses (the fallbacks are never taken for a valid envelope).
private struct DossierEnvelope {
    var share: DossierShare = []
    var revision = 0
    var exported = Timestamp(secondsSince1970: 0)
    var fingerprint = ""
    var history: [DossierRevision] = []
    var sources: [DossierSource] = []
    var annotation: DossierAnnotation?

    init(_ root: XMLElement) {
        let ns = DossierXML.namespace
        if let export = root.firstChild(named: "export", namespace: ns) {
            revision = export.attribute("revision").flatMap { Int($0) } ?? 0
            exported = Self.timestamp(export.attribute("date"))
            let words = (export.attribute("partage") ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            for word in words {
                if let item = DossierShare.keywords.first(where: { $0.word == word })?.item { share.insert(item) }
            }
        }
        fingerprint = root.firstChild(named: "empreinte", namespace: ns)?.text.trimmingXMLWhitespace() ?? ""
        for entry in root.firstChild(named: "historique", namespace: ns)?.children(named: "revision", namespace: ns) ?? [] {
            history.append(
                DossierRevision(
                    number: entry.attribute("numero").flatMap { Int($0) } ?? 0,
                    created: Self.timestamp(entry.attribute("date")),
                    role: entry.attribute("role") ?? "", counsellorName: entry.attribute("conseiller"),
                    message: entry.text))
        }
        for entry in root.firstChild(named: "sources", namespace: ns)?.children(named: "source", namespace: ns) ?? [] {
            sources.append(
                DossierSource(
                    result: entry.attribute("resultat").flatMap(DossierSource.Result.init(rawValue:)) ?? .suggestions,
                    catalogue: entry.attribute("catalogue") ?? "",
                    computed: Self.timestamp(entry.attribute("calcule")),
                    engine: entry.attribute("moteur") ?? ""))
        }
        if let mark = root.firstChild(named: "annotation", namespace: ns) {
            annotation = DossierAnnotation(
                originFingerprint: mark.attribute("empreinte-origine") ?? "",
                date: Self.timestamp(mark.attribute("date")),
                counsellor: mark.attribute("conseiller") ?? "", structure: mark.attribute("structure"),
                originSignature: mark.firstChild(named: "Signature", namespace: XMLSignature.namespace)?.outerXML())
        }
    }

    private static func timestamp(_ text: String?) -> Timestamp {
        text.flatMap { Timestamp(iso8601: $0.trimmingXMLWhitespace()) } ?? Timestamp(secondsSince1970: 0)
    }
}
