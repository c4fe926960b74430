import Testing

@testable import JalonCore

/// A regulated métier's required certification is read from ROME's accès text.
@Suite struct RegulatedAccessTests {
    typealias F = PathsFixtures
    /// J1501's text, ROME v460.
    let acces =
        "Cet emploi est accessible avec un Diplôme d'Etat d'Aide-Soignant, obligatoire pour exercer. Le diplôme est accessible par la VAE et en contrat d'apprentissage."

    @Test(arguments: [
        ("DE - DE Aide-Soignant", true),
        ("Diplôme d'Etat d'aide-soignant (DEAS)", true),
        ("DE - DE Accompagnant éducatif et social", false),
        ("BAC PRO - Accompagnement, soins et services à la personne", false),
        ("Aide", false)
    ])
    func titles(title: String, required: Bool) {
        #expect(RegulatedAccess.isRequired(F.certification(1, niveau: 4, title: title), accesAuMetier: acces) == required)
    }

    @Test func titleWords() {
        #expect(RegulatedAccess.significantWords(ofTitle: "DE - DE Aide-Soignant") == ["diplome", "etat", "aide", "soignant"])
        #expect(
            RegulatedAccess.significantWords(ofTitle: "TP - TP Electromécanicien de maintenance industrielle")
                == ["titre", "professionnel", "electromecanicien", "maintenance", "industrielle"])
    }
}
