import JalonCore
import JalonLocale

/// The dossier as Markdown (CommonMark): the same sections as every other format, in the person's
/// language, ending with the fingerprint `jalon verify-dossier` checks on the XML dossier. Text the
/// person or a counsellor typed is escaped, so it cannot turn into headings, links or HTML.
public enum DossierMarkdown {
    public static func render(_ dossier: Dossier, language: Language) -> String {
        var page = MarkdownPage(language: language)
        page.header(dossier)
        page.person(dossier)
        page.steps(dossier.project.progression)
        page.interests(dossier)
        page.skills(dossier)
        page.metiers(dossier)
        page.trainings(dossier.project)
        page.plan(dossier.planTimeline)
        page.synthese(dossier.project.synthese)
        page.notes(dossier.notesInStepOrder)
        page.history(dossier.history)
        page.sources(dossier)
        page.fingerprint(dossier)
        return page.text
    }
}

/// Builds the Markdown text section by section.
private struct MarkdownPage {
    let language: Language
    var text = ""

    func t(_ french: String, _ english: String) -> String { language.pick(fr: french, en: english) }

    /// French puts a space before a colon, English does not.
    var colon: String { language.pick(fr: " : ", en: ": ") }

    mutating func line(_ line: String = "") { text += line + "\n" }

    mutating func heading(_ title: String) {
        line()
        line("## " + title)
        line()
    }

    /// Escapes the characters that would make typed text into Markdown structure or HTML.
    static func escape(_ typed: String) -> String {
        var result = ""
        for character in typed {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "!", "{", "}": result += "\\" + String(character)
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    mutating func header(_ dossier: Dossier) {
        line("# " + t("Dossier de projet professionnel", "Career project dossier") + " — " + Self.escape(dossier.personLabel))
        line()
        line(
            t(
                "Exporté le \(dossier.exported.iso8601), révision \(dossier.revision) du projet.",
                "Exported on \(dossier.exported.iso8601), revision \(dossier.revision) of the project."))
        let words = dossier.share.words.map { DossierShare.label(ofWord: $0, in: language) }
        line()
        line(
            words.isEmpty
                ? t(
                    "Partagé : aucune donnée personnelle (la personne est désignée par un pseudonyme).",
                    "Shared: no personal data (the person is named by a pseudonym).")
                : t("Partagé avec son accord : \(words.joined(separator: ", ")).", "Shared with consent: \(words.joined(separator: ", ")).")
        )
        line()
        line(t("Empreinte", "Fingerprint") + " (SHA-256, C14N)" + colon + "`\(dossier.fingerprint)`")
        if let annotation = dossier.annotation {
            line()
            let structure = annotation.structure.map { " (\(Self.escape($0)))" } ?? ""
            line(
                t(
                    "Annoté par \(Self.escape(annotation.counsellor))\(structure) le \(annotation.date.iso8601) ; empreinte du dossier reçu : `\(annotation.originFingerprint)`.",
                    "Annotated by \(Self.escape(annotation.counsellor))\(structure) on \(annotation.date.iso8601); fingerprint of the dossier received: `\(annotation.originFingerprint)`."
                ))
        }
    }

    mutating func person(_ dossier: Dossier) {
        heading(t("Qui", "Who"))
        let profil = dossier.project.profil
        line("- " + t("Personne", "Person") + colon + Self.escape(dossier.personLabel))
        if let year = profil?.anneeNaissance { line("- " + t("Année de naissance", "Birth year") + colon + "\(year)") }
        if let contact = profil?.contact {
            let parts = [contact.courriel, contact.telephone].compactMap { $0 }.map(Self.escape)
            if !parts.isEmpty { line("- " + t("Contact", "Contact") + colon + parts.joined(separator: ", ")) }
        }
        if let commune = profil?.commune { line("- " + t("Commune", "Place") + colon + "\(Self.escape(commune.nom)) (\(commune.codeInsee))") }
        if let departement = profil?.departement { line("- " + t("Département", "Département") + colon + "\(departement.code)") }
        if let situation = profil?.situation { line("- " + t("Situation", "Situation") + colon + situation.label(in: language)) }
        if let diplome = profil?.diplome { line("- " + t("Diplôme le plus élevé", "Highest diploma") + colon + diplome.label(in: language)) }
        if let km = profil?.mobiliteKm { line("- " + t("Mobilité", "Mobility") + colon + "\(km) km") }
        if profil?.metiersQuiRecrutent == true {
            let label = Profil.hiringPreferenceLabel(in: language)
            line("- " + label.name + colon + label.value)
        }
        for contrainte in profil?.contraintes ?? [] { line("- " + t("Contrainte", "Constraint") + colon + Self.escape(contrainte)) }
    }

    mutating func steps(_ progression: Progression) {
        heading(t("Étapes", "Steps"))
        for (number, step) in Step.allCases.enumerated() {
            let current = step == progression.current ? t(" (étape en cours)", " (current step)") : ""
            line("\(number + 1). \(step.title(in: language))" + colon + progression[step].label(in: language) + current)
        }
    }

    mutating func interests(_ dossier: Dossier) {
        heading(t("Intérêts", "Interests"))
        guard let interets = dossier.project.interets, interets.profil != nil || !interets.centres.isEmpty else {
            return line(t("Pas encore renseignés.", "Not given yet."))
        }
        if let profil = interets.profil {
            let scores = profil.ranked.map { "\($0.rawValue) \(profil[$0])" }.joined(separator: ", ")
            line(
                t(
                    "Code Holland : **\(profil.code)** (scores RIASEC sur 100 : \(scores) ; calculé le \(profil.computed.iso8601)).",
                    "Holland code: **\(profil.code)** (RIASEC scores out of 100: \(scores); computed on \(profil.computed.iso8601))."))
        }
        let rated = dossier.ratedCentres.map { Self.escape(dossier.centreLabel($0.centre, in: language)) + colon + "\($0.rating)/4" }
        if !rated.isEmpty {
            line()
            line(t("Centres d’intérêt ROME notés : ", "ROME centres of interest rated: ") + rated.joined(separator: " · "))
        }
    }

    /// By ROME category when the dossier was made with the catalogue, else by origin.
    mutating func skills(_ dossier: Dossier) {
        heading(t("Compétences", "Skills"))
        if let domains = dossier.skillDomains, !domains.isEmpty {
            for domain in domains {
                line("### " + Self.escape(domain.label(in: language)))
                line()
                for competence in domain.competences {
                    skill(competence, origin: dossier.originLabel(of: competence, in: language))
                }
                line()
            }
            let experiences = dossier.project.competences?.experiences ?? []
            if !experiences.isEmpty {
                line("### " + t("Expériences", "Experiences"))
                line()
                for experience in experiences { line("- " + describe(experience)) }
                line()
            }
        } else {
            for group in dossier.skillGroups {
                if case .experience(let experience) = group.origin {
                    line("### " + describe(experience))
                } else {
                    line("### " + Self.escape(group.origin.label(in: language)))
                }
                line()
                if group.competences.isEmpty { line(t("Aucune compétence liée.", "No linked skill.")) }
                for competence in group.competences { skill(competence, origin: nil) }
                line()
            }
        }
        if dossier.project.competences.map({ $0.competences.isEmpty && $0.experiences.isEmpty }) ?? true {
            line(t("Pas encore renseignées.", "Not given yet."))
        }
    }

    /// « Vendeuse (emploi, 2 an(s), Carrefour) », escaped.
    func describe(_ experience: Experience) -> String {
        var details = [experience.nature.label(in: language)]
        if let years = experience.annees { details.append(t("\(Self.years(years)) an(s)", "\(Self.years(years)) year(s)")) }
        if let structure = experience.structure { details.append(Self.escape(structure)) }
        return Self.escape(experience.title) + " (" + details.joined(separator: ", ") + ")"
    }

    mutating func skill(_ competence: Competence, origin: String?) {
        let label = competence.libelle ?? competence.item?.libelle ?? ""
        let code = competence.item.map { " (OGR \($0.code))" } ?? ""
        let level = competence.maitrise.map { " — " + t("maîtrise", "level") + colon + $0.label(in: language) } ?? ""
        line("- " + Self.escape(label) + code + level + (origin.map { " — " + Self.escape($0) } ?? ""))
    }

    static func years(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    mutating func metiers(_ dossier: Dossier) {
        heading(t("Métiers retenus", "Métiers kept"))
        let kept = dossier.keptMetiers
        if kept.isEmpty { line(t("Aucun métier retenu pour l’instant.", "No métier kept yet.")) }
        for metier in kept {
            let score = metier.score.map { " — " + t("score \($0)/100", "score \($0)/100") } ?? ""
            line(
                "### " + (metier.rang.map { "\($0). " } ?? "") + metier.fiche.description
                    + (metier.libelle.map { " " + Self.escape($0) } ?? "") + score)
            line()
            for raison in metier.raisons { line("- " + Self.escape(raison)) }
            for commentaire in metier.commentaires { line("- " + t("Commentaire", "Comment") + colon + Self.escape(commentaire)) }
            if let tension = dossier.references.debouches[metier.fiche] {
                line()
                for text in tension.lines(in: language) { line("- " + Self.escape(String(text.drop { $0 == " " || $0 == "·" }))) }
            }
            line()
        }
        let others = (dossier.project.pistes?.suggerees ?? []).map { "\($0.fiche)" + ($0.libelle.map { " " + Self.escape($0) } ?? "") }
        if !others.isEmpty { line(t("Autres pistes à explorer : ", "Other leads to explore: ") + others.joined(separator: " · ")) }
        let ruledOut = (dossier.project.pistes?.ecartees ?? []).map { "\($0.fiche)" + ($0.libelle.map { " " + Self.escape($0) } ?? "") }
        if !ruledOut.isEmpty { line(t("Pistes écartées : ", "Leads ruled out: ") + ruledOut.joined(separator: " · ")) }
    }

    mutating func trainings(_ project: Project) {
        heading(t("Formations et parcours", "Training and paths"))
        if project.formations.isEmpty && (project.parcours?.cibles ?? []).isEmpty {
            return line(t("Pas encore de formation envisagée.", "No training considered yet."))
        }
        for formation in project.formations {
            var parts = [formation.intitule.map(Self.escape) ?? formation.certification?.description ?? formation.fiche.description]
            if let certification = formation.certification, formation.intitule != nil { parts.append(certification.description) }
            if let niveau = formation.niveau { parts.append(t("niveau \(niveau)", "level \(niveau)")) }
            parts.append(formation.voie.label(in: language))
            if let organisme = formation.organisme { parts.append(Self.escape(organisme)) }
            let chosen = formation.choisie ? t(" — **choisie**", " — **chosen**") : ""
            line("- " + parts.joined(separator: ", ") + t(" (vers \(formation.fiche))", " (towards \(formation.fiche))") + chosen)
            if let commentaire = formation.commentaire { line("  " + Self.escape(commentaire)) }
        }
        for cible in project.parcours?.cibles ?? [] {
            line()
            line("### " + t("Parcours vers ", "Paths towards ") + cible.fiche.description + (cible.libelle.map { " " + Self.escape($0) } ?? ""))
            line()
            for chemin in cible.chemins {
                line("\(chemin.rang). " + t("score \(chemin.score)/100", "score \(chemin.score)/100"))
                for etape in chemin.etapes {
                    var parts = [etape.intitule.map(Self.escape) ?? etape.certification?.description ?? "?"]
                    if let certification = etape.certification, etape.intitule != nil { parts.append(certification.description) }
                    if let niveau = etape.niveau { parts.append(t("niveau \(niveau)", "level \(niveau)")) }
                    parts.append(etape.voie.label(in: language))
                    line("   - " + parts.joined(separator: ", "))
                    if let insertion = etape.insertion { line("     " + insertion.summary(in: language)) }
                }
                for raison in chemin.raisons { line("   - " + t("Pourquoi", "Why") + colon + Self.escape(raison)) }
            }
        }
    }

    mutating func plan(_ actions: [PlanAction]) {
        heading(t("Plan d’action", "Action plan"))
        guard !actions.isEmpty else { return line(t("Pas encore d’action.", "No action yet.")) }
        for action in actions {
            let date = action.date?.iso8601 ?? t("sans date", "undated")
            var details = [action.kind.label(in: language), action.status.label(in: language)]
            if let fiche = action.fiche { details.append(fiche.description) }
            if let lieu = action.lieu { details.append(Self.escape(lieu)) }
            line("- **\(date)** — " + Self.escape(action.intitule) + " (" + details.joined(separator: ", ") + ")")
            if let compteRendu = action.compteRendu { line("  " + t("Compte rendu", "Report") + colon + Self.escape(compteRendu)) }
        }
    }

    mutating func synthese(_ synthese: Synthese?) {
        heading(t("Synthèse", "Summary"))
        guard let synthese, !synthese.paragraphes.isEmpty else { return line(t("Pas encore écrite.", "Not written yet.")) }
        for (index, paragraphe) in synthese.paragraphes.enumerated() {
            if index > 0 { line() }
            line(Self.escape(paragraphe))
        }
    }

    mutating func notes(_ notes: [CounsellorNote]) {
        heading(t("Notes du conseiller", "Counsellor’s notes"))
        guard !notes.isEmpty else { return line(t("Aucune note.", "No note.")) }
        for note in notes {
            let structure = note.structure.map { ", " + Self.escape($0) } ?? ""
            line(
                "- **\(note.section.title(in: language))** — \(note.status.label(in: language))" + colon + Self.escape(note.texte)
                    + " (\(Self.escape(note.auteur))\(structure), \(note.date.iso8601), \(note.id))")
        }
    }

    mutating func history(_ history: [DossierRevision]) {
        heading(t("Révisions", "Revisions"))
        for revision in history {
            let who = revision.roleLabel(in: language) + (revision.counsellorName.map { " " + Self.escape($0) } ?? "")
            line("- r\(revision.number) \(revision.created.iso8601) \(who)" + colon + Self.escape(revision.message))
        }
    }

    mutating func sources(_ dossier: Dossier) {
        heading(t("Sources des données", "Data sources"))
        let sources = dossier.sources
        if let catalogue = dossier.references.catalogue {
            line(
                t(
                    "Catégories des compétences et libellés des centres d’intérêt : catalogue \(Self.escape(catalogue)), à l’export.",
                    "Skill categories and centre of interest labels: catalogue \(Self.escape(catalogue)), at export."))
            line()
        }
        guard !sources.isEmpty else {
            return line(t("Aucun résultat calculé n’est enregistré dans ce projet.", "No computed result is saved in this project."))
        }
        for source in sources {
            line(
                "- " + source.result.label(in: language) + colon
                    + t(
                        "catalogue \(Self.escape(source.catalogue)), calculé le \(source.computed.iso8601) par Jalon \(Self.escape(source.engine))",
                        "catalogue \(Self.escape(source.catalogue)), computed on \(source.computed.iso8601) by Jalon \(Self.escape(source.engine))"))
        }
    }

    mutating func fingerprint(_ dossier: Dossier) {
        heading(t("Empreinte", "Fingerprint"))
        line(
            t(
                "SHA-256 de la forme canonique (C14N) du projet partagé : `\(dossier.fingerprint)`. L’export XML du même dossier (`jalon export … --format xml`) l’annonce ; `jalon verify-dossier` la recalcule.",
                "SHA-256 of the canonical form (C14N) of the shared project: `\(dossier.fingerprint)`. The XML export of the same dossier (`jalon export … --format xml`) states it; `jalon verify-dossier` recomputes it."
            ))
    }
}
