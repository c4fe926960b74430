/// Every number the métier matching uses, in one place; each is explained with its formula in
/// <doc:Matching>. Changing one changes every score, so the tests pin them.
public enum MatchingWeights {
    // MARK: Total

    /// Share of the interest fit in the base score.
    public static let interest = 0.40
    /// Share of the skill fit in the base score.
    public static let skill = 0.35
    /// Share of the access fit in the base score.
    public static let access = 0.25
    /// Part of the remaining gap to 100 that a mobilité from a métier already done closes at most (its
    /// points are therefore 100 × (1 − base) × 0.20 × B: ``MatchScore/points(_:)``).
    public static let mobiliteBonus = 0.20
    /// Part of the remaining gap to 100 that keeping a piste (`retenue`) closes.
    public static let preferenceBonus = 0.10
    /// Part of the remaining gap to 100 that the job prospects close, when the person asks for « métiers
    /// qui recrutent dans ma région » (off by default): × (category − 1) / 4 of the Dares tension of the
    /// fiche's family in their place, so a « tension forte » 5/5 closes 10 %, a 1/5 nothing.
    public static let debouchesBonus = 0.10

    /// The value D (0…1) of a Dares tension category 1…5; a fiche without a published figure gets 0.
    public static func debouches(category: Int?) -> Double {
        guard let category else { return 0 }
        return Double(min(max(category, 1), 5) - 1) / 4
    }

    // MARK: Interest fit

    /// Weight of a centre d'intérêt ROME marks principal for the fiche (others weigh 1).
    public static let principalCentre = 2.0
    /// Share of the strongest linked centre in the centre fit (the rest is the weighted mean).
    public static let strongestCentreShare = 0.5
    /// Share of the RIASEC congruence in the interest fit, when the person has a usable profile.
    public static let congruence = 0.30

    // MARK: Skill fit

    /// Items of the cœur de métier weigh this much more than the others.
    public static let coeurDeMetier = 2.0
    /// Weight of an item by rubrique (ROME's contextes de travail are conditions, not skills: not counted).
    public static func rubrique(_ rubrique: FicheItem.Rubrique) -> Double {
        switch rubrique {
        case .savoirFaire: 1.0
        case .savoir: 0.75
        case .savoirEtre: 0.5
        case .contexte: 0
        }
    }
    /// Credit of a skill by its maîtrise: a quarter per level, so an expert brings the full item.
    public static func credit(_ maitrise: Maitrise) -> Double { Double(maitrise.rawValue) / 4 }
    /// A skill the person confirmed without rating it counts as `pratique`.
    public static let unratedMaitrise = Maitrise.pratique
    /// Part of the credit an item gets from a related skill: a detailed compétence of it (for a
    /// macro-compétence), or its macro-compétence (for a detailed one).
    public static let sameFamily = 0.5
    /// Share of a fiche's own total item weight (cœur de métier counted twice) that makes a full skill
    /// fit. Relative to the fiche, so that skills keep telling fiches apart for people with rich
    /// experience (an absolute threshold of 10 was reached on 1,186 fiches by the 500 most common
    /// items); below 1 because nobody holds all of a fiche's 60–135 items, its savoir-être included.
    public static let fullSkillShare = 0.5
    /// The maîtrise a lever assumes the person would reach by training.
    public static let leverMaitrise = Maitrise.autonomie

    // MARK: Access fit

    /// Access lost per certification step between the person's diploma and the fiche's nearest
    /// certification (``LevelSteps/steps(from:to:admitsWithoutDiploma:)``: one per level, or one for a
    /// certification admitting without a diploma).
    public static let accessPerLevel = 0.25
    /// The level given to a person without any diploma (one below CAP).
    public static let levelWithoutDiploma = 2
    /// Steps a regulated métier adds when nothing shows the person holds its certification: obtaining
    /// it is one more step, like a level.
    public static let regulatedCertificationSteps = 1

    // MARK: Mobilités

    /// Bonus of a fiche reached by a ROME mobilité, relative to the métier itself (1).
    public static let mobiliteReach = 0.8

    /// Proximity of the `position`-th (1-based) of `count` mobilités of a fiche: 1 for the first,
    /// decreasing linearly to just above 0.5 for the last, following ROME's order.
    public static func mobiliteProximity(position: Int, count: Int) -> Double {
        1 - 0.5 * Double(position - 1) / Double(max(count, 1))
    }

    // MARK: Passerelles

    /// Share of the ROME mobilité in a passerelle's proximity (the rest is the shared cœur de métier).
    public static let passerelleMobilite = 0.6
}
