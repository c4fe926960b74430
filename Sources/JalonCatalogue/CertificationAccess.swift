import JalonCore

extension Catalogue {
    func certificationRow(_ code: CertificationCode) -> Int? {
        let register: UInt32 = code.register == .rncp ? 0 : 1, number = UInt32(code.number)
        let row = lowerBound(count: certifications.count) {
            (certifications[$0, .register], certifications[$0, .number]) < (register, number)
        }
        guard row < certifications.count, certifications[row, .register] == register, certifications[row, .number] == number else { return nil }
        return row
    }

    func certificationCode(row: Int) -> CertificationCode {
        CertificationCode(register: certifications[row, .register] == 0 ? .rncp : .rs, number: Int(certifications[row, .number]))
    }

    static func certificationCode(packed: UInt32) -> CertificationCode {
        let (register, number) = PackedCertificationCode.unpack(packed)
        return CertificationCode(register: register == 0 ? .rncp : .rs, number: Int(number))
    }

    /// The certification with this code, merged from every source that names it.
    public func certification(_ code: CertificationCode) -> Certification? { certificationRow(code).map(certification(row:)) }

    func certification(row: Int) -> Certification {
        let word = { (column: CertificationColumn) in self.certifications[row, column] }
        let singles = { (relation: Relation) in relation.tuples(of: row).map { $0[$0.startIndex] } }
        let coded = { (relation: Relation) in
            relation.tuples(of: row).map { Certification.Coded(code: self.strings[$0[$0.startIndex]], label: self.strings[$0[$0.startIndex + 1]]) }
        }
        return Certification(
            code: certificationCode(row: row), title: strings[word(.title)], niveau: Niveau(Int(word(.niveau))),
            niveauSource: word(.niveauSource) == 0 ? nil : source(word(.niveauSource) - 1),
            isActive: TriState.decode(word(.active)),
            replacedBy: singles(certReplacedBy).map(Self.certificationCode(packed:)),
            certifiers: singles(certCertifiers).map { strings[$0] },
            formacodes: coded(certFormacodes), nsf: coded(certNsf),
            openToApprenticeship: TriState.decode(word(.apprenticeship)),
            voiesAcces: VoiesAcces(
                formationInitiale: TriState.decode(word(.routeInitiale)), apprentissage: TriState.decode(word(.routeApprentissage)),
                formationContinue: TriState.decode(word(.routeContinue)), contratProfessionnalisation: TriState.decode(word(.routeContratPro)),
                vae: TriState.decode(word(.routeVAE)), candidatureIndividuelle: TriState.decode(word(.routeIndividuelle))),
            romeCodes: certRome.tuples(of: row).compactMap { RomeCode(strings[$0[$0.startIndex]]) },
            diplomaCodes: singles(certDiplomas).map { strings[$0] },
            sources: singles(certSources).map(source))
    }

    /// Raw ROME codes of a certification as the sources give them, including domain-level codes (`M18`)
    /// that name no fiche.
    public func romeLinks(of code: CertificationCode) -> [(code: String, fiche: RomeCode?)] {
        guard let row = certificationRow(code) else { return [] }
        return certRome.tuples(of: row).map {
            let fiche = $0[$0.startIndex + 1]
            return (strings[$0[$0.startIndex]], fiche == OptionalWord.none ? nil : ficheCode(row: Int(fiche)))
        }
    }

    /// Certifications leading to a fiche: highest level first, active before inactive, then by code.
    /// `viaParent` names the parent fiche when the RNCP links the certification to it rather than to
    /// this fiche (RNCP still uses ROME v3 codes, which ROME 4.0 keeps as parent fiches).
    public func certificationLinks(of code: RomeCode) -> [(certification: Certification, viaParent: RomeCode?)] {
        guard let row = ficheRow(code) else { return [] }
        let parent = fiche(row: row).parent
        return ficheCerts.tuples(of: row).map { (certification(row: Int($0[0])), $0[1] == 1 ? parent : nil) }.sorted {
            ($1.certification.niveau?.rawValue ?? 0, $0.certification.isActive == true ? 0 : 1, $0.viaParent != nil ? 1 : 0, $0.certification.code)
                < ($0.certification.niveau?.rawValue ?? 0, $1.certification.isActive == true ? 0 : 1, $1.viaParent != nil ? 1 : 0, $1.certification.code)
        }
    }

    /// The certifications of `certificationLinks(of:)`, in the same order.
    public func certifications(of code: RomeCode) -> [Certification] { certificationLinks(of: code).map(\.certification) }

    func insertionRate(row: Int) -> InsertionRate {
        let word = { (column: RateColumn) in self.rates[row, column] }
        return InsertionRate(
            diplomaCode: strings[word(.diploma)], mefstat11: strings.optional(word(.mefstat11)), millesime: strings[word(.millesime)],
            region: strings[word(.region)], voie: word(.voie) == 0 ? .apprentissage : .scolaire,
            emploi6Mois: OptionalWord.decode(word(.emploi6)), emploi12Mois: OptionalWord.decode(word(.emploi12)),
            emploi18Mois: OptionalWord.decode(word(.emploi18)), emploi24Mois: OptionalWord.decode(word(.emploi24)),
            poursuiteEtudes: OptionalWord.decode(word(.poursuite)), sortants: OptionalWord.decode(word(.sortants)),
            source: source(word(.source)))
    }

    /// InserJeunes rates of a certification's diplomas, in one region (INSEE code) or all; newest cohort
    /// first, then route and diploma.
    public func insertionRates(of code: CertificationCode, region: String? = nil) -> [InsertionRate] {
        guard let row = certificationRow(code) else { return [] }
        return certRates.tuples(of: row).compactMap { tuple -> InsertionRate? in
            let rateRow = Int(tuple[tuple.startIndex])
            if let region, strings[rates[rateRow, .region]] != region { return nil }
            return insertionRate(row: rateRow)
        }.sorted { ($1.millesime, $0.voie.rawValue, $0.diplomaCode) < ($0.millesime, $1.voie.rawValue, $1.diplomaCode) }
    }

    /// Every InserJeunes row, in file order (for coverage checks and scoring).
    public var allInsertionRates: [InsertionRate] { (0..<rates.count).map(insertionRate(row:)) }
}
