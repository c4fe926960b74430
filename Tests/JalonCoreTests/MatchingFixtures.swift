import JalonCore

/// Small hand-written matching indexes whose scores the tests compute by hand.
enum MatchingFixtures {
    static func code(_ text: String) -> RomeCode { RomeCode(text)! }
    static func centre(_ value: Int) -> CentreInteretCode { CentreInteretCode(value)! }

    static func item(_ ogr: Int, _ rubrique: FicheItem.Rubrique = .savoirFaire, coeur: Bool = false, label: String? = nil) -> FicheItem {
        FicheItem(ogr: OgrCode(ogr), label: label ?? "item \(ogr)", rubrique: rubrique, coherence: coeur ? .principale : .ordinaire)
    }

    static func link(_ centre: Int, _ fiche: String, principal: Bool = false) -> RomeCentreInteretLink {
        RomeCentreInteretLink(centreInteret: CentreInteretCode(centre)!, fiche: code(fiche), isPrincipal: principal)
    }

    static func skill(_ ogr: Int, _ maitrise: Maitrise) -> MatchingPerson.Skill { MatchingPerson.Skill(item: OgrCode(ogr), maitrise: maitrise) }

    /// Four fiches. A1000 carries every kind of item, two centres, certifications at levels 3 and 4, and
    /// two mobilités (B2000 first, C3000 second); B2000 is regulated. Appellation 9001 names A1000.
    /// Compétence 7 belongs to the macro-compétence 2.
    ///
    /// Item weights of A1000: 1 (savoir-faire, cœur) 1 × 2 = 2; 2 (savoir-faire) 1; 3 (savoir-être) 0.5;
    /// 4 (savoir, cœur) 0.75 × 2 = 1.5; 5 (contexte) left out. Total 5.
    static func entries(labels: [String: String] = [:]) -> [MatchingFicheEntry] {
        [
            MatchingFicheEntry(
                code: code("A1000"), label: labels["A1000"] ?? "Alphiste", riasecMajor: .social, riasecMinor: .entreprenant,
                centres: [link(22, "A1000", principal: true), link(5, "A1000")],
                items: [item(1, coeur: true), item(2), item(3, .savoirEtre), item(4, .savoir, coeur: true), item(5, .contexte)],
                certificationLevels: [Niveau(4)!, Niveau(3)!],
                mobilites: [Mobilite(target: code("C3000"), order: 2), Mobilite(target: code("B2000"), order: 1)]),
            MatchingFicheEntry(
                code: code("B2000"), label: labels["B2000"] ?? "Bétiste", riasecMajor: .realiste,
                centres: [link(5, "B2000", principal: true)],
                items: [item(1, coeur: true), item(9, coeur: true), item(2)],
                certificationLevels: [Niveau(5)!], isRegulated: true),
            MatchingFicheEntry(
                code: code("C3000"), label: labels["C3000"] ?? "Cétiste", riasecMajor: .conventionnel,
                centres: [link(7, "C3000")], items: [item(8, coeur: true)]),
            MatchingFicheEntry(
                code: code("D4000"), label: labels["D4000"] ?? "Détiste", centres: [link(22, "D4000")],
                items: [item(4, .savoir, coeur: true), item(6)])
        ]
    }

    static func index(labels: [String: String] = [:]) -> MatchingIndex {
        MatchingIndex(
            fiches: entries(labels: labels), appellations: [OgrCode(9001): code("A1000")],
            families: [OgrCode(7): OgrCode(2)],
            centreLabels: [centre(22): "Je souhaite prendre soin des autres", centre(5): "centre 5"])
    }
}
