import JalonCore

/// Small synthetic inputs whose every figure is chosen so the expected scores can be computed by hand.
enum PathsFixtures {
    static let source = CatalogueSource(id: "test", title: "Test", publisher: "Jalon tests", version: "1", licence: "test")
    static let inserJeunes = CatalogueSource(id: "inserjeunes", title: "InserJeunes", publisher: "DEPP / Dares", version: "2025-03", licence: "LO 2.0")
    static let target = RomeCode("I1310")!

    static func fiche(_ code: RomeCode = target, regulated: Bool? = false, acces: String = "", parent: RomeCode? = nil) -> Fiche {
        Fiche(
            code: code, ogr: OgrCode(1), label: "Métier \(code)", grandDomaine: .init(code: "I", label: "I"), domaine: .init(code: "I13", label: "I13"),
            riasecMajor: nil, riasecMinor: nil, definition: [], accesAuMetier: acces, emploiReglemente: regulated, emploiCadre: false,
            transitions: Transitions(ecologique: nil, numerique: nil, demographique: nil), parent: parent, source: source)
    }

    /// Five cœur-de-métier savoir-faire (ogr 101…105), one ordinary one (106) and one cœur savoir (201, not counted).
    static let items: [FicheItem] =
        (101...105).map { FicheItem(ogr: OgrCode($0), label: "cœur \($0)", rubrique: .savoirFaire, coherence: .principale) }
        + [
            FicheItem(ogr: OgrCode(106), label: "autre", rubrique: .savoirFaire, coherence: .ordinaire),
            FicheItem(ogr: OgrCode(201), label: "savoir", rubrique: .savoir, coherence: .principale)
        ]

    static func targetFiche(regulated: Bool? = false, acces: String = "") -> TargetFiche {
        TargetFiche(fiche: fiche(regulated: regulated, acces: acces), items: items, family: [target])
    }

    static func certification(
        _ number: Int, niveau: Int?, active: Bool? = true, replacedBy: [Int] = [], apprenticeship: Bool? = true, title: String? = nil,
        register: CertificationCode.Register = .rncp
    ) -> Certification {
        Certification(
            code: CertificationCode(register: register, number: number), title: title ?? "Certification \(number)", niveau: niveau.flatMap(Niveau.init),
            niveauSource: source, isActive: active, replacedBy: replacedBy.map { CertificationCode(register: .rncp, number: $0) }, certifiers: [],
            formacodes: [], nsf: [], openToApprenticeship: apprenticeship, romeCodes: [target], diplomaCodes: [], sources: [source])
    }

    static func rate(
        region: String, millesime: String = "2022_2023", voie: InsertionRate.Voie = .apprentissage, emploi12: Int?, sortants: Int?
    ) -> InsertionRate {
        InsertionRate(
            diplomaCode: "CFD", mefstat11: nil, millesime: millesime, region: region, voie: voie, emploi6Mois: nil, emploi12Mois: emploi12,
            emploi18Mois: nil, emploi24Mois: nil, poursuiteEtudes: nil, sortants: sortants, source: inserJeunes)
    }

    static func candidate(_ certification: Certification, rates: [InsertionRate] = [], fiche: RomeCode = target) -> CertificationCandidate {
        CertificationCandidate(certification: certification, viaParent: nil, fiche: fiche, rates: rates)
    }

    static func person(
        level: DiplomeLePlusEleve? = .niveau(Niveau(3)!), situation: Situation? = .salarie, age: Int? = 42, departement: String? = "25", region: String? = "27",
        skills: [Int] = [], experienceYears: Double = 0, experienceNature: Experience.Nature = .emploi, experienceFiche: RomeCode? = target
    ) -> PathPerson {
        let id = ExperienceID("x1")!
        let experiences =
            experienceYears > 0 ? [PathPerson.PastExperience(id: id, nature: experienceNature, fiche: experienceFiche, years: experienceYears)] : []
        return PathPerson(
            diplome: level, situation: situation, age: age, departement: departement.flatMap(Departement.init), region: region,
            experiences: experiences, confirmedSkills: skills.map { PathPerson.ConfirmedSkill(item: OgrCode($0), experience: id) })
    }

    static func offer(
        _ numero: String, certifications: [Int] = [], rome: [RomeCode] = [], niveau: Int? = nil, departement: String?, region: String?
    ) -> TrainingOffer {
        TrainingOffer(
            numero: numero, intitule: "Offre \(numero)", certifications: certifications.map { CertificationCode(register: .rncp, number: $0) },
            certifInfoCodes: [], romeCodes: rome, formacodes: [], niveauSortie: niveau.flatMap(Niveau.init),
            organisme: .init(name: "Organisme", siret: nil),
            actions: [
                .init(
                    numero: nil, place: .init(name: "Centre", postalCode: nil, city: "Ville", departement: departement, region: region, inseeCommune: nil),
                    sessions: [])
            ])
    }

    static func code(_ number: Int) -> CertificationCode { CertificationCode(register: .rncp, number: number) }
}
