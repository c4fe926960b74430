/// The certifications to take one after the other from the person's level to the target's, staying in
/// the field.
///
/// Rule: one certification raises the level by at most `maximumStep` (2: CAP → bac, bac → BTS, BTS →
/// licence each take one to two years). While the target is more than `maximumStep` levels above the
/// current one, Jalon inserts the active certification of the highest level within reach (current + 1 …
/// current + `maximumStep`), taken first from the target fiche's own certifications, then from the other
/// fiches of its domaine; among those, the most delivered (most InserJeunes leavers in the newest
/// cohort: a BTS rather than a rare in-house title), then the lower code; a certification the sources
/// say is closed to the path's route is not taken as a step. A person without a diploma starts
/// from level 2. VAE asks for no prior diploma, so a VAE path is always one step.
public enum LevelSteps {
    public static let maximumStep = 2

    /// The chain ending with `target`; `bridges` is in preference order (fiche first, then domaine).
    /// `isComplete` is false when no certification in the field could fill a gap.
    static func chain(from start: Int?, to target: CertificationCandidate, bridges: [CertificationCandidate]) -> (steps: [CertificationCandidate], isComplete: Bool) {
        guard var current = start, let goal = target.niveau?.rawValue else { return ([target], true) }
        var steps: [CertificationCandidate] = []
        while goal - current > maximumStep {
            let reach = (current + 1)...(current + maximumStep)
            let best = bridges.enumerated().filter { reach.contains($0.element.niveau?.rawValue ?? 0) }.min { a, b in
                (-(a.element.niveau!.rawValue), a.offset) < (-(b.element.niveau!.rawValue), b.offset)
            }?.element
            guard let best else { return (steps + [target], false) }
            steps.append(best)
            current = best.niveau!.rawValue
        }
        return (steps + [target], true)
    }
}
