import JalonCore

extension MatchingPerson {
    /// The person as matching reads them from their project. The RIASEC code comes from the answers
    /// through `questionnaire` (the bundled one, loaded once per process by the caller, so explanations
    /// can quote them), else from the stored profile: answers it cannot score (another questionnaire's)
    /// fall back to it, as does a call without a questionnaire.
    public init(scoring project: Project, questionnaire: Questionnaire?) {
        let profile = project.interets?.riasec.flatMap { answers -> InterestProfile? in
            try? questionnaire?.profile(for: answers)
        }
        self.init(project: project, interestProfile: profile)
    }
}
