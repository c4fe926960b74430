import JalonCore

/// What personal data the person chose to put in a shared dossier (`--share name,contact,…`).
/// The default shares the least: no name (a pseudonym stands in), no contact, no birth year, no place,
/// no situation, no constraints. What the journey produced (interests, skills, targets, paths, plan,
/// notes) is the dossier's substance and always goes in.
public struct DossierShare: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The display name and the project's title, the name given at creation (else a pseudonym derived
    /// from the project id).
    public static let name = DossierShare(rawValue: 1 << 0)
    /// E-mail and telephone.
    public static let contact = DossierShare(rawValue: 1 << 1)
    public static let birthYear = DossierShare(rawValue: 1 << 2)
    /// Commune and département (mobility radius is substance and always shared).
    public static let place = DossierShare(rawValue: 1 << 3)
    /// The person's situation (job seeker, employee, student…).
    public static let situation = DossierShare(rawValue: 1 << 4)
    /// The constraints the person wrote down (health, childcare, driving licence…).
    public static let constraints = DossierShare(rawValue: 1 << 5)

    public static let none: DossierShare = []
    public static let all: DossierShare = [.name, .contact, .birthYear, .place, .situation, .constraints]

    /// The words of `--share`, in the order `all` lists them.
    public static let keywords: [(word: String, item: DossierShare)] = [
        ("name", .name), ("contact", .contact), ("birth-year", .birthYear),
        ("place", .place), ("situation", .situation), ("constraints", .constraints)
    ]

    /// Parses `name,contact,birth-year`, `all` or `none`; nil names the first unknown word.
    public static func parse(_ text: String) -> Result<DossierShare, UnknownShareWord> {
        var share: DossierShare = []
        for word in text.split(separator: ",").map({ $0.trimmingXMLSpaces() }) where !word.isEmpty {
            if word == "all" { share = .all; continue }
            if word == "none" { continue }
            guard let item = keywords.first(where: { $0.word == word })?.item else { return .failure(UnknownShareWord(word: word)) }
            share.insert(item)
        }
        return .success(share)
    }

    /// The words of this share, space-separated as the XML dossier's `partage` attribute writes them.
    public var words: [String] { Self.keywords.filter { contains($0.item) }.map(\.word) }

    public struct UnknownShareWord: Error, Hashable, Sendable {
        public let word: String
    }
}

private extension Substring {
    func trimmingXMLSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
