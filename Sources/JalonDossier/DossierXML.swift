import JalonCore
import JalonStore
import JalonXML

/// The XML dossier (`urn:jalon:dossier:1`, `Resources/Schemas/dossier-1.0.xsd`): an envelope stating
/// the export, the fingerprint, the revision summary, the data sources and the job prospects of the
/// kept métiers (``DossierDebouchesXML``), around the minimised project document, embedded byte for byte as `ProjectCodec` writes it.
public enum DossierXML {
    public static let namespace = "urn:jalon:dossier:1"
    public static let rootElement = "dossier"
    /// The one envelope version Jalon writes and reads.
    public static let version = "1.0"
    /// How `<empreinte>` was computed: SHA-256 of the C14N 1.0 of the embedded project document.
    public static let fingerprintAlgorithm = "sha256-c14n"

    /// The dossier as UTF-8 bytes. Deterministic: the same dossier always gives the same bytes.
    public static func encode(_ dossier: Dossier) -> [UInt8] {
        var writer = XMLWriter()
        writer.start(rootElement, attributes: [("xmlns", namespace), ("version", version)])
        writer.leaf(
            "export",
            attributes: [
                ("date", dossier.exported.iso8601), ("revision", String(dossier.revision)),
                ("partage", dossier.share.words.joined(separator: " "))
            ])
        writer.leaf("empreinte", text: dossier.fingerprint, attributes: [("algorithme", fingerprintAlgorithm)])
        writer.start("historique")
        for revision in dossier.history {
            var attributes = [("numero", String(revision.number)), ("date", revision.created.iso8601), ("role", revision.role)]
            if let name = revision.counsellorName, !name.isEmpty { attributes.append(("conseiller", name)) }
            writer.leaf("revision", text: revision.message, attributes: attributes)
        }
        writer.end()
        writer.start("sources")
        for source in dossier.sources {
            writer.leaf(
                "source",
                attributes: [
                    ("resultat", source.result.rawValue), ("catalogue", source.catalogue),
                    ("calcule", source.computed.iso8601), ("moteur", source.engine)
                ])
        }
        writer.end()
        DossierDebouchesXML.write(dossier, into: &writer)
        if let annotation = dossier.annotation {
            var attributes = [
                ("empreinte-origine", annotation.originFingerprint), ("date", annotation.date.iso8601),
                ("conseiller", annotation.counsellor)
            ]
            if let structure = annotation.structure, !structure.isEmpty { attributes.append(("structure", structure)) }
            if let signature = annotation.originSignature {
                writer.start("annotation", attributes: attributes)
                writer.raw(signature)
                writer.end()
            } else {
                writer.leaf("annotation", attributes: attributes)
            }
        }
        writer.embed(document: ProjectCodec.encode(dossier.project))
        writer.end()
        return writer.finish()
    }

    /// The compiled `dossier-1.0.xsd`, compiled once per process.
    public static func schema() throws -> XMLSchema { try compiledSchema.get() }

    private static let compiledSchema = Result { try ProjectFormat.bundledSchema(named: "dossier-\(version).xsd") }
}
