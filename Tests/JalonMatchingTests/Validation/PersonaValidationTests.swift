import JalonCore
import Testing

/// The counsellor's check, in CI: every persona of ``Personas`` gets the readiness a counsellor would
/// expect, and the fiches the counsellor expects show among the first ten (their neighbours among the
/// first twenty).
@Suite("Validation: personas a counsellor would recognise")
struct PersonaValidationTests {
    @Test func thereAreAtLeastThirtyPersonas() {
        #expect(Personas.all.count >= 30)
        #expect(Personas.all.filter { $0.readiness != .ready }.count >= 3)
    }

    @Test(arguments: Personas.all)
    func persona(_ persona: Persona) {
        let readiness = SuggestionReadiness(person: persona.person)
        switch persona.readiness {
        case .ready: #expect(readiness == .ready, "\(persona.story)")
        case .provisional: #expect(readiness.isProvisional, "\(persona.story)")
        case .notReady:
            #expect(readiness == .notReady, "\(persona.story)")
            return
        }
        let ranking = MatchingRanking(index: RealCatalogue.index, person: persona.person)
        let top10 = ranking.ranked(limit: 10).map(\.rawValue)
        if !persona.top10.isEmpty {
            #expect(persona.top10.contains(where: top10.contains), "\(persona.name) — \(persona.story)\n\(RealCatalogue.describe(ranking, 20))")
        }
        if !persona.neighbours.isEmpty {
            let done = Set(persona.person.experienceAppellations.compactMap { RealCatalogue.index.fiche(ofAppellation: $0)?.rawValue })
            let top20 = ranking.ranked(limit: 20).map(\.rawValue).filter { !done.contains($0) }
            #expect(persona.neighbours.contains(where: top20.contains), "\(persona.name)\n\(RealCatalogue.describe(ranking, 20))")
        }
    }
}
