import JalonLocale

/// The pages' fixed words, French first: templates read them as `{{t.key}}`.
enum WebText {
    private static let entries: [String: (fr: String, en: String)] = [
        "skip": ("Aller au contenu", "Skip to content"),
        "brand": ("Jalon — carnet de projet", "Jalon — project workbook"),
        "signOut": ("Se déconnecter", "Sign out"),
        "sections": ("Sections du carnet", "Workbook sections"),
        "language": ("Langue", "Language"),
        "errorsTitle": ("Le formulaire contient des erreurs", "The form has errors"),
        "save": ("Enregistrer", "Save"),
        "steps": ("Les sept étapes", "The seven steps"),
        "stepState": ("État", "State"),
        "missing": ("Ce qui manque", "What is missing"),
        "nextAction": ("Prochaine action", "Next action"),
        "advance": ("Terminer cette étape", "Finish this step"),
        "nothingMissing": ("Rien ne manque : vous pouvez terminer l’étape en cours.", "Nothing is missing: you may finish the current step."),
        "aRevoir": ("à revoir", "to review"),
        "why": ("Pourquoi", "Why"),
        "open": ("Ouvrir", "Open"),
        "name": ("Nom affiché", "Display name"),
        "birthYear": ("Année de naissance", "Year of birth"),
        "situation": ("Situation", "Situation"),
        "diploma": ("Diplôme le plus élevé", "Highest diploma"),
        "communeCode": ("Code INSEE de la commune", "Commune INSEE code"),
        "communeName": ("Nom de la commune", "Commune name"),
        "departement": ("Département", "Département"),
        "mobility": ("Mobilité (km)", "Mobility (km)"),
        "constraints": ("Contraintes (une par ligne)", "Constraints (one per line)"),
        "hiring": ("Métiers qui recrutent dans ma région", "Jobs that are hiring in my region"),
        "hiringHelp": (
            "Oui : les débouchés de chaque métier dans votre département (sinon votre région, sinon la France) comptent dans son score, jusqu’à 10 % de l’écart à 100.",
            "Yes: each job's prospects in your département (else your region, else France) count in its score, up to 10% of the gap to 100."
        ),
        "yes": ("Oui", "Yes"),
        "no": ("Non", "No"),
        "optional": ("facultatif", "optional"),
        "none": ("— non renseigné —", "— not given —"),
        "centresIntro": (
            "Notez chaque centre d’intérêt de 0 (pas du tout) à 4 (tout à fait).", "Rate each centre of interest from 0 (not at all) to 4 (very much)."
        ),
        "notRated": ("non noté", "not rated"),
        "syntheseIntro": ("Votre synthèse, en paragraphes séparés par une ligne vide.", "Your summary, in paragraphs separated by a blank line."),
        "syntheseLabel": ("Synthèse", "Summary"),
        "suggestions": ("Métiers suggérés", "Suggested métiers"),
        "score": ("Score", "Score"),
        "explain": ("Détail du score", "Score details"),
        "components": ("Composantes du score", "Score components"),
        "levers": ("Leviers : compétences qui feraient monter le score", "Levers: skills that would raise the score"),
        "saveSuggestions": ("Enregistrer ces suggestions dans le projet", "Save these suggestions in the project"),
        "kept": ("Pistes retenues", "Kept pistes"),
        "history": ("Historique des versions", "Revision history"),
        "revision": ("Version", "Revision"),
        "date": ("Date", "Date"),
        "author": ("Auteur", "Author"),
        "change": ("Changement", "Change"),
        "compare": ("Comparer avec la précédente", "Compare with the previous one"),
        "restore": ("Restaurer", "Restore"),
        "preview": ("Aperçu", "Preview"),
        "restoreRevision": ("la version", "revision"),
        "editNote": ("Modifier la note", "Edit the note"),
        "debouches": ("Débouchés", "Job prospects"),
        "dossierIntro": (
            "Choisissez ce que vous partagez avec votre conseiller, puis téléchargez le dossier.",
            "Choose what you share with your counsellor, then download the dossier."
        ),
        "share": ("Partager", "Share"),
        "download": ("Télécharger", "Download"),
        "sharingTitle": ("Ce que voit chaque conseiller", "What each counsellor sees"),
        "sharingIntro": (
            "Sans choix de votre part, un conseiller voit toutes les étapes et rien de personnel. Chaque changement est enregistré comme une version.",
            "Unless you choose otherwise, a counsellor sees every step and nothing personal. Each change is saved as a revision."
        ),
        "otherCounsellor": ("Un autre conseiller", "Another counsellor"),
        "counsellorId": ("Identifiant du conseiller", "Counsellor's identifier"),
        "sharedData": ("Données personnelles qu’il voit", "Personal data they see"),
        "sharedSections": ("Étapes qu’il voit", "Steps they see"),
        "eraseTitle": ("Effacer mon carnet", "Erase my workbook"),
        "eraseLink": ("Effacer définitivement mon carnet…", "Erase my workbook for good…"),
        "eraseIntro": (
            "L’effacement retire votre carnet, toutes ses versions, vos partages avec les conseillers et vos connexions. Il est définitif.",
            "Erasure removes your workbook, all its revisions, your sharing with counsellors and your sign-ins. It cannot be undone."
        ),
        "eraseConfirm": ("Je veux effacer mon carnet définitivement", "I want to erase my workbook for good"),
        "erase": ("Effacer", "Erase"),
        "format": ("Format", "Format"),
        "caseload": ("Dossiers suivis", "Caseload"),
        "person": ("Personne", "Person"),
        "currentStep": ("Étape en cours", "Current step"),
        "signals": ("Signaux", "Signals"),
        "notes": ("Notes du conseiller", "Counsellor notes"),
        "addNote": ("Ajouter une note", "Add a note"),
        "noteText": ("Texte de la note", "Note text"),
        "noteSection": ("Étape concernée", "Step concerned"),
        "noteStatus": ("Statut", "Status"),
        "back": ("Retour", "Back"),
        "progress": ("Progression du questionnaire", "Questionnaire progress"),
        "saveAndContinue": ("Enregistrer et continuer", "Save and continue"),
        "previousBlock": ("Questions précédentes", "Previous questions"),
        "nextBlock": ("Questions suivantes", "Next questions"),
        "questionnaireLink": ("Répondre au questionnaire RIASEC (48 questions)", "Answer the RIASEC questionnaire (48 questions)"),
        "experiences": ("Expériences", "Experiences"),
        "findJob": ("Métier exercé (quelques mots)", "Job held (a few words)"),
        "search": ("Chercher", "Search"),
        "noCandidate": ("Aucun métier ne correspond à ces mots.", "No job matches these words."),
        "candidates": ("Métiers qui correspondent", "Matching jobs"),
        "choose": ("Choisir", "Choose"),
        "nature": ("Nature de l’expérience", "Kind of experience"),
        "years": ("Durée en années", "Duration in years"),
        "coreSkills": ("Compétences du cœur de métier : votre niveau", "Core skills of the job: your level"),
        "later": ("à confirmer plus tard", "confirm later"),
        "notMine": ("je ne la pratique pas", "not mine"),
        "addExperience": ("Ajouter cette expérience", "Add this experience"),
        "skillsHeld": ("Mes compétences", "My skills"),
        "level": ("Niveau", "Level"),
        "rate": ("Noter", "Rate"),
        "remove": ("Retirer", "Remove"),
        "addSkillLabel": ("Autre compétence (code OGR ou vos mots)", "Another skill (OGR code or your own words)"),
        "addSkill": ("Ajouter la compétence", "Add the skill"),
        "markDone": ("Marquer comme faite", "Mark as done"),
        "addAction": ("Ajouter une action", "Add an action"),
        "actionText": ("Action", "Action"),
        "actionDate": ("Date", "Date"),
        "actionKind": ("Type d’action", "Kind of action"),
        "actionFiche": ("Métier visé", "Target métier"),
        "keepFirst": (
            "Retenez d’abord une piste (étape 4) : ses parcours de formation s’afficheront ici.",
            "Keep a piste first (step 4): its training paths will show here."
        ),
        "chosenPath": ("Parcours choisi", "Chosen path"),
        "levelWord": ("niveau", "level"),
        "choosePath": ("Choisir ce parcours", "Choose this path"),
        "sources": ("Sources", "Sources"),
        "keep": ("Retenir", "Keep"),
        "drop": ("Écarter", "Set aside")
    ]

    static func table(_ language: Language) -> [String: String] {
        language == .fr ? french : english
    }

    /// Built once: every page's layout reads the table.
    private static let french = entries.mapValues(\.fr), english = entries.mapValues(\.en)

    /// The message a page shows after a form redirected to it (`?fait=`): unknown keys show nothing.
    static func done(_ key: String, _ language: Language) -> String? {
        switch key {
        case "enregistre": language.pick(fr: "Enregistré.", en: "Saved.")
        case "avance": language.pick(fr: "Étape terminée.", en: "Step finished.")
        case "note": language.pick(fr: "Note enregistrée.", en: "Note saved.")
        case "partage": language.pick(fr: "Partage enregistré.", en: "Sharing saved.")
        case "restauree":
            language.pick(
                fr: "Version restaurée : une nouvelle version reprend son contenu, rien n’est perdu.",
                en: "Revision restored: a new revision repeats its content, nothing is lost.")
        default: nil
        }
    }
}
