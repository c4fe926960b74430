import ArgumentParser
import JalonCatalog
import JalonCore
import JalonLocale

/// `jalon metiers keep ID CODE [--note TEXT]`: the person keeps a métier as a piste (step 4). It joins
/// the kept pistes after those already there, with its catalogue label, leaving the suggested or
/// set-aside list if it was there; the note is kept as the person's remark on it.
struct MetiersKeepCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "keep",
        abstract: L("Retient un métier comme piste (cinq au plus), avec une remarque si vous voulez.",
                    "Keeps a job as a piste (five at most), with a remark if you wish."),
        discussion: L("""
            La piste prend le rang suivant les pistes déjà retenues ; les étapes suivantes terminées passent « à revoir ».
            Exemple : jalon metiers keep 5f0c… J1501 --note "Stage de trois semaines en EHPAD"
            """, """
            The piste takes the rank after the pistes already kept; later finished steps become “to review”.
            Example: jalon metiers keep 5f0c… J1501 --note "Three-week internship in a care home"
            """))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @OptionGroup var fiche: FicheCodeArgument
    @Option(help: ArgumentHelp(L("Remarque gardée avec la piste.", "Remark kept with the piste."), valueName: "TEXT"),
            transform: trimmedText(option: "--note"))
    var note: String?

    /// What keeping did, for the sentence `run` prints.
    struct Kept {
        var piste: Piste
        var label: String
        /// Where the fiche was before: nil (new), suggested, set aside, or already kept (a remark added).
        var earlier: Piste.Statut?
    }

    func edit(_ project: inout Project, language: Language) throws -> String {
        try keep(in: &project, language: language).message
    }

    /// The fiche kept in `project` (or the remark added to it), with the revision's message.
    func keep(in project: inout Project, language: Language) throws -> (kept: Kept, message: String) {
        let code = fiche.code
        let remark = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let label = try Catalogue.bundled().fiche(code)?.label else { throw CommandFailure(MatchingFailure.unknownFiche(code.rawValue)) }
        var kept = Piste(fiche: code)
        var pistes = project.pistes ?? Pistes()
        let earlier = pistes.statut(of: code)
        if let index = pistes.retenues.firstIndex(where: { $0.fiche == code }) {
            guard let remark, !pistes.retenues[index].commentaires.contains(remark) else {
                throw CommandFailure(message: language.pick(fr: "\(code) est déjà une piste retenue (rang \(pistes.retenues[index].rang ?? 0)) : rien n’est enregistré",
                                                            en: "\(code) is already a kept piste (rank \(pistes.retenues[index].rang ?? 0)): nothing saved"),
                                     exitCode: JalonExitCode.invalidData)
            }
            pistes.retenues[index].commentaires.append(remark)
            kept = pistes.retenues[index]
        } else {
            guard pistes.retenues.count < Pistes.maximumRetenues else {
                throw CommandFailure(message: language.pick(
                    fr: "déjà \(Pistes.maximumRetenues) pistes retenues (\(pistes.retenues.map(\.fiche.rawValue).joined(separator: ", "))) : écartez-en une avec jalon metiers drop \(project.id) CODE ; rien n’est enregistré",
                    en: "already \(Pistes.maximumRetenues) kept pistes (\(pistes.retenues.map(\.fiche.rawValue).joined(separator: ", "))): set one aside with jalon metiers drop \(project.id) CODE; nothing saved"),
                                     exitCode: JalonExitCode.invalidData)
            }
            kept = pistes.remove(code) ?? Piste(fiche: code)
            kept.libelle = label
            kept.rang = pistes.nextRetenueRang
            if let remark, !kept.commentaires.contains(remark) { kept.commentaires.append(remark) }
            pistes.retenues.append(kept)
        }
        project.pistes = pistes
        project.recordChange(of: .pistes)
        let message = earlier == .retenue
            ? language.pick(fr: "Piste \(code) : remarque ajoutée", en: "Piste \(code): remark added")
            : language.pick(fr: "Piste retenue : \(code) (rang \(kept.rang!))", en: "Piste kept: \(code) (rank \(kept.rang!))")
        return (Kept(piste: kept, label: label, earlier: earlier), message)
    }

    func run() throws {
        let language = RunLanguage.current
        let code = fiche.code
        try reportingFailures {
            var result: Kept?
            try mutateProject(global, project.id) { project in
                let (kept, message) = try keep(in: &project, language: language)
                result = kept
                return message
            }
            guard let result else { return }
            let (kept, label, earlier) = (result.piste, result.label, result.earlier)
            switch earlier {
            case .retenue:
                print(language.pick(fr: "Remarque ajoutée à la piste \(code) \(label).", en: "Remark added to piste \(code) \(label)."))
            case .ecartee:
                print(language.pick(fr: "Piste retenue : \(code) \(label), rang \(kept.rang!) (elle était écartée).",
                                    en: "Piste kept: \(code) \(label), rank \(kept.rang!) (it had been set aside)."))
            default:
                print(language.pick(fr: "Piste retenue : \(code) \(label), rang \(kept.rang!).", en: "Piste kept: \(code) \(label), rank \(kept.rang!)."))
            }
        }
    }
}

extension Pistes {
    /// Takes the piste for `fiche` out of whichever list holds it, remarks and all.
    mutating func remove(_ fiche: RomeCode) -> Piste? {
        guard let statut = statut(of: fiche), let index = self[statut].firstIndex(where: { $0.fiche == fiche }) else { return nil }
        return self[statut].remove(at: index)
    }

    /// The rank a newly kept piste takes: after the others, else the first free one (ranks stay 1…5).
    var nextRetenueRang: Int {
        let used = Set(retenues.compactMap(\.rang))
        let after = (used.max() ?? 0) + 1
        return after <= Self.maximumRetenues ? after : (1...Self.maximumRetenues).first { !used.contains($0) } ?? after
    }
}
