import JalonCatalogue
import JalonCore
import JalonLocale

/// JSON shapes of `show`; field names are part of the CLI's stable interface.
struct RateJSON: Encodable {
    let diploma: String, millesime: String, region: String, voie: String
    @NullEncoded var emploi6Mois: Int?
    @NullEncoded var emploi12Mois: Int?
    @NullEncoded var emploi18Mois: Int?
    @NullEncoded var emploi24Mois: Int?
    @NullEncoded var poursuiteEtudes: Int?
    @NullEncoded var sortants: Int?
    let source: String

    init(_ rate: InsertionRate) {
        diploma = rate.diplomaCode
        millesime = rate.millesime
        region = rate.region
        voie = rate.voie.rawValue
        emploi6Mois = rate.emploi6Mois
        emploi12Mois = rate.emploi12Mois
        emploi18Mois = rate.emploi18Mois
        emploi24Mois = rate.emploi24Mois
        poursuiteEtudes = rate.poursuiteEtudes
        sortants = rate.sortants
        source = "\(rate.source.publisher), \(rate.source.title), \(rate.source.version)"
    }
}

struct CertificationJSON: Encodable {
    let code: String, title: String
    @NullEncoded var niveau: Int?
    @NullEncoded var niveauSource: String?
    @NullEncoded var active: Bool?
    @NullEncoded var openToApprenticeship: Bool?
    let replacedBy: [String], certifiers: [String], formacodes: [String], nsf: [String], rome: [String], diplomaCodes: [String]
    let insertionRates: [RateJSON]
    let sources: [String]
    let voiesAcces: VoiesAccesJSON
    /// Set in a fiche's list when the certification is linked to its parent fiche.
    @NullEncoded var viaParent: String?

    init(_ certification: Certification, rates: [InsertionRate], viaParent: RomeCode? = nil) {
        self.viaParent = viaParent?.rawValue
        code = certification.code.rawValue
        title = certification.title
        niveau = certification.niveau?.rawValue
        niveauSource = certification.niveauSource?.id
        active = certification.isActive
        openToApprenticeship = certification.openToApprenticeship
        replacedBy = certification.replacedBy.map(\.rawValue)
        certifiers = certification.certifiers
        formacodes = certification.formacodes.map { "\($0.code) \($0.label)" }
        nsf = certification.nsf.map(\.label)
        rome = certification.romeCodes.map(\.rawValue)
        diplomaCodes = certification.diplomaCodes
        insertionRates = rates.map(RateJSON.init)
        sources = certification.sources.map { "\($0.id)@\($0.version)" }
        voiesAcces = VoiesAccesJSON(certification.voiesAcces)
    }
}

struct VoiesAccesJSON: Encodable {
    @NullEncoded var formationInitiale: Bool?
    @NullEncoded var apprentissage: Bool?
    @NullEncoded var formationContinue: Bool?
    @NullEncoded var contratProfessionnalisation: Bool?
    @NullEncoded var vae: Bool?
    @NullEncoded var candidatureIndividuelle: Bool?

    init(_ routes: VoiesAcces) {
        formationInitiale = routes.formationInitiale
        apprentissage = routes.apprentissage
        formationContinue = routes.formationContinue
        contratProfessionnalisation = routes.contratProfessionnalisation
        vae = routes.vae
        candidatureIndividuelle = routes.candidatureIndividuelle
    }
}

/// The routes Certif Info opens, in words; nil when it gives none.
func voiesAccesText(_ routes: VoiesAcces, _ language: Language) -> String? {
    let named: [(Bool?, String, String)] = [
        (routes.formationInitiale, "formation initiale", "initial education"), (routes.apprentissage, "apprentissage", "apprenticeship"),
        (routes.formationContinue, "formation continue", "continuing education"),
        (routes.contratProfessionnalisation, "contrat de professionnalisation", "professionalisation contract"),
        (routes.vae, "VAE", "accreditation of prior experience (VAE)"),
        (routes.candidatureIndividuelle, "candidature individuelle", "individual application")
    ]
    let open = named.filter { $0.0 == true }.map { language.pick(fr: $0.1, en: $0.2) }
    return open.isEmpty ? nil : open.joined(separator: ", ")
}

/// The latest rates of a certification in a region, one per route, in one line.
func insertionSummary(_ rates: [InsertionRate], _ language: Language) -> String? {
    var lines: [String] = []
    for voie in InsertionRate.Voie.allCases {
        guard let rate = rates.first(where: { $0.voie == voie }) else { continue }
        let percent = { (value: Int?) in value.map { "\($0) %" } ?? "—" }
        let route = voie == .apprentissage ? language.pick(fr: "apprentissage", en: "apprenticeship") : language.pick(fr: "voie scolaire", en: "school route")
        if [rate.emploi6Mois, rate.emploi12Mois, rate.emploi24Mois, rate.poursuiteEtudes].allSatisfy({ $0 == nil }) {
            lines.append(
                language.pick(
                    fr: "\(route) \(rate.millesime) : taux non publiés par InserJeunes",
                    en: "\(route) \(rate.millesime): no rates published by InserJeunes"))
            continue
        }
        lines.append(
            language.pick(
                fr:
                    "\(route) \(rate.millesime) : en emploi à 6 mois \(percent(rate.emploi6Mois)), 12 mois \(percent(rate.emploi12Mois)), 24 mois \(percent(rate.emploi24Mois)) ; poursuite d'études \(percent(rate.poursuiteEtudes))",
                en:
                    "\(route) \(rate.millesime): employed after 6 months \(percent(rate.emploi6Mois)), 12 months \(percent(rate.emploi12Mois)), 24 months \(percent(rate.emploi24Mois)); further study \(percent(rate.poursuiteEtudes))"
            ))
    }
    return lines.isEmpty ? nil : lines.joined(separator: "\n      ")
}

func yesNo(_ value: Bool?, _ language: Language) -> String {
    switch value {
    case true?: language.pick(fr: "oui", en: "yes")
    case false?: language.pick(fr: "non", en: "no")
    case nil: language.pick(fr: "non renseigné", en: "not given")
    }
}

struct FicheView {
    let catalogue: Catalogue
    let fiche: Fiche
    let region: String
    var departement: Departement? = nil
    let offers: [TrainingOffers.Match]
    let language: Language

    /// Débouchés in the département when given and published, else the region, else France.
    var tension: MetierTension? { catalogue.tension(of: fiche.code, departement: departement, region: region) }

    struct JSON: Encodable {
        struct Item: Encodable { let ogr: Int, label: String, rubrique: String, coherence: String }
        let code: String, label: String, grandDomaine: String, domaine: String
        @NullEncoded var riasecMajor: String?
        @NullEncoded var riasecMinor: String?
        let definition: [String], accesAuMetier: String
        @NullEncoded var emploiReglemente: Bool?
        @NullEncoded var emploiCadre: Bool?
        let appellations: [String]
        let items: [Item]
        let mobilites: [String]
        @NullEncoded var parent: String?
        let onisep: [String]
        let region: String
        @NullEncoded var debouches: MetierTensionSummary?
        let certifications: [CertificationJSON]
        let offers: [TrainingOffers.JSON]
        let source: String
    }

    var json: JSON {
        JSON(
            code: fiche.code.rawValue, label: fiche.label, grandDomaine: fiche.grandDomaine.label, domaine: fiche.domaine.label,
            riasecMajor: fiche.riasecMajor?.rawValue, riasecMinor: fiche.riasecMinor?.rawValue,
            definition: fiche.definition, accesAuMetier: fiche.accesAuMetier,
            emploiReglemente: fiche.emploiReglemente, emploiCadre: fiche.emploiCadre,
            appellations: catalogue.appellations(of: fiche.code).map(\.longLabel),
            items: catalogue.items(of: fiche.code).map {
                .init(ogr: $0.ogr.rawValue, label: $0.label, rubrique: $0.rubrique.rawValue, coherence: $0.coherence.rawValue)
            },
            mobilites: catalogue.mobilites(of: fiche.code).map(\.target.rawValue),
            parent: fiche.parent?.rawValue,
            onisep: catalogue.onisepLinks(of: fiche.code).map(\.url),
            region: region,
            debouches: tension.map { MetierTensionSummary($0, language: language) },
            certifications: catalogue.certificationLinks(of: fiche.code).map {
                CertificationJSON($0.certification, rates: catalogue.insertionRates(of: $0.certification.code, region: region), viaParent: $0.viaParent)
            },
            offers: offers.map(TrainingOffers.JSON.init),
            source: "\(fiche.source.publisher), \(fiche.source.title), \(fiche.source.version)")
    }

    func text(_ language: Language) -> String {
        var out: [String] = []
        let l = language
        out.append("\(fiche.code) — \(fiche.label)")
        out.append(
            l.pick(fr: "Domaine : \(fiche.grandDomaine.label) › \(fiche.domaine.label)", en: "Domain: \(fiche.grandDomaine.label) › \(fiche.domaine.label)"))
        let riasec = [fiche.riasecMajor, fiche.riasecMinor].compactMap { $0 }.map { "\($0.rawValue) (\($0.frenchName))" }.joined(separator: ", ")
        out.append(l.pick(fr: "RIASEC : \(riasec.isEmpty ? "—" : riasec)", en: "RIASEC: \(riasec.isEmpty ? "—" : riasec)"))
        out.append(
            l.pick(
                fr: "Emploi réglementé : \(yesNo(fiche.emploiReglemente, l)) · cadre : \(yesNo(fiche.emploiCadre, l))",
                en: "Regulated job: \(yesNo(fiche.emploiReglemente, l)) · executive: \(yesNo(fiche.emploiCadre, l))"))
        out.append(l.pick(fr: "\nDéfinition", en: "\nDefinition"))
        out += fiche.definition.map { "  - \($0)" }
        out.append(l.pick(fr: "\nAccès au métier", en: "\nAccess to the job"))
        out.append("  " + fiche.accesAuMetier.replacingOccurrences(of: "\n", with: "\n  "))
        let items = catalogue.items(of: fiche.code)
        out.append(l.pick(fr: "\nCœur de métier", en: "\nCore of the job"))
        for item in items where item.isCoeurDeMetier && item.rubrique != .contexte { out.append("  - \(item.label) (\(item.rubrique.rawValue))") }
        let contexts = items.filter { $0.rubrique == .contexte }
        if !contexts.isEmpty {
            out.append(l.pick(fr: "\nContextes de travail", en: "\nWorking contexts"))
            out += contexts.map { "  - \($0.label)" }
        }
        out.append("")
        out +=
            tension?.lines(in: l) ?? [
                l.pick(
                    fr: "Débouchés : aucun chiffre de tension publié pour la famille de ce métier.",
                    en: "Prospects: no tension figure published for this job's family.")
            ]
        let mobilites = catalogue.mobilites(of: fiche.code)
        if !mobilites.isEmpty {
            out.append(l.pick(fr: "\nMobilités", en: "\nMobility"))
            out += mobilites.map { "  - \($0.target) \(catalogue.fiche($0.target)?.label ?? "")" }
        }
        let regionName = catalogue.region(region)?.name ?? region
        out.append(l.pick(fr: "\nCertifications (taux d'insertion : \(regionName))", en: "\nCertifications (insertion rates: \(regionName))"))
        let links = catalogue.certificationLinks(of: fiche.code)
        if links.isEmpty { out.append(l.pick(fr: "  aucune certification liée", en: "  no linked certification")) }
        var currentLevel: Int? = -1
        for (certification, viaParent) in links {
            if certification.niveau?.rawValue != currentLevel {
                currentLevel = certification.niveau?.rawValue
                out.append(
                    "  "
                        + (certification.niveau.map { l.pick(fr: "Niveau \($0) (\($0.usualName))", en: "Level \($0) (\($0.usualName))") }
                            ?? l.pick(fr: "Niveau non renseigné", en: "Level not given")))
            }
            var status = certification.isActive == false ? l.pick(fr: " [inactive]", en: " [inactive]") : ""
            if let viaParent { status += l.pick(fr: " (via la fiche parente \(viaParent))", en: " (through the parent fiche \(viaParent))") }
            let title = certification.title.isEmpty ? l.pick(fr: "(sans intitulé dans les sources)", en: "(no title in the sources)") : certification.title
            out.append("    \(certification.code) \(title)\(status)")
            if let summary = insertionSummary(catalogue.insertionRates(of: certification.code, region: region), l) { out.append("      " + summary) }
        }
        out += TrainingOffers.text(offers, l)
        let onisep = catalogue.onisepLinks(of: fiche.code)
        if !onisep.isEmpty {
            out.append("\nONISEP")
            out += onisep.map { "  - \($0.label) : \($0.url)" }
        }
        out.append(l.pick(fr: "\nSources : \(sourceLine)", en: "\nSources: \(sourceLine)"))
        return out.joined(separator: "\n")
    }

    private var sourceLine: String {
        catalogue.sources.filter { ["rome", "rncp", "inserjeunes", "dares"].contains($0.id) }.map { "\($0.publisher) (\($0.version))" }.joined(separator: ", ")
    }
}

struct CertificationView {
    let catalogue: Catalogue
    let certification: Certification
    let region: String
    let offers: [TrainingOffers.Match]

    struct JSON: Encodable {
        let certification: CertificationJSON
        let offers: [TrainingOffers.JSON]
    }

    var json: JSON {
        JSON(
            certification: CertificationJSON(certification, rates: catalogue.insertionRates(of: certification.code, region: region)),
            offers: offers.map(TrainingOffers.JSON.init))
    }

    func text(_ language: Language) -> String {
        let l = language, c = certification
        var out = ["\(c.code) — \(c.title.isEmpty ? l.pick(fr: "(sans intitulé)", en: "(no title)") : c.title)"]
        let level = c.niveau.map { "\($0) (\($0.usualName))" } ?? l.pick(fr: "non renseigné", en: "not given")
        out.append(
            l.pick(
                fr: "Niveau : \(level)\(c.niveauSource.map { " — source : \($0.title)" } ?? "")",
                en: "Level: \(level)\(c.niveauSource.map { " — source: \($0.title)" } ?? "")"))
        out.append(
            l.pick(
                fr: "Active : \(yesNo(c.isActive, l)) · ouverte à l'apprentissage : \(yesNo(c.openToApprenticeship, l))",
                en: "Active: \(yesNo(c.isActive, l)) · open to apprenticeship: \(yesNo(c.openToApprenticeship, l))"))
        if let routes = voiesAccesText(c.voiesAcces, l) { out.append(l.pick(fr: "Voies d’accès : \(routes)", en: "Routes: \(routes)")) }
        if !c.replacedBy.isEmpty { out.append(l.pick(fr: "Remplacée par : ", en: "Replaced by: ") + c.replacedBy.map(\.rawValue).joined(separator: ", ")) }
        if !c.certifiers.isEmpty { out.append(l.pick(fr: "Certificateurs : ", en: "Certifiers: ") + c.certifiers.joined(separator: " ; ")) }
        if !c.formacodes.isEmpty { out.append("Formacode : " + c.formacodes.map { "\($0.code) \($0.label)" }.joined(separator: " ; ")) }
        if !c.nsf.isEmpty { out.append("NSF : " + c.nsf.map(\.label).joined(separator: " ; ")) }
        let links = catalogue.romeLinks(of: c.code)
        if !links.isEmpty {
            out.append(l.pick(fr: "Métiers (ROME) :", en: "Jobs (ROME):"))
            for link in links {
                let label =
                    link.fiche.flatMap { catalogue.fiche($0)?.label } ?? l.pick(fr: "(code de domaine, pas une fiche)", en: "(domain code, not a fiche)")
                out.append("  - \(link.code) \(label)")
            }
        }
        if !c.diplomaCodes.isEmpty { out.append(l.pick(fr: "Codes diplôme (CFD) : ", en: "Diploma codes (CFD): ") + c.diplomaCodes.joined(separator: ", ")) }
        let regionName = catalogue.region(region)?.name ?? region
        let summary = insertionSummary(catalogue.insertionRates(of: c.code, region: region), l)
        out.append(
            l.pick(fr: "Insertion (\(regionName)) : ", en: "Insertion (\(regionName)): ")
                + (summary.map { "\n      " + $0 } ?? l.pick(fr: "pas de taux publié", en: "no published rate")))
        out += TrainingOffers.text(offers, l)
        out.append(l.pick(fr: "Sources : ", en: "Sources: ") + c.sources.map { "\($0.publisher) (\($0.version))" }.joined(separator: ", "))
        return out.joined(separator: "\n")
    }
}
