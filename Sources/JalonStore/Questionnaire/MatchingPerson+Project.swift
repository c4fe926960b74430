import JalonCore

extension MatchingPerson {
    /// The person as matching reads them from their project. The RIASEC code comes from the answers
    /// through the bundled questionnaire (so explanations can quote them), else from the stored profile:
    /// answers the bundled questionnaire cannot score (another questionnaire) fall back to it.
    public init(scoring project: Project) {
        let profile = project.interets?.riasec.flatMap { answers -> InterestProfile? in
            try? QuestionnaireLoader.bundledRiasec().profile(for: answers)
        }
        self.init(project: project, interestProfile: profile)
    }
}
