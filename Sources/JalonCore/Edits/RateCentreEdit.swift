/// Step 2: how much centres d'intérêt speak to the person, 0 to 4 each. `replacingAll` replaces every
/// rating with those given (a form sending the 30 at once); otherwise the given ones are added or changed.
public struct RateCentresEdit: ProjectEdit {
    /// Centre 1…30 → rating 0…4, as typed.
    public var ratings: [(centre: Int, rating: Int)]
    public var replacingAll: Bool

    public init(ratings: [(centre: Int, rating: Int)], replacingAll: Bool = false) {
        self.ratings = ratings
        self.replacingAll = replacingAll
    }

    /// One centre, as `jalon interets rate` gives it.
    public init(centre: Int, rating: Int) { self.init(ratings: [(centre, rating)]) }

    /// The ratings, checked: each centre 1…30 and rated 0…4, none twice.
    public func checked() throws(EditFailure) -> [CentreInteretRating] {
        var result: [CentreInteretRating] = []
        for (centre, rating) in ratings {
            guard let code = CentreInteretCode(centre) else {
                throw .invalid(
                    "centres.\(centre)", fr: "centre d’intérêt « \(centre) » inconnu (attendu : 1 à 30)",
                    en: "unknown centre d’intérêt '\(centre)' (expected: 1 to 30)")
            }
            guard let value = Rating(rating) else {
                throw .invalid(
                    "centres.\(centre)", fr: "note « \(rating) » impossible (attendu : 0 à 4)", en: "impossible rating '\(rating)' (expected: 0 to 4)")
            }
            guard !result.contains(where: { $0.centre == code }) else {
                throw .invalid("centres.\(centre)", fr: "centre \(centre) noté deux fois", en: "centre \(centre) rated twice")
            }
            result.append(CentreInteretRating(centre: code, rating: value))
        }
        return result
    }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Void> {
        let rated = try checked()
        var interets = project.interets ?? Interets()
        if replacingAll { interets.centres = [] }
        for rating in rated {
            interets.centres.removeAll { $0.centre == rating.centre }
            interets.centres.append(rating)
        }
        interets.centres.sort { $0.centre < $1.centre }
        guard interets != project.interets ?? Interets() else {
            let message =
                rated.count == 1
                ? (
                    fr: "le centre \(rated[0].centre) a déjà la note \(rated[0].rating) : rien n’est enregistré",
                    en: "centre \(rated[0].centre) already has rating \(rated[0].rating): nothing saved"
                )
                : (fr: "ces notes sont déjà enregistrées : rien n’est enregistré", en: "these ratings are already recorded: nothing saved")
            throw .unchanged("centres", fr: message.fr, en: message.en)
        }
        project.interets = interets
        // Suggestions were ranked from the old interests: later finished steps go à revoir.
        project.recordChange(of: .interets)
        let message =
            rated.count == 1 && !replacingAll
            ? context.pick(
                fr: "Centre d’intérêt \(rated[0].centre) noté \(rated[0].rating)", en: "Centre d’intérêt \(rated[0].centre) rated \(rated[0].rating)")
            : context.pick(fr: "Centres d’intérêt notés (\(rated.count))", en: "Centres d’intérêt rated (\(rated.count))")
        return EditResult(message: message, step: .interets)
    }
}
