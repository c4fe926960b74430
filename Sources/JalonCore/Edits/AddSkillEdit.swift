/// Step 3: a skill the person declares, as a ROME savoir-faire or savoir-être (an OGR code checked in
/// the catalogue, its label copied) or in their own words when ROME has no fitting item.
public struct AddSkillEdit: ProjectEdit {
    /// An OGR code, or a free label.
    public var skill: String
    public var level: Int?

    public init(skill: String, level: Int? = nil) {
        self.skill = skill
        self.level = level
    }

    /// The input checked without the catalogue: a level 1…4, a non-empty text.
    public func checkedLevel() throws(EditFailure) -> Maitrise? {
        guard !skill.trimmingWhitespace.isEmpty else {
            throw .invalid("skill", fr: "la compétence ne peut pas être vide", en: "the skill cannot be empty")
        }
        guard let level else { return nil }
        return try Maitrise.parse(level, field: "level")
    }

    /// The skill to add: a number must be a catalogue item (a mistyped code is not a label).
    public func competence(in catalogue: (any EditCatalogue)?) throws(EditFailure) -> Competence {
        let text = skill.trimmingWhitespace
        let level = try checkedLevel()
        guard Int(text) != nil else { return Competence(libelle: text, source: .declaree, maitrise: level)! }
        guard let catalogue else { throw EditFailure.missingResource("skill", fr: "le catalogue", en: "the catalogue") }
        guard let ogr = OgrCode(text), let rome = catalogue.competence(ogr) else {
            throw .invalid(
                "skill", fr: "« \(text) » n’est pas le code OGR d’une compétence du catalogue ROME (voir jalon catalogue search)",
                en: "'\(text)' is not the OGR code of a competence of the ROME catalogue (see jalon catalogue search)")
        }
        return Competence(item: RomeItemRef(code: rome.ogr, libelle: rome.label), source: .declaree, maitrise: level)!
    }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Competence> {
        let added = try competence(in: context.catalogue)
        let name = added.item.map { "\($0.code) \($0.libelle ?? "")" } ?? (added.libelle ?? "")
        var competences = project.competences ?? Competences()
        let already = competences.competences.contains {
            added.item != nil ? $0.item?.code == added.item?.code : $0.item == nil && $0.libelle == added.libelle
        }
        guard !already else {
            throw .unchanged(
                "skill", fr: "« \(name) » est déjà dans vos compétences : rien n’est enregistré",
                en: "'\(name)' is already among your skills: nothing saved")
        }
        competences.competences.append(added)
        project.competences = competences
        // Suggestions weigh acquired skills: later finished steps go à revoir.
        project.recordChange(of: .competences)
        return EditResult(message: context.pick(fr: "Compétence ajoutée : \(name)", en: "Skill added: \(name)"), step: .competences, change: added)
    }
}

/// Step 3: how well the person masters a skill of their portfolio. Rating a suggestion confirms it:
/// the person has judged it theirs.
public struct RateSkillEdit: ProjectEdit {
    public var ogr: String
    public var level: Int

    public init(ogr: String, level: Int) {
        self.ogr = ogr
        self.level = level
    }

    public func checked() throws(EditFailure) -> (OgrCode, Maitrise) {
        let maitrise = try Maitrise.parse(level, field: "level")
        guard let code = OgrCode(ogr) else { throw .invalid("ogr", fr: "« \(ogr) » n’est pas un code OGR", en: "'\(ogr)' is not an OGR code") }
        return (code, maitrise)
    }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Void> {
        let (code, level) = try checked()
        var competences = project.competences ?? Competences()
        let index = try competences.index(of: code, field: "ogr")
        var skill = competences.competences[index]
        let suggested = if case .suggeree = skill.source { true } else { false }
        guard skill.maitrise != level || suggested else {
            throw .unchanged(
                "level", fr: "la compétence \(code) a déjà le niveau \(level) : rien n’est enregistré",
                en: "skill \(code) already has level \(level): nothing saved")
        }
        skill.maitrise = level
        if case .suggeree(let experience) = skill.source { skill.source = experience.map { .experience($0) } ?? .declaree }
        competences.competences[index] = skill
        project.competences = competences
        project.recordChange(of: .competences)
        return EditResult(message: context.pick(fr: "Compétence \(code) : niveau \(level)", en: "Skill \(code): level \(level)"), step: .competences)
    }
}

/// Step 3: takes a skill out of the portfolio (earlier revisions keep it).
public struct RemoveSkillEdit: ProjectEdit {
    public var ogr: String

    public init(ogr: String) { self.ogr = ogr }

    public func checked() throws(EditFailure) -> OgrCode {
        guard let code = OgrCode(ogr) else { throw .invalid("ogr", fr: "« \(ogr) » n’est pas un code OGR", en: "'\(ogr)' is not an OGR code") }
        return code
    }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Void> {
        let code = try checked()
        var competences = project.competences ?? Competences()
        competences.competences.remove(at: try competences.index(of: code, field: "ogr"))
        project.competences = competences
        project.recordChange(of: .competences)
        return EditResult(message: context.pick(fr: "Compétence \(code) retirée", en: "Skill \(code) removed"), step: .competences)
    }
}

/// Step 3: takes an experience out, with the skills it alone showed: a confirmed skill goes back to
/// declared (the person said it was theirs), a suggestion it made leaves (earlier revisions keep both).
public struct RemoveExperienceEdit: ProjectEdit {
    public var experience: String

    public init(experience: String) { self.experience = experience }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Void> {
        var competences = project.competences ?? Competences()
        guard let id = ExperienceID(experience), let index = competences.experiences.firstIndex(where: { $0.id == id }) else {
            throw .notFound("experience", fr: "aucune expérience « \(experience) » dans le projet", en: "no experience '\(experience)' in the project")
        }
        competences.experiences.remove(at: index)
        competences.competences = competences.competences.compactMap { skill in
            switch skill.source {
            case .suggeree(let from) where from == id: return nil
            case .experience(let from) where from == id:
                var kept = skill
                kept.source = .declaree
                return kept
            default: return skill
            }
        }
        project.competences = competences
        project.recordChange(of: .competences)
        return EditResult(message: context.pick(fr: "Expérience \(id) retirée", en: "Experience \(id) removed"), step: .competences)
    }
}
