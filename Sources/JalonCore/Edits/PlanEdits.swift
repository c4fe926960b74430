/// Step 6: a new dated action, planned for today or later; its fiche, if any, must be a kept piste
/// (the document ties them with a keyref).
public struct AddPlanActionEdit: ProjectEdit {
    public var text: String
    /// `YYYY-MM-DD`.
    public var date: String
    public var kind: String
    public var fiche: String?

    public init(text: String, date: String, kind: String = PlanAction.Kind.autre.rawValue, fiche: String? = nil) {
        self.text = text
        self.date = date
        self.kind = kind
        self.fiche = fiche
    }

    public static var kinds: String { PlanAction.Kind.allCases.map(\.rawValue).joined(separator: ", ") }

    /// The action the input describes, checked against `today`, with id `id`.
    public func action(id: ActionID, today: Day) throws(EditFailure) -> PlanAction {
        let intitule = text.trimmingWhitespace
        guard !intitule.isEmpty else { throw .invalid("text", fr: "l’intitulé de l’action ne peut pas être vide", en: "the action's text cannot be empty") }
        guard let day = Day(iso8601: date) else {
            throw .invalid(
                "date", fr: "date « \(date) » invalide (attendu : AAAA-MM-JJ, un jour qui existe)",
                en: "invalid date '\(date)' (expected: YYYY-MM-DD, a day that exists)")
        }
        guard day >= today else {
            throw .invalid(
                "date", fr: "la date \(date) est passée : une action du plan se prévoit à partir d’aujourd’hui (\(today))",
                en: "the date \(date) is in the past: a plan action is planned from today (\(today))")
        }
        guard let kind = PlanAction.Kind(rawValue: kind) else {
            throw .invalid(
                "kind", fr: "type d’action inconnu « \(kind) » (attendu : \(Self.kinds))", en: "unknown action kind '\(kind)' (expected: \(Self.kinds))")
        }
        var code: RomeCode?
        if let fiche {
            guard let parsed = RomeCode(fiche) else {
                throw .invalid(
                    "fiche", fr: "« \(fiche) » n’est pas un code de fiche ROME (une lettre A–N et 4 chiffres, comme J1501)",
                    en: "'\(fiche)' is not a ROME fiche code (a letter A–N and 4 digits, like J1501)")
            }
            code = parsed
        }
        return PlanAction(id: id, kind: kind, status: .planifiee, intitule: intitule, date: day, fiche: code)
    }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<PlanAction> {
        let action = try action(id: ActionID.next(prefix: "a", after: project.plan.map(\.id)), today: context.today)
        let kept = project.pistes?.retenues.map(\.fiche) ?? []
        if let fiche = action.fiche, !kept.contains(fiche) {
            let list = kept.map(\.rawValue).joined(separator: ", ")
            throw .refused(
                "fiche", fr: "la fiche \(fiche) n’est pas une piste retenue du projet (retenues : \(kept.isEmpty ? "aucune" : list))",
                en: "fiche \(fiche) is not a kept piste of the project (kept: \(kept.isEmpty ? "none" : list))")
        }
        project.plan.append(action)
        // The synthèse summarises the plan: a new action makes a finished one worth rereading.
        project.recordChange(of: .plan)
        return EditResult(
            message: context.pick(
                fr: "Action \(action.id) ajoutée au plan : \(action.intitule)", en: "Action \(action.id) added to the plan: \(action.intitule)"),
            step: .plan, change: action)
    }
}

/// An action of the plan, by the 1-based position `plan list` shows or by its id `aN`.
struct PlanActionReference {
    var reference: String

    func index(in plan: [PlanAction]) throws(EditFailure) -> Int {
        let found: Int? =
            if let number = Int(reference) { plan.indices.contains(number - 1) ? number - 1 : nil } else { plan.firstIndex { $0.id.rawValue == reference } }
        guard let found else {
            throw .notFound(
                "action", fr: "aucune action « \(reference) » dans le plan (\(plan.count) action(s), voir jalon plan list)",
                en: "no action '\(reference)' in the plan (\(plan.count) action(s), see jalon plan list)")
        }
        return found
    }
}

/// Step 6: an action marked done.
public struct CompletePlanActionEdit: ProjectEdit {
    public var action: String

    public init(action: String) { self.action = action }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Void> {
        let index = try PlanActionReference(reference: action).index(in: project.plan)
        let id = project.plan[index].id
        guard project.plan[index].status != .faite else {
            throw .unchanged("action", fr: "l’action \(id) est déjà faite", en: "action \(id) is already done")
        }
        project.plan[index].status = .faite
        // Doing what was planned follows the plan rather than changing it: nothing goes à revoir.
        return EditResult(message: context.pick(fr: "Action \(id) faite", en: "Action \(id) done"), step: .plan)
    }
}

/// Step 6: an action taken out of the plan (earlier revisions keep it).
public struct RemovePlanActionEdit: ProjectEdit {
    public var action: String

    public init(action: String) { self.action = action }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Void> {
        let index = try PlanActionReference(reference: action).index(in: project.plan)
        let removed = project.plan.remove(at: index)
        project.recordChange(of: .plan)
        return EditResult(message: context.pick(fr: "Action \(removed.id) retirée du plan", en: "Action \(removed.id) removed from the plan"), step: .plan)
    }
}
