/// Words people use for their experiences that ROME does not: abbreviations, everyday and spoken words,
/// brand names, and words that say what kind of experience it was rather than the job. Each row is
/// applied to the folded words of an experience (see `SearchText.words`) before it is searched: the key
/// (one or more folded words) is replaced by the expansion, written in ROME's own vocabulary; an empty
/// expansion drops the key. Every row says where its meaning comes from or why it is here.
struct EverydayWord: Sendable {
    let key: [String]
    let expansion: [String]
    let reason: String

    init(_ key: String, _ expansion: String, _ reason: String) {
        self.key = SearchText.words(key)
        self.expansion = SearchText.words(expansion)
        self.reason = reason
    }
}

enum EverydayWords {
    static let table: [EverydayWord] = [
        // Abbreviations of establishments, diplomas and certificates.
        EverydayWord(
            "EHPAD", "ehpad aide soignant agent service hospitalier accompagnant éducatif social assistant vie gérontologie",
            "Établissement d'hébergement pour personnes âgées dépendantes (Code de l'action sociale et des familles, art. L313-12) ; ROME ne le cite que dans des contextes et savoirs. Les mots ajoutés sont les métiers qu'on y exerce le plus (DREES, enquête EHPA : aides-soignants, agents de service, AES, animation)."
        ),
        EverydayWord(
            "ASH", "agent service hospitalier",
            "Agent de service hospitalier : ROME n'écrit le sigle qu'entre parenthèses (J1301)."),
        EverydayWord("AES", "accompagnant éducatif social", "Accompagnant éducatif et social (diplôme d'État DEAES, Code de l'action sociale, art. D451-88)."),
        EverydayWord("AESH", "accompagnant élèves situation handicap", "Accompagnant d'élèves en situation de handicap (Code de l'éducation, art. L917-1)."),
        EverydayWord("AVS", "auxiliaire vie", "Auxiliaire de vie (scolaire ou sociale) : l'ancien nom courant des AESH et des AES."),
        EverydayWord(
            "ATSEM", "agent territorial spécialisé écoles maternelles",
            "Agent territorial spécialisé des écoles maternelles (décret n° 92-850) ; ROME écrit le titre en entier (K1308)."),
        EverydayWord(
            "BAFA", "animateur accueil loisirs séjour vacances",
            "Brevet d'aptitude aux fonctions d'animateur en accueil collectif de mineurs (Code de l'action sociale, art. D432-10)."),
        EverydayWord("BAFD", "directeur accueil loisirs", "Brevet d'aptitude aux fonctions de directeur d'accueil collectif de mineurs."),
        EverydayWord(
            "CACES", "cariste conduite chariot engins",
            "Certificat d'aptitude à la conduite en sécurité (recommandations CNAM R489 et suivantes) : on le cite pour dire qu'on a conduit des chariots ou des engins."
        ),
        EverydayWord("SSIAP", "ssiap sécurité incendie", "Service de sécurité incendie et d'assistance à personnes (arrêté du 2 mai 2005)."),
        EverydayWord("PSE1", "secouriste", "Premiers secours en équipe de niveau 1 (arrêté du 24 août 2007)."),
        EverydayWord("BNSSA", "surveillant baignade", "Brevet national de sécurité et de sauvetage aquatique : le diplôme du surveillant de baignade."),
        // Everyday and spoken words.
        EverydayWord("colo", "animateur séjour vacances", "« Colo » : colonie de vacances, que ROME appelle séjour de vacances (G1235)."),
        EverydayWord("colonie", "séjour vacances", "Colonie de vacances : ROME dit séjour de vacances."),
        EverydayWord("centre aéré", "accueil loisirs", "Ancien nom, toujours courant, de l'accueil de loisirs sans hébergement."),
        EverydayWord(
            "plonge", "plongeur cuisine vaisselle", "« Faire la plonge » : laver la vaisselle en cuisine ; ROME dit plongeur officier de cuisine (G1605)."),
        EverydayWord("resto", "restaurant", "Mot parlé pour restaurant."),
        EverydayWord("restau", "restaurant", "Mot parlé pour restaurant."),
        EverydayWord("mécano", "mécanicien", "Mot parlé pour mécanicien."),
        EverydayWord("nounou", "garde enfants assistant maternel", "Mot courant pour la garde d'enfants ou l'assistante maternelle."),
        EverydayWord("babysitting", "baby sitter garde enfants", "ROME écrit « Baby-sitter » (K1303) ; l'activité s'écrit souvent d'un mot."),
        EverydayWord("babysitter", "baby sitter", "Graphie en un mot de Baby-sitter."),
        EverydayWord("pet sitting", "garde animaux compagnie", "Garde d'animaux de compagnie (A1511)."),
        EverydayWord("ménages", "nettoyage entretien locaux aide ménager", "« Faire des ménages » : le nettoyage chez des particuliers ou dans des locaux."),
        EverydayWord("ménage", "nettoyage entretien locaux aide ménager", "Le ménage : nettoyage chez des particuliers ou dans des locaux."),
        EverydayWord("tonte", "jardinier espaces verts", "Tondre des pelouses : travail de jardinier d'espaces verts."),
        EverydayWord("fast food", "restauration rapide", "Anglicisme courant pour la restauration rapide."),
        EverydayWord(
            "aidais", "aide personnes âgées assistant vie",
            "Aidant familial (Code de l'action sociale, art. L113-1-3) : aider un proche dépendant est une expérience d'assistant de vie."),
        EverydayWord("aidant", "aide personnes âgées assistant vie", "Aidant familial (Code de l'action sociale, art. L113-1-3)."),
        EverydayWord("grand mère", "personnes âgées", "Un proche âgé : l'expérience est celle de l'aide aux personnes âgées."),
        EverydayWord("grand père", "personnes âgées", "Un proche âgé : l'expérience est celle de l'aide aux personnes âgées."),
        EverydayWord("grands parents", "personnes âgées", "Des proches âgés : l'expérience est celle de l'aide aux personnes âgées."),
        EverydayWord("ramassage", "cueilleur", "Ramasser des fruits ou légumes : ROME dit cueilleur (A1401)."),
        // Brands and organisations people name instead of the job.
        EverydayWord("McDo", "restauration rapide", "Enseigne de restauration rapide."),
        EverydayWord("MacDo", "restauration rapide", "Enseigne de restauration rapide."),
        EverydayWord("McDonald's", "restauration rapide", "Enseigne de restauration rapide."),
        EverydayWord("KFC", "restauration rapide", "Enseigne de restauration rapide."),
        EverydayWord("Burger King", "restauration rapide", "Enseigne de restauration rapide."),
        EverydayWord("Leclerc", "grande distribution", "Enseigne de grande distribution."),
        EverydayWord("Carrefour", "grande distribution", "Enseigne de grande distribution."),
        EverydayWord("Auchan", "grande distribution", "Enseigne de grande distribution."),
        EverydayWord("Lidl", "grande distribution", "Enseigne de grande distribution."),
        EverydayWord("Intermarché", "grande distribution", "Enseigne de grande distribution."),
        EverydayWord("Amazon", "entrepôt logistique", "Entrepôts logistiques du commerce en ligne."),
        EverydayWord("Deliveroo", "livreur repas", "Plateforme de livraison de repas."),
        EverydayWord("Uber Eats", "livreur repas", "Plateforme de livraison de repas."),
        EverydayWord(
            "Restos du cœur", "distribution alimentaire accueil social", "Association d'aide alimentaire (Les Restaurants du cœur) : accueil et distribution."),
        EverydayWord("Restaurants du cœur", "distribution alimentaire accueil social", "Association d'aide alimentaire : accueil et distribution."),
        EverydayWord(
            "banque alimentaire", "distribution alimentaire entrepôt", "Association d'aide alimentaire : collecte, tri et distribution, pas la banque."),
        EverydayWord("Croix-Rouge", "secouriste", "Association de secourisme et d'action sociale."),
        // Words that say what kind of experience it was, its duration or its setting, not the job: dropped.
        EverydayWord("bénévole", "", "Dit la nature de l'expérience (bénévolat), pas le métier : ROME n'a que « Animateur de chantier de jeunes bénévoles »."),
        EverydayWord("bénévoles", "", "Nature de l'expérience, pas le métier."),
        EverydayWord("bénévolat", "", "Nature de l'expérience, pas le métier."),
        EverydayWord("volontariat", "", "Nature de l'expérience, pas le métier."),
        EverydayWord("service civique", "", "Nature de l'expérience (engagement de service civique), pas le métier."),
        EverydayWord("stage", "", "Nature de l'expérience, pas le métier."),
        EverydayWord("stagiaire", "", "Nature de l'expérience, pas le métier."),
        EverydayWord("apprenti", "", "Nature de l'expérience (apprentissage), pas le métier."),
        EverydayWord("apprentie", "", "Nature de l'expérience (apprentissage), pas le métier."),
        EverydayWord("alternance", "", "Nature de l'expérience, pas le métier."),
        EverydayWord("intérim", "", "Forme du contrat, pas le métier."),
        EverydayWord("extra", "", "Forme du contrat (extra en restauration), pas le métier."),
        EverydayWord("remplaçant", "", "Forme du contrat, pas le métier."),
        EverydayWord("saison", "", "ROME n'a pas de métier « saisonnier » : le mot dit la durée, pas le métier."),
        EverydayWord("saisonnier", "", "Dit la durée, pas le métier."),
        EverydayWord("saisonnière", "", "Dit la durée, pas le métier."),
        EverydayWord("job", "", "Mot courant pour un emploi, pas un métier."),
        EverydayWord("boulot", "", "Mot courant pour un emploi, pas un métier."),
        EverydayWord("taf", "", "Mot parlé pour un emploi, pas un métier."),
        EverydayWord("taff", "", "Mot parlé pour un emploi, pas un métier."),
        EverydayWord("étudiant", "", "Dit la situation de la personne, pas le métier."),
        EverydayWord("étudiante", "", "Dit la situation de la personne, pas le métier."),
        EverydayWord("été", "", "L'été (la saison) ou « j'ai été » : ni l'un ni l'autre ne dit le métier.")
    ]

    /// Words of a sentence about oneself that say nothing of the job ("j'ai fait", "pendant deux mois").
    static let filler: Set<String> = [
        "j", "je", "ai", "avais", "suis", "etais", "fait", "faisais", "fais", "travaille", "travaillais", "travail",
        "me", "m", "mon", "ma", "mes", "moi", "nous", "on", "c", "qu", "que", "qui", "chez", "comme", "pendant", "depuis",
        "mois", "an", "ans", "annee", "annees", "semaine", "semaines", "week", "end", "soir", "soirs", "jour", "jours",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "apres", "midi", "matin",
        "tous", "tout", "toute", "toutes", "petit", "petite", "petits", "petites", "quelques", "plusieurs", "fois",
        "3e", "3eme", "troisieme", "seconde", "premiere", "terminale", "un", "deux", "trois"
    ]

    /// The folded words of `text` with every row of the table applied and filler words dropped.
    static func rewrite(_ words: [String]) -> [String] {
        var output: [String] = []
        var index = 0
        next: while index < words.count {
            for row in table
            where !row.key.isEmpty && index + row.key.count <= words.count
                && words[index..<index + row.key.count].elementsEqual(row.key)
            {
                output += row.expansion
                index += row.key.count
                continue next
            }
            if !filler.contains(words[index]) { output.append(words[index]) }
            index += 1
        }
        return output
    }
}
