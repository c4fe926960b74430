import JalonCore
import Testing

/// ProfilEdit's partial-update rule: given is set, cleared is removed, anything else stays.
@Suite struct ProfilEditTests {
    static let context = EditContext(language: .fr)

    static func project() throws -> Project {
        var project = Project.started(displayName: "Sophie")
        _ = try ProfilEdit(anneeNaissance: 1997, communeInsee: "25056", communeNom: "Besançon", departement: "25", mobiliteKm: 30)
            .apply(to: &project, in: context)
        return project
    }

    @Test func aClearedFieldIsRemovedAndTheOthersStay() throws {
        var project = try Self.project()
        _ = try ProfilEdit(departement: "70", clearing: [.mobiliteKm, .commune]).apply(to: &project, in: Self.context)
        let profil = try #require(project.profil)
        #expect(profil.mobiliteKm == nil && profil.commune == nil)
        #expect(profil.departement?.code == "70" && profil.anneeNaissance == 1997)
    }

    @Test func aFieldBothGivenAndClearedIsRefusedAndNothingChanges() throws {
        var project = try Self.project()
        let before = project
        #expect(throws: EditFailure.self) { try ProfilEdit(mobiliteKm: 10, clearing: [.mobiliteKm]).apply(to: &project, in: Self.context) }
        #expect(project == before)
    }

    @Test func clearingWhatIsAlreadyEmptyChangesNothing() throws {
        var project = try Self.project()
        let before = project
        let failure = #expect(throws: EditFailure.self) { try ProfilEdit(clearing: [.situation]).apply(to: &project, in: Self.context) }
        #expect(failure?.kind == .unchanged)
        #expect(project == before)
    }
}
