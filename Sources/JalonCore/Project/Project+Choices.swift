/// The person's two choices, kept in the core so that every interface (the CLI's commands, its demo,
/// a server) applies the same rule: keeping a métier as a piste (step 4) and choosing one path to a
/// kept piste (step 5). Each records the change, so later finished steps go à revoir.
extension Project {
    /// What keeping a piste did.
    public enum KeepOutcome: Sendable, Equatable {
        /// Kept, at this rank among the kept pistes.
        case kept(rang: Int)
        case alreadyKept
        /// Already `Pistes.maximumRetenues` kept: nothing changed.
        case limitReached
    }

    /// Keeps `fiche` as a piste retenue, ranked after those already kept; it leaves the suggested or
    /// set-aside list it was in, keeping the person's comments.
    @discardableResult
    public mutating func keep(_ fiche: RomeCode, libelle: String?) -> KeepOutcome {
        var pistes = self.pistes ?? Pistes()
        if pistes.statut(of: fiche) == .retenue { return .alreadyKept }
        guard pistes.retenues.count < Pistes.maximumRetenues else { return .limitReached }
        let earlier = pistes.pistes.first { $0.fiche == fiche }
        pistes.suggerees.removeAll { $0.fiche == fiche }
        pistes.ecartees.removeAll { $0.fiche == fiche }
        let rang = pistes.retenues.count + 1
        pistes.retenues.append(Piste(fiche: fiche, libelle: libelle ?? earlier?.libelle, rang: rang, commentaires: earlier?.commentaires ?? []))
        self.pistes = pistes
        recordChange(of: .pistes)
        return .kept(rang: rang)
    }

    /// Makes `formation` the chosen path to its fiche, adding it when it is not among the paths yet;
    /// any other path to that fiche stops being the chosen one (one choice per piste).
    public mutating func choose(_ formation: Formation) {
        var chosen = formation
        chosen.choisie = true
        for index in formations.indices where formations[index].fiche == formation.fiche {
            formations[index].choisie = false
        }
        if let index = formations.firstIndex(where: { var other = $0; other.choisie = true; return other == chosen }) {
            formations[index] = chosen
        } else {
            formations.append(chosen)
        }
        recordChange(of: .formations)
    }
}
