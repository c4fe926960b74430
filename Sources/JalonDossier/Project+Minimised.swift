import JalonCore

extension Project {
    /// The project as a shared dossier carries it: personal data the person did not choose to share is
    /// removed, and so are the portal's extensions (their content is unknown to Jalon, so it cannot tell
    /// whether they are personal). Everything the journey produced stays.
    ///
    /// The project's title (`metadata.titre`) is the name given at `jalon init --name`: it is the
    /// person's name as much as `nomAffiche`, so it goes only with `.name`.
    public func minimised(for share: DossierShare) -> Project {
        var copy = self
        copy.extensions = nil
        if !share.contains(.name) { copy.metadata.titre = nil }
        guard var profil = copy.profil else { return copy }
        if !share.contains(.name) { profil.nomAffiche = nil }
        if !share.contains(.contact) { profil.contact = nil }
        if !share.contains(.birthYear) { profil.anneeNaissance = nil }
        if !share.contains(.place) { profil.commune = nil; profil.departement = nil }
        if !share.contains(.situation) { profil.situation = nil }
        if !share.contains(.constraints) { profil.contraintes = [] }
        copy.profil = profil
        return copy
    }

    /// What a shared dossier calls the person when the name is not shared: stable for one project,
    /// meaningless outside it ("Personne 5F0C").
    public var pseudonym: String {
        "Personne " + String(id.description.prefix(4)).uppercased()
    }

    /// The personal texts `share` withholds, each with what stands in for it where Jalon quotes it
    /// outside the fields that hold it (a revision message such as « Création du projet de Sophie »):
    /// a name becomes the pseudonym, any other datum an ellipsis.
    func withheldTexts(for share: DossierShare) -> [(text: String, replacement: String)] {
        var withheld: [(String, String)] = []
        if !share.contains(.name) {
            for name in [metadata.titre, profil?.nomAffiche].compactMap({ $0 }) { withheld.append((name, pseudonym)) }
        }
        if !share.contains(.contact) {
            for item in [profil?.contact?.courriel, profil?.contact?.telephone].compactMap({ $0 }) { withheld.append((item, "…")) }
        }
        if !share.contains(.birthYear), let year = profil?.anneeNaissance { withheld.append((String(year), "…")) }
        if !share.contains(.place), let commune = profil?.commune { withheld.append((commune.nom, "…")) }
        if !share.contains(.constraints) { withheld += (profil?.contraintes ?? []).map { ($0, "…") } }
        // Longest first, so a name that contains another is replaced whole.
        return withheld.filter { !$0.0.isEmpty }.sorted { $0.0.count > $1.0.count }
    }
}
