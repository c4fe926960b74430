import Foundation
import JalonCore
import Testing

@Suite("Project identifiers and codes")
struct IdentifierTests {
    @Test func projectIDsAreWrittenInLowerCase() throws {
        let id = try #require(ProjectID("C811B689-D8D0-46FE-9FB4-072159E7B381"))
        #expect(id.rawValue == "c811b689-d8d0-46fe-9fb4-072159e7b381")
        #expect(ProjectID(id.rawValue) == id)
        #expect(ProjectID("c811b689") == nil)
        #expect(ProjectID() != ProjectID())
    }

    @Test(arguments: ["x1", "a", "rdv-mission-locale", "n12", String(repeating: "a", count: 32)])
    func acceptsShortLowerCaseIDs(_ text: String) {
        #expect(ActionID(text)?.rawValue == text)
    }

    @Test(arguments: ["", "1x", "-a", "X1", "a_b", "a b", "é", String(repeating: "a", count: 33)])
    func refusesOtherIDs(_ text: String) {
        #expect(NoteID(text) == nil)
    }

    @Test func departementsAndCommunes() {
        for code in ["01", "21", "25", "70", "95", "2A", "2B", "971", "976"] { #expect(Departement(code) != nil, "\(code)") }
        for code in ["00", "20", "96", "99", "2C", "970", "977", "7", "7O"] { #expect(Departement(code) == nil, "\(code)") }
        #expect(Commune(codeInsee: "70279", nom: "Gray") != nil)
        #expect(Commune(codeInsee: "2A004", nom: "Ajaccio") != nil)
        for code in ["7027", "702790", "3A004", "2a004", "A0279"] { #expect(Commune(codeInsee: code, nom: "") == nil, "\(code)") }
    }

    @Test func diplomaTokens() {
        #expect(DiplomeLePlusEleve(token: "aucun") == .aucun)
        #expect(DiplomeLePlusEleve(token: "5") == .niveau(Niveau(5)!))
        #expect(DiplomeLePlusEleve(token: "2") == nil)
        #expect(DiplomeLePlusEleve(token: "9") == nil)
        #expect(DiplomeLePlusEleve.niveau(Niveau(8)!).token == "8")
    }

    @Test func ratingsAndCentres() {
        #expect(Rating(0) != nil && Rating(4) != nil)
        #expect(Rating(-1) == nil && Rating(5) == nil)
        #expect(CentreInteretCode(1) != nil && CentreInteretCode(30) != nil)
        #expect(CentreInteretCode(0) == nil && CentreInteretCode(31) == nil)
    }
}
