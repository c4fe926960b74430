import JalonCore

extension Project {
    /// The project as a shared dossier carries it: personal data the person did not choose to share is
    /// removed, and so are the portal's extensions (their content is unknown to Jalon, so it cannot tell
    /// whether they are personal). Everything the journey produced stays.
    public func minimised(for share: DossierShare) -> Project {
        var copy = self
        copy.extensions = nil
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
}
