import Foundation
import JalonCatalog
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
    public func dossier(_ id: ProjectID, revision: Int? = nil, share: DossierShare = .none,
                        now: Timestamp = .now()) throws -> Dossier {
        let loaded = try repository.load(id, revision: revision)
        let history = try repository.store.history(of: id).prefix { $0.number <= loaded.revision.number }
        return try Dossier.make(from: loaded.project, revision: loaded.revision.number, share: share, exported: now,
                                history: history.map(DossierRevision.init(summarising:)), catalogue: catalogue)
    }
}

extension Dossier {
    /// The dossier of `project` (not yet minimised) as of store revision `revision`.
    public static func make(from project: Project, revision: Int, share: DossierShare, exported: Timestamp,
                            history: [DossierRevision], catalogue: Catalogue? = nil) throws(XMLError) -> Dossier {
        let shared = project.minimised(for: share)
        let withheld = project.withheldTexts(for: share)
        var sources: [DossierSource] = []
        if let stamp = shared.suggestions?.stamp { sources.append(DossierSource(result: .suggestions, stamp: stamp)) }
        if let stamp = shared.parcours?.stamp { sources.append(DossierSource(result: .parcours, stamp: stamp)) }
        return Dossier(project: shared, share: share, revision: revision, exported: exported,
                       history: history.map { $0.withholding(withheld) },
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
        self.init(number: info.number, created: info.created, role: info.author.role.rawValue,
                  counsellorName: info.author.role == .counsellor ? info.author.name : nil, message: info.message)
    }
}

extension DossierRevision {
    /// The revision with every withheld personal text in its message replaced (case aside), and an
    /// import's file name left out: the messages are Jalon's or the portal's summaries and may quote
    /// the name, a place or a file named after the person.
    func withholding(_ withheld: [(text: String, replacement: String)]) -> DossierRevision {
        var copy = self
        if let anonymous = ImportMessage.withoutFileName(copy.message) { copy.message = anonymous }
        for item in withheld {
            copy.message = copy.message.replacingOccurrences(of: item.text, with: item.replacement, options: .caseInsensitive)
        }
        return copy
    }
}

extension DossierSource {
    init(result: Result, stamp: ComputationStamp) {
        self.init(result: result, catalogue: stamp.catalogue, computed: stamp.computed, engine: stamp.engine)
    }
}
