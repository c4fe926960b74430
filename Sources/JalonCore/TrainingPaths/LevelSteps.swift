/// The certifications to take one after the other from the person's level to the target's, staying in
/// the field, and how each step admits the person.
///
/// Rule: a certification of level n + 1 admits holders of level n (a bac pro or BP after a CAP, a BTS or
/// BUT after a bac, a licence after a BTS), so a certification of level n + 2 or more is reached through
/// a certification of level n + 1 — unless it admits without a diploma (``EntryRule``). While the next
/// step is out of reach, Jalon inserts the bridge of the highest level the person can enter: level
/// current + 1, or a higher one that admits without a diploma, below the target; taken first from the
/// target fiche's own certifications, then from the other fiches of its domaine; among those, the most
/// delivered (most InserJeunes leavers in the newest cohort: a BTS rather than a rare in-house title),
/// then the lower code; a certification the sources say is closed to the path's route is not taken as a
/// step. A person without a diploma starts from level 2. VAE asks for no prior diploma (Code du travail
/// L6411-1), so a VAE path is always one step.
public enum LevelSteps {
    /// Levels one certification raises, unless it admits without a diploma.
    public static let maximumStep = 1

    /// How the person enters one step of a path.
    public enum Entry: Sendable, Equatable {
        /// The step's level is at most one above what the person holds then (level `from`).
        case nextLevel(from: Int)
        /// The certification admits without a prior diploma.
        case withoutDiploma(EntryRule.Exception)
        /// No level to compare (the person's diploma not given).
        case levelUnknown
        /// By VAE: no prior diploma.
        case vae
        /// Nothing in the field fills the gap from level `from`.
        case unbridged(from: Int)
    }

    /// The chain ending with `target`, each step with how it is entered; `bridges` is in preference
    /// order (fiche first, then domaine). `isComplete` is false when no certification in the field
    /// could fill a gap.
    static func chain(
        from start: Int?, to target: CertificationCandidate, bridges: [CertificationCandidate]
    )
        -> (steps: [CertificationCandidate], entries: [Entry], isComplete: Bool)
    {
        guard var current = start, let goal = target.niveau?.rawValue else { return ([target], [.levelUnknown], true) }
        var steps: [CertificationCandidate] = [], entries: [Entry] = []
        while !admits(target, from: current) {
            // The highest level enterable from `current`, below the goal.
            let enterable = bridges.enumerated().filter {
                let level = $0.element.niveau?.rawValue ?? 0
                return level > current && level < goal && admits($0.element, from: current)
            }
            guard let best = enterable.min(by: { a, b in (-(a.element.niveau!.rawValue), a.offset) < (-(b.element.niveau!.rawValue), b.offset) })?.element
            else { return (steps + [target], entries + [.unbridged(from: current)], false) }
            steps.append(best)
            entries.append(entry(best, from: current))
            current = best.niveau!.rawValue
        }
        return (steps + [target], entries + [entry(target, from: current)], true)
    }

    /// Certifications to take one after the other from level `start` to a certification of level
    /// `niveau`, when the field has a certification at every level in between: none when the person
    /// already holds that level; one when it is at most ``maximumStep`` above, or when it admits without
    /// a diploma (``EntryRule``), whatever the gap; else one per level. The one rule of both engines:
    /// ``chain(from:to:bridges:)`` takes a step only where this is at most one, and matching's access
    /// counts its steps with it (``MatchingIndex``, <doc:Matching>).
    public static func steps(from start: Int, to niveau: Int, admitsWithoutDiploma: Bool) -> Int {
        let gap = niveau - start
        guard gap > 0 else { return 0 }
        return gap <= maximumStep || admitsWithoutDiploma ? 1 : gap
    }

    static func admits(_ candidate: CertificationCandidate, from level: Int) -> Bool {
        guard let niveau = candidate.niveau?.rawValue else { return true }
        return steps(from: level, to: niveau, admitsWithoutDiploma: EntryRule.exception(for: candidate.certification) != nil) <= 1
    }

    static func entry(_ candidate: CertificationCandidate, from level: Int) -> Entry {
        if let niveau = candidate.niveau?.rawValue, niveau - level > maximumStep, let exception = EntryRule.exception(for: candidate.certification) {
            return .withoutDiploma(exception)
        }
        return .nextLevel(from: level)
    }
}
