import Foundation
import JalonCatalogue
import JalonCore
import JalonStore
import JalonXML

/// Makes the dossier of one stored revision. Every export format (HTML, Markdown, JSON, XML, PDF) and
/// the server start from the value this returns, so they all state the same fingerprint.
public struct DossierBuilder: Sendable {
    public let repository: ProjectRepository
    /// Where the dossier's words for skill categories and centres d'intérêt come from; without it the
    /// formats group skills by origin and name centres by number.
    public let catalogue: Catalogue?

    public init(repository: ProjectRepository, catalogue: Catalogue? = nil) {
        self.repository = repository
        self.catalogue = catalogue
    }

    /// The dossier of revision `revision` (the latest when nil) of project `id`, sharing `share`.
    public func dossier(
        _ id: ProjectID, revision: Int? = nil, share: DossierShare = .none,
        now: Timestamp = .now()
    ) throws -> Dossier {
        try dossier(id, revision: revision, grant: Grant(personal: share.personalData), now: now)
    }

    /// The dossier as someone holding `grant` may see it (a counsellor: what the person gave them).
    public func dossier(_ id: ProjectID, revision: Int? = nil, grant: Grant, now: Timestamp = .now()) throws -> Dossier {
        let loaded = try repository.load(id, revision: revision)
        let history = try repository.store.history(of: id).prefix { $0.number <= loaded.revision.number }
        return try Dossier.make(
            from: loaded.project, revision: loaded.revision.number, grant: grant, exported: now,
            history: history.map(DossierRevision.init(summarising:)), catalogue: catalogue)
    }
}

extension Dossier {
    /// The dossier of `project` (not yet minimised) as of store revision `revision`.
    public static func make(
        from project: Project, revision: Int, share: DossierShare, exported: Timestamp,
        history: [DossierRevision], catalogue: Catalogue? = nil
    ) throws(XMLError) -> Dossier {
        try make(
            from: project, revision: revision, grant: Grant(personal: share.personalData), exported: exported,
            history: history, catalogue: catalogue)
    }

    /// The dossier of `project` as someone holding `grant` may see it: JalonCore's rule (`visible(under:)`).
    public static func make(
        from project: Project, revision: Int, grant: Grant, exported: Timestamp,
        history: [DossierRevision], catalogue: Catalogue? = nil
    ) throws(XMLError) -> Dossier {
        let shared = project.visible(under: grant), share = DossierShare(grant.personal)
        var sources: [DossierSource] = []
        if let stamp = shared.suggestions?.stamp { sources.append(DossierSource(result: .suggestions, stamp: stamp)) }
        if let stamp = shared.parcours?.stamp { sources.append(DossierSource(result: .parcours, stamp: stamp)) }
        return Dossier(
            project: shared, share: share, revision: revision, exported: exported,
            history: history.map { $0.withholding(from: project, under: grant) },
            sources: sources, fingerprint: try fingerprint(of: shared),
            references: catalogue.map { DossierReferenceLabels(project: shared, catalogue: $0) } ?? .none)
    }

    /// SHA-256 (hex) of the canonical XML of `project`'s document: what a dossier states and
    /// `verify-dossier` recomputes.
    public static func fingerprint(of project: Project) throws(XMLError) -> String {
        try XMLDocument(bytes: ProjectCodec.encode(project), sourceName: "dossier").fingerprint()
    }
}

extension DossierRevision {
    init(summarising info: RevisionInfo) {
        self.init(
            number: info.number, created: info.created, role: info.author.role.rawValue,
            counsellorName: info.author.role == .counsellor ? info.author.name : nil, message: info.message)
    }
}

extension DossierRevision {
    /// The revision with its message as someone holding `grant` may read it (`Project.redacted(message:under:)`).
    func withholding(from project: Project, under grant: Grant) -> DossierRevision {
        var copy = self
        copy.message = project.redacted(message: message, under: grant)
        return copy
    }
}

extension Project {
    /// A revision message as someone holding `grant` may read it: every personal text withheld replaced
    /// (case aside), and an import's file name left out — the messages are Jalon's or the portal's
    /// summaries and may quote the name, a place or a file named after the person.
    public func redacted(message: String, under grant: Grant) -> String {
        var text = ImportMessage.withoutFileName(message) ?? message
        for item in withheldTexts(under: grant) {
            text = text.replacingOccurrences(of: item.text, with: item.replacement, options: .caseInsensitive)
        }
        return text
    }
}

extension DossierSource {
    init(result: Result, stamp: ComputationStamp) {
        self.init(result: result, catalogue: stamp.catalogue, computed: stamp.computed, engine: stamp.engine)
    }
}
