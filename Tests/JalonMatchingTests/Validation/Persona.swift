import JalonCatalogue
import JalonCore
import Testing

/// A person as a counsellor would describe them, and the fiches that counsellor would expect among the
/// first suggestions. Built on the real bundled catalogue: an experience is the fiche's principal
/// appellation with its first cœur-de-métier savoir-faire confirmed.
struct Persona: CustomTestStringConvertible, Sendable {
    let name: String
    /// Age, level, situation and region as the counsellor met them (the matching does not read the
    /// region: the mobility radius is not applied to métiers).
    let story: String
    let person: MatchingPerson
    /// At least one of these in the top 10 (empty: no expectation on the ranking).
    let top10: [String]
    /// Neighbours of the experience: at least one of these, other than the fiches done, in the top 20.
    let neighbours: [String]
    let readiness: Readiness

    enum Readiness: Sendable { case ready, provisional, notReady }

    var testDescription: String { name }

    init(
        _ name: String, _ story: String, centres: [Int: Int] = [:], holland: String? = nil, did: [(fiche: String, skills: Int)] = [],
        level: Int? = nil, top10: [String], neighbours: [String] = [], readiness: Readiness = .ready
    ) {
        self.name = name
        self.story = story
        let catalogue = RealCatalogue.catalogue
        let experiences = did.compactMap { RealCatalogue.principalAppellation(of: RealCatalogue.code($0.fiche)) }
        let skills = did.flatMap { done in
            catalogue.coeurDeMetier(of: RealCatalogue.code(done.fiche)).filter { $0.rubrique == .savoirFaire }.prefix(done.skills)
                .map { MatchingPerson.Skill(item: $0.ogr, maitrise: .autonomie) }
        }
        person = MatchingPerson(
            centres: RealCatalogue.centres(centres), hollandCode: holland.flatMap { HollandCode($0) }, skills: skills,
            experienceAppellations: experiences,
            diplome: level.map { $0 <= 2 ? .aucun : .niveau(Niveau($0)!) })
        self.top10 = top10
        self.neighbours = neighbours
        self.readiness = readiness
    }
}
