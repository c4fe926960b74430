import Testing

@testable import JalonCatalogue

@Suite("Normalisation des textes de recherche")
struct SearchTextTests {
    @Test func foldsCaseAccentsHyphensAndApostrophes() {
        #expect(SearchText.words("AIDE-SOIGNANTE d'Équipe, Œuvre") == ["aide", "soignante", "d", "equipe", "oeuvre"])
    }

    @Test(arguments: [
        ("aide-soignante", "Aide-soignant"), ("boulangère", "BOULANGER"), ("conductrice", "conducteur"),
        ("vendeuse", "vendeur"), ("technicienne", "technicien"), ("sportive", "sportif"), ("infirmières", "infirmier")
    ])
    func givesBothGenderedFormsTheSameTerms(feminine: String, masculine: String) {
        #expect(SearchText.terms(feminine) == SearchText.terms(masculine))
    }

    @Test func dropsStopWords() {
        #expect(SearchText.terms("Agent de la sécurité et du contrôle") == SearchText.terms("agent securite controle"))
    }

    @Test func buildsAcronymsFromSignificantWords() {
        #expect(SearchText.acronym("Management commercial opérationnel") == "mco")
        #expect(SearchText.acronym("Négociation et digitalisation de la relation client") == "ndrc")
        #expect(SearchText.acronym("Cuisine") == nil)
    }

    @Test func boundsTheEditDistance() {
        func distance(_ a: String, _ b: String, _ limit: Int) -> Int? {
            Array(a.utf8).withUnsafeBytes { a in Array(b.utf8).withUnsafeBytes { b in EditDistance.bounded(a, b, limit: limit) } }
        }
        #expect(distance("infirmier", "infirmier", 2) == 0)
        #expect(distance("infirmeir", "infirmier", 2) == 1)  // transposition
        #expect(distance("asistant", "assistant", 1) == 1)
        #expect(distance("plombier", "pompier", 1) == nil)
    }
}
