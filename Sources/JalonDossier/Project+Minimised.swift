import JalonCore

extension DossierShare {
    /// The personal data this share names, in JalonCore's words.
    public var personalData: Set<PersonalDatum> {
        Set(Self.keywords.filter { contains($0.item) }.compactMap { PersonalDatum(rawValue: $0.word) })
    }

    /// The share that names `data`.
    public init(_ data: Set<PersonalDatum>) {
        self = DossierShare(Self.keywords.filter { data.contains(PersonalDatum(rawValue: $0.word)!) }.map(\.item))
    }
}

extension Project {
    /// The project as a shared dossier carries it: JalonCore's one rule (`visible(under:)`) with every
    /// section and the personal data `share` names. Everything the journey produced stays.
    ///
    /// The project's title (`metadata.titre`) is the name given at `jalon init --name`: it is the
    /// person's name as much as `nomAffiche`, so it goes only with `.name`.
    public func minimised(for share: DossierShare) -> Project {
        visible(under: Grant(personal: share.personalData))
    }

}
