import JalonCore
import JalonLocale

/// Passerelles as JSON, the one shape of `jalon passerelles --json` and `GET …/passerelles`: per
/// starting point (an appellation held, or a fiche named), the métiers near it and why.
public struct PasserellesJSON: Encodable, Sendable {
    struct Shared: Encodable, Sendable { var ogr: Int, label: String }
    struct Item: Encodable, Sendable {
        var code: String, label: String, proximity: Double
        var mobilitePosition: Int?
        var mobiliteCount: Int, sharedCoeur: [Shared], targetCoeurCount: Int, reasons: [String]
    }
    struct Source: Encodable, Sendable {
        var appellation: Int?
        var fiche: String, label: String, passerelles: [Item]
    }

    var project: String
    var sources: [Source]

    public init(project: ProjectID, sources: [(start: PasserelleStart, passerelles: [Passerelle])], index: MatchingIndex, language: Language) {
        self.project = project.rawValue
        self.sources = sources.map { start, found in
            Source(
                appellation: start.appellation?.rawValue, fiche: start.fiche.rawValue, label: index.labels[index.row(of: start.fiche)!],
                passerelles: found.map { passerelle in
                    Item(
                        code: passerelle.code.rawValue, label: passerelle.label, proximity: (passerelle.proximity * 10_000).rounded() / 10_000,
                        mobilitePosition: passerelle.mobilitePosition, mobiliteCount: passerelle.mobiliteCount,
                        sharedCoeur: passerelle.sharedCoeur.map { Shared(ogr: $0.item.rawValue, label: $0.label) },
                        targetCoeurCount: passerelle.targetCoeurCount, reasons: passerelle.reasons(in: language))
                })
        }
    }
}
