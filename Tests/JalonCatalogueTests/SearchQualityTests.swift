import JalonCore
import Testing

@testable import JalonCatalogue

/// Queries a person would type, with the result they expect first. They run on the bundled catalogue,
/// so they check what ships.
@Suite("Recherche : requêtes réelles", .enabled(if: TestData.isBundled, "aucun catalogue embarqué dans Resources/Catalogue"))
struct SearchQualityTests {
    static let catalogue = Result { try Catalogue(contentsOf: TestData.bundledArtifact) }

    /// A query and the fiche its first result must lead to.
    @Test(arguments: [
        ("aide soignante", "J1501"), ("AIDE-SOIGNANT", "J1501"), ("aide soignant", "J1501"), ("Aide-Soignante", "J1501"),
        ("infirmiere IDE", "J1506"), ("infirmier scolaire", "J1511"), ("puericultrice", "J1507"),
        ("auxilaire de puericulture", "J1304"),  // misspelt
        ("boulangère", "D1102"), ("patissiere", "D1104"), ("coiffeuse", "D1202"), ("estheticienne", "D1208"),
        ("mecanicien auto", "I1604"), ("developpeuse informatique", "M1805"), ("developpeur web", "M1855"),
        ("serveuse restaurant", "G1803"), ("agent de securite", "K2503"), ("assistante sociale", "K1201"),
        ("éducatrice spécialisée", "K1207"), ("professeur des ecoles", "K2106"), ("ambulanciere", "J1305"),
        ("cariste", "N1101"), ("magasiniere", "N1110"), ("jardinier paysagiste", "A1208"), ("menuisière", "H2206"),
        ("peintre en batiment", "F1606"), ("charpentier", "F1503"), ("avocate", "K1903"), ("pharmacienne", "J1202"),
        ("veterinaire", "A1504"), ("soudeuse", "H2913"), ("carreleur", "F1608"), ("asistante maternelle", "K1310"),
        ("conductrice de bus", "N4103"), ("chauffeur poids lourd", "N4101"), ("maraichere", "A1433"),
        ("viticultrice", "A1418"), ("plombier", "F1603"), ("comptable", "M1203"), ("cuisinière", "G1609"),
        ("maçonne", "F1703"), ("secretaire", "M1607"), ("infirmeire scolaire", "J1511"),  // transposed letters
        ("J1501", "J1501")
    ])
    func metierQueriesLeadToTheExpectedFiche(query: String, fiche: String) throws {
        let catalogue = try Self.catalogue.get()
        let first = try #require(catalogue.search(query, kind: .metier, limit: 1).first)
        #expect(first.fiche?.rawValue == fiche, "« \(query) » → \(first.code) \(first.label)")
        // Without the filter, a métier still comes first for these queries.
        #expect(catalogue.search(query, limit: 1).first?.fiche?.rawValue == fiche)
    }

    /// Abbreviations and diploma names, with the words the first certification's title must contain.
    @Test(arguments: [
        ("BTS MCO", "Management commercial opérationnel"), ("bts ndrc", "Négociation et digitalisation de la relation client"),
        ("CAP AEPE", "Accompagnant éducatif petite enfance"), ("bac pro MELEC", "électricité et de ses environnements connectés"),
        ("bac pro ASSP", "Accompagnement, soins et services à la personne"), ("BTS SIO", "Services informatiques aux organisations"),
        ("cap cuisine", "Cuisine"), ("titre pro secretaire assistant", "Secrétaire assistant"), ("RNCP35830", "Aide-Soignant"),
        ("DEAS", "Aide-Soignant"), ("deaes", "Accompagnant éducatif et social"), ("BTSMCO", "Management commercial opérationnel")
    ])
    func certificationQueriesFindTheDiploma(query: String, titleContains: String) throws {
        let catalogue = try Self.catalogue.get()
        let first = try #require(catalogue.search(query, kind: .certification, limit: 1).first)
        #expect(first.kind == .certification)
        #expect(first.label.localizedCaseInsensitiveContains(titleContains), "« \(query) » → \(first.code) \(first.label)")
    }

    /// Skills and knowledge, with words the first result's label must contain.
    @Test(arguments: [
        ("gérer une caisse", "Gérer une caisse"), ("conduite de chariot", "Conduite de chariot"),
        ("accueillir les clients", "Accueillir le client"), ("permis c", "Permis de conduire catégorie C"),
        ("soudage tig", "Tungsten Inert Gas (TIG)"), ("excel", "Excel"), ("hygiene haccp", "HACCP"),
        ("gestes et postures", "Gestes et postures")
    ])
    func skillQueriesFindTheSkill(query: String, labelContains: String) throws {
        let first = try #require(try Self.catalogue.get().search(query, kind: .competence, limit: 1).first)
        #expect([.competence, .savoir].contains(first.kind))
        #expect(first.label.contains(labelContains), "« \(query) » → \(first.code) \(first.label)")
    }

    @Test func genderedFormsGiveTheSameRanking() throws {
        let catalogue = try Self.catalogue.get()
        #expect(catalogue.search("boulangère", limit: 5) == catalogue.search("BOULANGER", limit: 5))
        #expect(catalogue.search("vendeuse", limit: 5).map(\.code) == catalogue.search("vendeur", limit: 5).map(\.code))
    }

    @Test func emptyAndStopWordQueriesFindNothing() throws {
        let catalogue = try Self.catalogue.get()
        #expect(catalogue.search("").isEmpty)
        #expect(catalogue.search("de la").isEmpty)
        #expect(catalogue.search("zzzzqqqq").isEmpty)
    }
}
