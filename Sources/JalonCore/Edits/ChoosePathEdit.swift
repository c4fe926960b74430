/// Step 5: the path the person picks towards a kept piste, saved as the one chosen `<formation>` of
/// that fiche (the others for it stay, unchosen). Title, level and route come from the paths saved
/// for the fiche, else from the catalogue with the route given.
public struct ChoosePathEdit: ProjectEdit {
    public var fiche: String
    public var certification: String
    public var voie: String?
    public var organisme: String?

    public init(fiche: String, certification: String, voie: String? = nil, organisme: String? = nil) {
        self.fiche = fiche
        self.certification = certification
        self.voie = voie
        self.organisme = organisme
    }

    public static var voies: String { Formation.Voie.allCases.map(\.rawValue).joined(separator: "|") }

    public struct Chosen: Sendable {
        public var formation: Formation
        /// Formations towards the same fiche that were chosen and no longer are.
        public var unchosen: [Formation]
    }

    /// The codes, checked without the project or the catalogue.
    public func checked() throws(EditFailure) -> (fiche: RomeCode, certification: CertificationCode, voie: Formation.Voie?, organisme: String?) {
        let code = try RomeCode.parse(fiche, field: "fiche")
        guard let certified = CertificationCode(certification.trimmingWhitespace) else {
            throw .invalid(
                "certification",
                fr: "« \(certification) » n’est pas un code de certification (attendu : RNCP suivi de chiffres, comme RNCP35830, ou RS suivi de chiffres)",
                en: "'\(certification)' is not a certification code (expected RNCP followed by digits, such as RNCP35830, or RS followed by digits)")
        }
        var route: Formation.Voie?
        if let voie {
            guard let value = Formation.Voie(rawValue: voie) else {
                throw .invalid("voie", fr: "voie « \(voie) » inconnue (attendu : \(Self.voies))", en: "unknown route '\(voie)' (expected: \(Self.voies))")
            }
            route = value
        }
        let body = organisme?.trimmingWhitespace
        if organisme != nil && body?.isEmpty == true {
            throw .invalid("organisme", fr: "l’organisme ne peut pas être vide", en: "the organisme cannot be empty")
        }
        return (code, certified, route, body)
    }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Chosen> {
        let (code, certification, voie, organisme) = try checked()
        guard let certified = try context.requireCatalogue("certification").certification(certification) else {
            throw .notFound(
                "certification", fr: "\(certification) n’est pas une certification du catalogue (RNCP ou RS ; voir jalon catalogue search)",
                en: "\(certification) is not a certification of the catalogue (RNCP or RS; see jalon catalogue search)")
        }
        guard project.pistes?.statut(of: code) == .retenue else {
            throw .invalid(
                "fiche", fr: "\(code) n’est pas une piste retenue de ce projet : retenez-la d’abord avec jalon pistes keep \(project.id) \(code)",
                en: "\(code) is not a kept piste of this project: keep it first with jalon pistes keep \(project.id) \(code)")
        }
        var formation = try path(to: code, through: certified, voie: voie, in: project)
        formation.organisme = organisme
        var unchosen: [Formation] = []
        if let index = project.formations.firstIndex(where: { $0.fiche == code && $0.certification == certification && $0.voie == formation.voie }) {
            let existing = project.formations.remove(at: index)
            guard !existing.choisie || (organisme != nil && organisme != existing.organisme) else {
                throw .unchanged(
                    "certification", fr: "le parcours \(certification) (\(formation.voie.label(in: .fr))) est déjà choisi pour \(code) : rien n’est enregistré",
                    en: "path \(certification) (\(formation.voie.label(in: .en))) is already chosen for \(code): nothing saved")
            }
            formation.organisme = organisme ?? existing.organisme
            formation.commentaire = existing.commentaire
            project.formations.insert(formation, at: index)
        } else {
            project.formations.append(formation)
        }
        for index in project.formations.indices where project.formations[index].fiche == code && project.formations[index] != formation {
            if project.formations[index].choisie { unchosen.append(project.formations[index]) }
            project.formations[index].choisie = false
        }
        project.recordChange(of: .formations)
        let message = context.pick(
            fr: "Parcours choisi vers \(code) : \(certification) (\(formation.voie))",
            en: "Path chosen to \(code): \(certification) (\(formation.voie))")
        return EditResult(message: message, step: .formations, change: Chosen(formation: formation, unchosen: unchosen))
    }

    /// The chosen path as a formation: from the best saved path step through this certification (by
    /// the route asked, if any), else from the catalogue by the route asked.
    private func path(to fiche: RomeCode, through certified: Certification, voie: Formation.Voie?, in project: Project) throws(EditFailure) -> Formation {
        let certification = certified.code
        let steps = project.parcours?.cibles.first { $0.fiche == fiche }?.chemins.sorted { $0.rang < $1.rang }.flatMap(\.etapes) ?? []
        if let step = steps.first(where: { $0.certification == certification && (voie == nil || $0.voie == voie) }) {
            return Formation(
                fiche: fiche, certification: certification, intitule: step.intitule ?? certified.title,
                niveau: step.niveau ?? certified.niveau, voie: step.voie, choisie: true)
        }
        guard let voie else {
            throw .invalid(
                "voie",
                fr: "\(certification) ne figure dans aucun parcours affiché vers \(fiche) (jalon formations) : précisez la voie avec --voie \(Self.voies)",
                en: "\(certification) is in no path shown towards \(fiche) (jalon formations): give the route with --voie \(Self.voies)")
        }
        return Formation(fiche: fiche, certification: certification, intitule: certified.title, niveau: certified.niveau, voie: voie, choisie: true)
    }
}

/// Step 5: the ranked paths to a kept piste shown to the person, saved with the catalogue and engine
/// that computed them (replacing those saved for the same fiche). Ranking is `TrainingPaths`'s.
public struct RecordPathsEdit: ProjectEdit {
    public var target: SavedPathTarget
    public var catalogue: String
    public var engine: String

    public init(target: SavedPathTarget, catalogue: String, engine: String) {
        self.target = target
        self.catalogue = catalogue
        self.engine = engine
    }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Void> {
        let stamp = ComputationStamp(catalogue: catalogue, computed: context.now, engine: engine)
        project.parcours = project.parcours?.replacing(target, stamp: stamp) ?? SavedTrainingPaths(stamp: stamp, cibles: [target])
        return EditResult(message: context.pick(fr: "Parcours vers \(target.fiche) affichés", en: "Paths to \(target.fiche) shown"), step: .formations)
    }
}
