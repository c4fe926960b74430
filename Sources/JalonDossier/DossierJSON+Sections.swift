import JalonCore

extension DossierJSON {
    /// A project's content sections in the dossier's shape and field names — interests with the RIASEC
    /// profile, skills by origin and by ROME category, métiers (kept, suggested, ruled out, the saved
    /// suggestions), training paths and formations — for the API's project JSON: one shape per concept.
    public struct Sections: Encodable, Sendable {
        var interests: Interests
        var skills: [SkillGroup]
        var skillDomains: [SkillDomain]
        var metiers: Metiers
        var trainings: Trainings

        /// The sections of `dossier` (made with `.all`: the person's own view, nothing minimised away).
        public init(_ dossier: Dossier) {
            interests = Interests(dossier)
            skills = dossier.skillGroups.map(SkillGroup.init)
            skillDomains = (dossier.skillDomains ?? []).map(SkillDomain.init)
            metiers = Metiers(dossier)
            trainings = Trainings(dossier.project)
        }
    }
}
