/// Step 4: the person keeps a métier as a piste (five at most). It joins the kept pistes after those
/// already there, with its catalogue label, leaving the suggested or set-aside list if it was there;
/// the note is kept as the person's remark on it (on a piste already kept, the remark is added).
public struct KeepMetierEdit: ProjectEdit {
    public var fiche: String
    public var note: String?

    public init(fiche: String, note: String? = nil) {
        self.fiche = fiche
        self.note = note
    }

    /// What keeping did.
    public struct Kept: Sendable {
        public var piste: Piste
        public var label: String
        /// Where the fiche was before: nil (new), suggested, set aside, or already kept (a remark added).
        public var earlier: Piste.Statut?
    }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Kept> {
        let code = try RomeCode.parse(fiche, field: "fiche")
        let remark = note.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        guard let label = try context.requireCatalogue("fiche").fiche(code)?.label else { throw RomeCode.unknownFiche(fiche, field: "fiche") }
        var kept = Piste(fiche: code)
        var pistes = project.pistes ?? Pistes()
        let earlier = pistes.statut(of: code)
        if let index = pistes.retenues.firstIndex(where: { $0.fiche == code }) {
            guard let remark, !pistes.retenues[index].commentaires.contains(remark) else {
                throw .unchanged(
                    "fiche", fr: "\(code) est déjà une piste retenue (rang \(pistes.retenues[index].rang ?? 0)) : rien n’est enregistré",
                    en: "\(code) is already a kept piste (rank \(pistes.retenues[index].rang ?? 0)): nothing saved")
            }
            pistes.retenues[index].commentaires.append(remark)
            kept = pistes.retenues[index]
        } else {
            guard pistes.retenues.count < Pistes.maximumRetenues else {
                let list = pistes.retenues.map(\.fiche.rawValue).joined(separator: ", ")
                throw .refused(
                    "fiche",
                    fr:
                        "déjà \(Pistes.maximumRetenues) pistes retenues (\(list)) : écartez-en une avec jalon pistes drop \(project.id) CODE ; rien n’est enregistré",
                    en: "already \(Pistes.maximumRetenues) kept pistes (\(list)): set one aside with jalon pistes drop \(project.id) CODE; nothing saved")
            }
            kept = pistes.remove(code) ?? Piste(fiche: code)
            kept.libelle = label
            kept.rang = pistes.nextRetenueRang
            if let remark, !kept.commentaires.contains(remark) { kept.commentaires.append(remark) }
            pistes.retenues.append(kept)
        }
        project.pistes = pistes
        project.recordChange(of: .pistes)
        let message =
            earlier == .retenue
            ? context.pick(fr: "Piste \(code) : remarque ajoutée", en: "Piste \(code): remark added")
            : context.pick(fr: "Piste retenue : \(code) (rang \(kept.rang!))", en: "Piste kept: \(code) (rank \(kept.rang!))")
        return EditResult(message: message, step: .pistes, change: Kept(piste: kept, label: label, earlier: earlier))
    }
}

/// Step 4: the person sets a métier aside. The piste moves to the set-aside list with its remarks
/// (suggestions never propose it again); the formations recorded towards it, which the format ties to
/// kept pistes, leave with it and are returned (earlier revisions keep them).
public struct DropMetierEdit: ProjectEdit {
    public var fiche: String

    public init(fiche: String) { self.fiche = fiche }

    public struct Dropped: Sendable {
        public var piste: Piste
        public var removedFormations: [Formation]
    }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Dropped> {
        let code = try RomeCode.parse(fiche, field: "fiche")
        let label = context.catalogue?.fiche(code)?.label
        var pistes = project.pistes ?? Pistes()
        switch pistes.statut(of: code) {
        case .ecartee:
            throw .unchanged("fiche", fr: "\(code) est déjà une piste écartée : rien n’est enregistré", en: "\(code) is already set aside: nothing saved")
        case nil where label == nil:
            // A code outside the catalogue can still be set aside when the project already holds it.
            throw RomeCode.unknownFiche(fiche, field: "fiche")
        default: break
        }
        var dropped = pistes.remove(code) ?? Piste(fiche: code, libelle: label)
        dropped.rang = nil
        pistes.ecartees.append(dropped)
        let removed = project.formations.filter { $0.fiche == code }
        project.formations.removeAll { $0.fiche == code }
        project.pistes = pistes
        project.recordChange(of: .pistes)
        let message =
            context.pick(fr: "Piste écartée : \(code)", en: "Piste set aside: \(code)")
            + (removed.isEmpty ? "" : context.pick(fr: ", \(removed.count) parcours retiré(s)", en: ", \(removed.count) path(s) removed"))
        return EditResult(message: message, step: .pistes, change: Dropped(piste: dropped, removedFormations: removed))
    }
}

/// Step 4: the ranked suggestions shown to the person, saved with the catalogue and engine that
/// computed them (format 1.1 `<suggestions>`). Ranking is `MatchingRanking`'s; this only records.
public struct RecordSuggestionsEdit: ProjectEdit {
    public var suggestions: [SavedSuggestion]
    public var catalogue: String
    public var engine: String

    public init(suggestions: [SavedSuggestion], catalogue: String, engine: String) {
        self.suggestions = suggestions
        self.catalogue = catalogue
        self.engine = engine
    }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Void> {
        project.suggestions = SavedSuggestions(
            stamp: ComputationStamp(catalogue: catalogue, computed: context.now, engine: engine),
            suggestions: suggestions)
        return EditResult(
            message: context.pick(fr: "Suggestions de métiers affichées (\(suggestions.count))", en: "Job suggestions shown (\(suggestions.count))"),
            step: .pistes)
    }
}

extension Pistes {
    /// Takes the piste for `fiche` out of whichever list holds it, remarks and all.
    public mutating func remove(_ fiche: RomeCode) -> Piste? {
        guard let statut = statut(of: fiche), let index = self[statut].firstIndex(where: { $0.fiche == fiche }) else { return nil }
        return self[statut].remove(at: index)
    }

    /// The rank a newly kept piste takes: after the others, else the first free one (ranks stay 1…5).
    public var nextRetenueRang: Int {
        let used = Set(retenues.compactMap(\.rang))
        let after = (used.max() ?? 0) + 1
        return after <= Self.maximumRetenues ? after : (1...Self.maximumRetenues).first { !used.contains($0) } ?? after
    }
}

extension RomeCode {
    /// A fiche code as typed (`j1501` is read as `J1501`), or the failure naming `field`.
    public static func parse(_ text: String, field: String) throws(EditFailure) -> RomeCode {
        guard let code = RomeCode(text.trimmingWhitespace.uppercased()) else {
            throw .invalid(
                field, fr: "« \(text) » n’est pas un code de fiche ROME (attendu : une lettre A–N et quatre chiffres, comme J1501)",
                en: "'\(text)' is not a ROME fiche code (expected a letter A–N and four digits, such as J1501)")
        }
        return code
    }

    static func unknownFiche(_ text: String, field: String) -> EditFailure {
        .notFound(
            field, fr: "« \(text) » n’est pas une fiche ROME du catalogue (attendu : une lettre A–N et quatre chiffres, comme J1501).",
            en: "“\(text)” is not a ROME fiche of the catalogue (expected a letter A–N and four digits, such as J1501).")
    }
}
