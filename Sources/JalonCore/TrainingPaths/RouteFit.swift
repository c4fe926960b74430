/// Which voies d'accès are proposed to the person for a certification, and how well each fits.
///
/// - initiale: only for a lycéen or an étudiant (still in initial schooling); fit 1.
/// - apprentissage: only when the certification is open to it (Kit apprentissage); the contract is
///   for ages 16 to 29 (Code du travail, L6222-1; exceptions such as RQTH are not known to Jalon):
///   refused above 29, fit 1 for a lycéen, étudiant or demandeur d'emploi, 0.7 in another situation,
///   0.6 when the age is not given.
/// - formation continue: for anyone out of initial schooling; fit 1 for a salarié, a demandeur
///   d'emploi or someone in reconversion, 0.8 otherwise (autre, not given).
/// - VAE: only when `VAEAssessment.isEligible`; fit 1.
///
/// Certif Info's access routes, where given, take away a route the certification is closed to: a titre
/// professionnel is not prepared in initial schooling (`Certification.voiesAcces`).
enum RouteFit {
    static let apprenticeshipAges = 16...29

    static func routes(for certification: Certification, person: PathPerson, vae: VAEAssessment) -> [(Formation.Voie, Double, PathReason)] {
        var routes: [(Formation.Voie, Double, PathReason)] = []
        let situation = person.situation
        let access = certification.voiesAcces
        if let situation, situation == .lyceen || situation == .etudiant, access.formationInitiale != false {
            routes.append((.initiale, 1, .initialeForPupils(situation)))
        }
        if certification.openToApprenticeship == true {
            if let age = person.age {
                if age <= apprenticeshipAges.upperBound {
                    if [.lyceen, .etudiant, .demandeurEmploi].contains(situation) {
                        routes.append((.apprentissage, 1, .apprenticeshipAge(age)))
                    } else {
                        routes.append((.apprentissage, 0.7, .apprenticeshipOtherSituation(situation)))
                    }
                }
            } else {
                routes.append((.apprentissage, 0.6, .apprenticeshipAgeUnknown))
            }
        }
        switch situation {
        case _ where access.formationContinue == false: break
        case .lyceen?, .etudiant?: break
        case .salarie?, .demandeurEmploi?, .reconversion?: routes.append((.formationContinue, 1, .continuingEducation(situation!)))
        case .autre?, nil: routes.append((.formationContinue, 0.8, .continuingEducationDefault))
        }
        if vae.isEligible, access.vae != false {
            routes.append((.vae, 1, .vaeExperience(coverage: Int((vae.coverage * 100).rounded()), years: vae.relatedYears)))
        }
        return routes
    }

    /// Whether the sources leave `certification` open to `voie` (unknown counts as open): how an
    /// intermediate step is chosen for a path by that route.
    static func isOpen(_ certification: Certification, to voie: Formation.Voie) -> Bool {
        switch voie {
        case .initiale: certification.voiesAcces.formationInitiale != false
        case .apprentissage: certification.openToApprenticeship != false
        case .formationContinue: certification.voiesAcces.formationContinue != false
        case .vae: certification.voiesAcces.vae != false
        }
    }
}
