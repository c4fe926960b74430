/// The journey's rule for an edit, in the core so that every interface (CLI, server) applies the same.
extension Project {
    /// Records that the person changed `step`: later finished steps become à revoir
    /// (`Progression.markChanged`). That rule also leaves the changed step itself en cours, which for a
    /// step already left behind would stay so forever, since only the current step is ever finished;
    /// so a step revisited behind the current one stays terminée while it is still complete.
    public mutating func recordChange(of step: Step) {
        let alreadyLeft = step < progression.current && progression[step] == .terminee
        progression.markChanged(step)
        if alreadyLeft && Readiness(self)[step].isComplete { progression[step] = .terminee }
    }
}
