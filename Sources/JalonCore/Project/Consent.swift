import Foundation
import JalonLocale

/// The person's choice of what each counsellor may see of the project (format 1.2, `<partage>`). A
/// counsellor the person made no choice for sees `Grant.default`: every section of the journey, and
/// nothing personal (no name, contact, birth year, place, situation or constraints).
public struct Consent: Hashable, Sendable {
    /// By the counsellor's subject (the identifier their access is linked under).
    public private(set) var grants: [String: Grant]

    public init(grants: [String: Grant] = [:]) { self.grants = grants }

    /// What `counsellor` may see.
    public func grant(for counsellor: String) -> Grant { grants[counsellor] ?? .default }

    /// The counsellors with a choice of their own, sorted (the order the document writes them in).
    public var counsellors: [String] { grants.keys.sorted() }

    /// Sets what `counsellor` may see; `nil` goes back to the default.
    public mutating func set(_ grant: Grant?, for counsellor: String) throws(ConsentError) {
        let subject = counsellor.trimmingCharacters(in: .whitespaces)
        guard !subject.isEmpty, subject.count <= 200, !subject.contains(where: { $0.isNewline }) else { throw .invalidCounsellor(counsellor) }
        grants[subject] = grant == .default ? nil : grant
    }

    public static let none = Consent()
}

/// What one counsellor may see: which personal data, which sections of the journey.
public struct Grant: Hashable, Sendable {
    public var personal: Set<PersonalDatum>
    public var sections: Set<Step>

    public init(personal: Set<PersonalDatum> = [], sections: Set<Step> = Set(Step.allCases)) {
        self.personal = personal
        self.sections = sections
    }

    /// Every section, nothing personal.
    public static let `default` = Grant()

    /// What both allow: how a counsellor's request (an export's `share`) narrows what the person gave,
    /// never widens it.
    public func narrowed(toPersonal asked: Set<PersonalDatum>) -> Grant {
        Grant(personal: personal.intersection(asked), sections: sections)
    }
}

/// A personal datum the person may share or keep back; the raw values are the words of `--share` and of
/// the document's `donnees` attribute.
public enum PersonalDatum: String, CaseIterable, Sendable, Comparable {
    /// The display name and the project's title.
    case name
    /// E-mail and telephone.
    case contact
    case birthYear = "birth-year"
    /// Commune and département.
    case place
    case situation
    /// The constraints the person wrote down (health, childcare, driving licence…).
    case constraints

    public static func < (lhs: PersonalDatum, rhs: PersonalDatum) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public enum ConsentError: Error, Hashable, Sendable {
    case invalidCounsellor(String)
}

extension Project {
    /// What a counsellor holding `grant` may see of the project: personal data and sections outside it
    /// removed, and the portal's extensions (unknown content, so never shared). The one rule every
    /// counsellor view applies (project, computed results, exports, history, differences).
    public func visible(under grant: Grant) -> Project {
        var copy = self
        copy.extensions = nil
        copy.consent = .none
        let personal = grant.personal
        if !personal.contains(.name) { copy.metadata.titre = nil }
        if var profil = copy.profil {
            if !personal.contains(.name) { profil.nomAffiche = nil }
            if !personal.contains(.contact) { profil.contact = nil }
            if !personal.contains(.birthYear) { profil.anneeNaissance = nil }
            if !personal.contains(.place) { profil.commune = nil; profil.departement = nil }
            if !personal.contains(.situation) { profil.situation = nil }
            if !personal.contains(.constraints) { profil.contraintes = [] }
            copy.profil = profil
        }
        let sections = grant.sections
        if !sections.contains(.profil) { copy.profil = nil }
        if !sections.contains(.interets) { copy.interets = nil }
        if !sections.contains(.competences) { copy.competences = nil }
        if !sections.contains(.pistes) { copy.pistes = nil; copy.suggestions = nil }
        if !sections.contains(.formations) { copy.formations = []; copy.parcours = nil }
        if !sections.contains(.plan) { copy.plan = [] }
        if !sections.contains(.synthese) { copy.synthese = nil }
        copy.notes = copy.notes.filter { sections.contains($0.section) }
        return copy
    }

    /// The personal texts `grant` withholds, each with what stands in for it where Jalon quotes them
    /// outside the fields that hold them (a revision message « Création du projet de Sophie »): a name
    /// becomes the pseudonym, any other datum an ellipsis. Longest first, so a name containing another
    /// is replaced whole.
    public func withheldTexts(under grant: Grant) -> [(text: String, replacement: String)] {
        let personal = grant.personal
        var withheld: [(String, String)] = []
        if !personal.contains(.name) {
            for name in [metadata.titre, profil?.nomAffiche].compactMap({ $0 }) { withheld.append((name, pseudonym)) }
        }
        if !personal.contains(.contact) {
            for item in [profil?.contact?.courriel, profil?.contact?.telephone].compactMap({ $0 }) { withheld.append((item, "…")) }
        }
        if !personal.contains(.birthYear), let year = profil?.anneeNaissance { withheld.append((String(year), "…")) }
        if !personal.contains(.place), let commune = profil?.commune { withheld.append((commune.nom, "…")) }
        if !personal.contains(.constraints) { withheld += (profil?.contraintes ?? []).map { ($0, "…") } }
        return withheld.filter { !$0.0.isEmpty }.sorted { $0.0.count > $1.0.count }
    }

    /// What a shared dossier calls the person when the name is not shared: stable for one project,
    /// meaningless outside it ("Personne 5F0C").
    public var pseudonym: String {
        "Personne " + String(id.description.prefix(4)).uppercased()
    }
}

/// The person's edit of their sharing choice for one counsellor: one revision each.
public struct ConsentChange: Hashable, Sendable {
    public var counsellor: String
    /// nil: back to the default (every section, nothing personal).
    public var grant: Grant?

    public init(counsellor: String, grant: Grant?) {
        self.counsellor = counsellor
        self.grant = grant
    }

    /// Applies the change; returns the revision message (no personal datum in it, only their kinds).
    public func apply(to project: inout Project, in language: Language) throws(ConsentError) -> String {
        try project.consent.set(grant, for: counsellor)
        let subject = counsellor.trimmingCharacters(in: .whitespaces)
        guard let grant, grant != .default else {
            return language.pick(
                fr: "Partage avec \(subject) : par défaut (rien de personnel)",
                en: "Sharing with \(subject): default (nothing personal)")
        }
        let data = grant.personal.sorted().map(\.rawValue).joined(separator: ", ")
        let sections =
            grant.sections.count == Step.allCases.count
            ? language.pick(fr: "toutes", en: "all")
            : Step.allCases.filter(grant.sections.contains).map(\.rawValue).joined(separator: ", ")
        return language.pick(
            fr: "Partage avec \(subject) : données \(data.isEmpty ? "aucune" : data) ; sections \(sections.isEmpty ? "aucune" : sections)",
            en: "Sharing with \(subject): data \(data.isEmpty ? "none" : data); sections \(sections.isEmpty ? "none" : sections)")
    }
}

extension ConsentError: LocalizedFailure {
    public func message(in language: Language) -> String {
        switch self {
        case .invalidCounsellor(let text):
            language.pick(
                fr: "conseiller « \(text) » : un identifiant non vide, sur une ligne, de 200 caractères au plus",
                en: "counsellor '\(text)': a non-empty identifier, on one line, of 200 characters at most")
        }
    }
}

extension ConsentError {
    public var failureKind: FailureKind {
        switch self {
        case .invalidCounsellor: .usage
        }
    }
}
