import JalonLocale

/// What calls for a counsellor's attention in one file, in the order reviews list them.
public enum CaseloadFlag: String, CaseIterable, Hashable, Sendable {
    case noTargetKept = "no-target-kept"
    case emptyPlan = "empty-plan"
    case inactive = "inactive"
    case inconsistent = "inconsistent"
    case fingerprintAltered = "fingerprint-altered"
}

extension CaseloadFlag {
    /// The flag as a counsellor reads it; `days` is how long the file has been quiet.
    public func label(in language: Language, daysSinceChange days: Int) -> String {
        switch self {
        case .noTargetKept: language.pick(fr: "aucune piste retenue", en: "no target kept")
        case .emptyPlan: language.pick(fr: "plan vide", en: "empty plan")
        case .inactive: language.pick(fr: "sans activité depuis \(days) j", en: "no activity for \(days) days")
        case .inconsistent: language.pick(fr: "données incohérentes", en: "inconsistent data")
        case .fingerprintAltered: language.pick(fr: "empreinte altérée", en: "fingerprint altered")
        }
    }
}
