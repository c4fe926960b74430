import JalonLocale

/// The journey's rule for moving on, in the core so that the CLI's `advance` and the server's apply the same.
extension Project {
    /// Why `advance()` changed nothing.
    public enum AdvanceRefusal: LocalizedFailure, Equatable, Sendable {
        /// The synthèse is finished: there is no step after it.
        case journeyFinished
        /// The current step (or one before it) lacks something, or is à revoir.
        case incomplete(Step, needs: Readiness)

        public func message(in language: Language) -> String {
            switch self {
            case .journeyFinished:
                language.pick(fr: "le parcours est déjà terminé (7. Synthèse)", en: "the journey is already finished (7. Summary)")
            case .incomplete(let step, let readiness):
                language.pick(
                    fr: "impossible de quitter l’étape \(step.number). \(step.title(in: language)), il manque :",
                    en: "cannot leave step \(step.number). \(step.title(in: language)), missing:")
                    + readiness.needs(in: language).map { "\n  ✗ " + $0 }.joined()
            }
        }

        public var failureKind: FailureKind {
            switch self {
            case .journeyFinished, .incomplete: .invalidInput
            }
        }
    }

    /// Finishes the current step and opens the next one, only when `Readiness` allows it; returns the
    /// revision message. At the synthèse, advancing finishes the journey (the step stays current).
    public mutating func advance(in language: Language) throws(AdvanceRefusal) -> String {
        let readiness = Readiness(self)
        let current = readiness.current
        guard !(current == .synthese && progression[current] == .terminee) else { throw .journeyFinished }
        guard readiness.mayAdvance else { throw .incomplete(current, needs: readiness) }
        progression[current] = .terminee
        guard let next = Step.allCases.first(where: { $0 > current }) else {
            return language.pick(fr: "Étape 7. Synthèse terminée : le parcours est complet", en: "Step 7. Summary finished: the journey is complete")
        }
        progression.current = next
        // A step already finished (or à revoir) keeps its state: it is revisited, not restarted.
        if progression[next] == .nonCommencee { progression[next] = .enCours }
        return language.pick(
            fr: "Étape \(current.number). \(current.title(in: language)) terminée ; étape \(next.number). \(next.title(in: language))",
            en: "Step \(current.number). \(current.title(in: language)) finished; step \(next.number). \(next.title(in: language))")
    }
}

extension Readiness {
    /// The missing findings of every step up to the current one, and the current step's à revoir remark:
    /// what advancing needs.
    public func needs(in language: Language) -> [String] {
        steps.filter { $0.step <= current }.flatMap { step in
            // Each finding already names its step ("profil : la situation manque").
            step.missing.map { $0.message(in: language, step: step.step) }
        }
            + (self[current].isARevoir
                ? [
                    language.pick(
                        fr: "l’étape courante est à revoir (une étape précédente a changé)",
                        en: "the current step is to review (an earlier step changed)")
                ] : [])
    }
}
