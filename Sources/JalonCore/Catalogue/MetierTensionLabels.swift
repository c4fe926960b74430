import JalonLocale

extension MetierTension {
    /// « Tension forte (4/5) en Doubs (25), 2019 » and what that means for the person.
    public func headline(in language: Language) -> String {
        let levelText = language.pick(fr: "tension \(level.rawValue)", en: "\(level.englishName) tension")
        return language.pick(
            fr: "Débouchés : \(levelText) (\(category)/5) \(area.label(in: language)), \(year)",
            en: "Prospects: \(levelText) (\(category)/5) \(area.label(in: language)), \(year)")
    }

    /// The « pourquoi » of the job-prospects part: « recrute : tension forte (4/5) dans le département 25 ».
    public func reason(in language: Language) -> String {
        language.pick(
            fr: "recrute : tension \(level.rawValue) (\(category)/5) \(area.label(in: language))",
            en: "hiring: \(level.englishName) tension (\(category)/5) \(area.label(in: language))")
    }

    /// What the level means for someone looking for work.
    public func meaning(in language: Language) -> String {
        switch level {
        case .forte:
            language.pick(
                fr: "les employeurs peinent à recruter : beaucoup d'offres pour peu de candidats",
                en: "employers struggle to recruit: many offers for few candidates")
        case .moyenne: language.pick(fr: "offres et candidats s'équilibrent à peu près", en: "offers and candidates roughly balance")
        case .faible:
            language.pick(
                fr: "les candidats sont nombreux pour les offres : la concurrence est plus vive",
                en: "candidates are many for the offers: competition is keener")
        }
    }

    /// The sentences around the figure: the fallback when the asked area was not published, that it is
    /// a family of métiers, and the source.
    public func caveats(in language: Language) -> [String] {
        [fallbackSentence(in: language), familySentence(in: language), sourceSentence(in: language)].compactMap { $0 }
    }

    /// Said when the asked area was not published and the figure comes from a wider one; nil otherwise.
    public func fallbackSentence(in language: Language) -> String? {
        requestedArea.map { requestedArea in
            language.pick(
                fr: "Pas de chiffre publié \(requestedArea.label(in: language)) : chiffre \(area.label(in: language)).",
                en: "No figure published \(requestedArea.label(in: language)): figure \(area.label(in: language)).")
        }
    }

    /// The figure describes a family of métiers, not the fiche alone.
    public func familySentence(in language: Language) -> String {
        language.pick(
            fr: "Chiffre de la famille de métiers \(family) (FAP 2009), qui regroupe plusieurs fiches ROME, pas de ce seul métier.",
            en: "Figure for the family of métiers \(family) (FAP 2009), which groups several ROME fiches, not for this job alone.")
    }

    public func sourceSentence(in language: Language) -> String {
        language.pick(
            fr: "Source : \(source.publisher), Portraits statistiques des métiers, tensions \(year).",
            en: "Source: \(source.publisher), Portraits statistiques des métiers, tensions \(year).")
    }

    /// Median monthly salary of the family's group, when known.
    public func salaryLine(in language: Language) -> String? {
        guard let medianSalary else { return nil }
        let group = family.prefix(3)
        return language.pick(
            fr: "Salaire médian du groupe de familles \(group) : \(medianSalary.euros) € par mois (\(medianSalary.period)).",
            en: "Median salary of the family group \(group): €\(medianSalary.euros) a month (\(medianSalary.period)).")
    }
}

extension MetierTension.Level {
    var englishName: String {
        switch self {
        case .forte: "strong"
        case .moyenne: "medium"
        case .faible: "weak"
        }
    }
}

extension MetierTension.Area {
    /// « en Doubs (25) » would need names; « dans le département 25 », « en région Bourgogne-Franche-Comté », « en France ».
    public func label(in language: Language) -> String {
        switch self {
        case let .departement(code): language.pick(fr: "dans le département \(code)", en: "in département \(code)")
        case let .region(code, name): language.pick(fr: "en région \(name ?? code)", en: "in the \(name ?? code) region")
        case .france: language.pick(fr: "en France", en: "in France")
        }
    }
}

extension MetierTension.Component {
    /// The component in plain words: what it measures and where the family stands (1 low … 5 high).
    public func sentence(in language: Language) -> String {
        let high = category >= 4, low = category <= 2
        let word: String
        switch kind {
        case .hiringIntensity:
            word =
                high
                ? language.pick(fr: "les employeurs embauchent beaucoup", en: "employers hire a lot")
                : low
                    ? language.pick(fr: "les employeurs embauchent peu", en: "employers hire little")
                    : language.pick(fr: "les employeurs embauchent dans la moyenne", en: "employers hire about as much as elsewhere")
        case .labourShortage:
            word =
                high
                ? language.pick(fr: "peu de demandeurs d'emploi cherchent ce métier", en: "few job seekers look for this job")
                : low
                    ? language.pick(fr: "beaucoup de demandeurs d'emploi cherchent ce métier", en: "many job seekers look for this job")
                    : language.pick(
                        fr: "autant de demandeurs d'emploi qu'ailleurs cherchent ce métier", en: "as many job seekers as elsewhere look for this job")
        case .nonDurableEmployment:
            word =
                high
                ? language.pick(fr: "beaucoup d'emplois courts, à temps partiel ou saisonniers", en: "many short, part-time or seasonal jobs")
                : low
                    ? language.pick(
                        fr: "surtout des emplois durables (CDI, CDD longs, temps complet)", en: "mostly lasting jobs (permanent, long fixed-term, full-time)")
                    : language.pick(fr: "une part moyenne d'emplois courts ou à temps partiel", en: "an average share of short or part-time jobs")
        case .workingConditions:
            word =
                high
                ? language.pick(
                    fr: "conditions de travail contraignantes (efforts physiques, rythme, horaires décalés)",
                    en: "constraining working conditions (physical effort, pace, unusual hours)")
                : low
                    ? language.pick(fr: "conditions de travail peu contraignantes", en: "working conditions that constrain little")
                    : language.pick(fr: "conditions de travail moyennement contraignantes", en: "moderately constraining working conditions")
        case .geographicMismatch:
            word =
                high
                ? language.pick(fr: "les offres et les candidats ne sont pas aux mêmes endroits", en: "offers and candidates are not in the same places")
                : low
                    ? language.pick(fr: "offres et candidats sont aux mêmes endroits", en: "offers and candidates are in the same places")
                    : language.pick(fr: "offres et candidats sont en partie aux mêmes endroits", en: "offers and candidates partly match in place")
        case .trainingLink:
            word =
                high
                ? language.pick(fr: "le métier demande surtout une formation précise", en: "the job mostly requires a specific training")
                : low
                    ? language.pick(fr: "le métier s'ouvre à des formations variées", en: "the job is open to varied trainings")
                    : language.pick(fr: "le métier demande assez souvent une formation précise", en: "the job fairly often requires a specific training")
        }
        return "\(word) (\(category)/5)"
    }
}
