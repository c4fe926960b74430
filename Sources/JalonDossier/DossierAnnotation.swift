import JalonCore

/// A counsellor's mark on a dossier they annotated and sent back: who, from which service, when, and
/// the fingerprint the dossier stated before (so the person can tell which export it answers).
public struct DossierAnnotation: Hashable, Sendable {
    /// The fingerprint the dossier stated when the counsellor received it.
    public var originFingerprint: String
    public var date: Timestamp
    public var counsellor: String
    public var structure: String?
    /// The XML Signature of the dossier received (its `<Signature>` element as it was), kept inside the
    /// annotation so the chain from the issuing service stays under the new signature.
    public var originSignature: String?

    public init(
        originFingerprint: String, date: Timestamp, counsellor: String, structure: String? = nil,
        originSignature: String? = nil
    ) {
        self.originFingerprint = originFingerprint
        self.date = date
        self.counsellor = counsellor
        self.structure = structure
        self.originSignature = originSignature
    }
}
