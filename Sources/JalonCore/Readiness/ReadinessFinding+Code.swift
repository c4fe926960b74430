extension ReadinessFinding {
    /// A stable, language-free name for the finding (`situation-missing`), for clients that act on it
    /// rather than show the sentence.
    public var code: String {
        switch self {
        case .situationGiven: "situation-given"
        case .situationMissing: "situation-missing"
        case .diplomeGiven: "diplome-given"
        case .diplomeMissing: "diplome-missing"
        case .placeGiven: "place-given"
        case .placeMissing: "place-missing"
        case .centresRated: "centres-rated"
        case .centresTooFew: "centres-too-few"
        case .riasecProfileComputed: "riasec-profile-computed"
        case .riasecProfileMissing: "riasec-profile-missing"
        case .experiencesGiven: "experiences-given"
        case .experiencesMissing: "experiences-missing"
        case .competencesConfirmed: "competences-confirmed"
        case .competencesMissing: "competences-missing"
        case .retenuesKept: "retenues-kept"
        case .retenuesMissing: "retenues-missing"
        case .formationChosen: "formation-chosen"
        case .formationNotChosen: "formation-not-chosen"
        case .formationsNeedPistes: "formations-need-pistes"
        case .actionsDated: "actions-dated"
        case .actionsMissing: "actions-missing"
        case .actionsUndated: "actions-undated"
        case .syntheseWritten: "synthese-written"
        case .syntheseMissing: "synthese-missing"
        case .inconsistency: "inconsistency"
        case .changedUpstream: "changed-upstream"
        }
    }
}
