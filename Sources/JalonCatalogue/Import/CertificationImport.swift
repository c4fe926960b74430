import JalonCore

/// Certifications of the RNCP and RS, merged from every source that names them. Levels are taken from
/// the first source that gives one, in the data README's order: Kit apprentissage, Certif Info, the
/// 2021 RNCP snapshot, then the 2021 diploma codes.
extension CatalogueBuild {
    private final class Draft {
        var title: String?
        /// Every distinct title the sources give, searched as well ("… (DEAS)" in the 2021 snapshot).
        var otherTitles: [String] = []
        var niveau: (value: Int, source: CatalogueSource)?
        var active: Bool?
        var apprenticeship: Bool?
        /// Certif Info's routes, from its first row naming the certification.
        var routes: [Bool?]?
        var replacedBy: [CertificationCode] = []
        var certifiers: [String] = []
        var formacodes: [[String]] = []
        var nsf: [[String]] = []
        var rome: [String] = []
        var diplomas: [String] = []
        var sources: Set<Int> = []

        /// The first title wins (sources are read in the README's order); later ones are kept for search.
        func addTitle(_ text: String) {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return }
            if title == nil {
                title = trimmed
            } else if trimmed != title, !otherTitles.contains(trimmed) {
                otherTitles.append(trimmed)
            }
        }
    }

    /// The draft of the certification a row names, created on first mention; nil (counted) when the row
    /// names none or names it wrongly.
    private func draft(_ text: String, source: CatalogueSource, drafts: inout [CertificationCode: Draft], file: String, line: Int) -> Draft? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // "NR" (non renseigné) is how the Kit says it has no fiche.
        guard !trimmed.isEmpty, trimmed != "NR" else {
            // One example per file, so the report says which files have such rows.
            let firstInFile = filesWithRowsWithoutCode.insert(file).inserted
            report.anomaly("certification.rowWithoutCode", example: firstInFile ? "\(file), ligne \(line)" : nil)
            return nil
        }
        guard let code = CertificationCode(trimmed) else {
            report.anomaly("certification.invalidCode", example: "\(file), ligne \(line) : \(trimmed)")
            return nil
        }
        let draft = drafts[code] ?? Draft()
        drafts[code] = draft
        draft.sources.insert(Int(SourceFiles.index(of: source)))
        return draft
    }

    private func setLevel(_ draft: Draft, _ level: Int?, from source: CatalogueSource, code: String) {
        guard let level, Niveau(level) != nil else { return }
        if let existing = draft.niveau {
            if existing.value != level {
                report.anomaly("certification.levelDisagreement", example: "\(code): \(existing.source.id) \(existing.value), \(source.id) \(level)")
            }
        } else {
            draft.niveau = (level, source)
        }
    }

    private static func appendUnique<T: Equatable>(_ value: T, to list: inout [T]) {
        if !list.contains(value) { list.append(value) }
    }

    /// A CFD as the Éducation nationale writes it: 8 characters (the 2021 file drops leading zeros).
    static func normalisedDiplomaCode(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        return trimmed.count < 8 && trimmed.allSatisfy(\.isNumber) ? String(repeating: "0", count: 8 - trimmed.count) + trimmed : trimmed
    }

    func importCertifications(rates: RatesByDiploma) throws(ImportError) {
        var drafts: [CertificationCode: Draft] = [:]
        try readRncpExport(into: &drafts)
        try readKit(into: &drafts)
        try readCertifInfo(into: &drafts)
        try readRncp2021(into: &drafts)
        try writeCertifications(drafts, rates: rates)
    }

    private func readRncpExport(into drafts: inout [CertificationCode: Draft]) throws(ImportError) {
        let source = SourceFiles.rncp
        let rome = try read(SourceFiles.rncpFile("Rome"), separator: ";")
            .rows("Numero_Fiche", "Codes_Rome_Code")
        for record in rome {
            guard let draft = draft(record["Numero_Fiche"], source: source, drafts: &drafts, file: "RNCP Rome", line: record.line) else { continue }
            Self.appendUnique(record["Codes_Rome_Code"].trimmingCharacters(in: .whitespaces), to: &draft.rome)
        }
        for (name, codeColumn, labelColumn) in [("Formacode", "Formacode_Code", "Formacode_Libelle"), ("Nsf", "Nsf_Code", "Nsf_Intitule")] {
            let file = try read(SourceFiles.rncpFile(name), separator: ";")
                .rows("Numero_Fiche", codeColumn, labelColumn)
            for record in file {
                guard let draft = draft(record["Numero_Fiche"], source: source, drafts: &drafts, file: "RNCP \(name)", line: record.line) else { continue }
                let pair = [record[codeColumn], repair(record[labelColumn])]
                if name == "Nsf" { Self.appendUnique(pair, to: &draft.nsf) } else { Self.appendUnique(pair, to: &draft.formacodes) }
            }
        }
        let certifiers = try read(SourceFiles.rncpFile("Certificateurs"), separator: ";")
            .rows("Numero_Fiche", "Nom_Certificateur")
        for record in certifiers {
            guard let draft = draft(record["Numero_Fiche"], source: source, drafts: &drafts, file: "RNCP Certificateurs", line: record.line) else { continue }
            let name = repair(record["Nom_Certificateur"].trimmingCharacters(in: .whitespaces))
            if !name.isEmpty { Self.appendUnique(name, to: &draft.certifiers) }
        }
        let successions = try read(SourceFiles.rncpFile("Ancienne_Nouvelle_Certification"), separator: ";")
            .rows("Numero_Fiche", "Nouvelle_Certification")
        for record in successions {
            guard let draft = draft(record["Numero_Fiche"], source: source, drafts: &drafts, file: "RNCP Ancienne_Nouvelle", line: record.line) else {
                continue
            }
            addReplacement(record["Nouvelle_Certification"], to: draft)
        }
    }

    /// Adds successors; a certification split in several is written `RNCP1|RNCP2`.
    private func addReplacement(_ text: String, to draft: Draft) {
        for part in text.split(separator: "|") {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            guard let code = CertificationCode(trimmed) else {
                report.anomaly("certification.invalidCode", example: "remplacée par \(trimmed)")
                continue
            }
            Self.appendUnique(code, to: &draft.replacedBy)
        }
    }

    private func readKit(into drafts: inout [CertificationCode: Draft]) throws(ImportError) {
        let file = try read(SourceFiles.kitFile, separator: ";")
            .rows(
                "Code Diplôme", "Intitulé diplôme (DEPP)", "FicheRNCP", "Niveau fiche RNCP", "Accès à l'apprentissage de la fiche RNCP (oui/non)",
                "Fiche ACTIVE/INACTIVE", "Intitulé certification (RNCP)", "Nouvelle Certification rempla (RNCP)")
        for record in file {
            let code = record["FicheRNCP"]
            guard let draft = draft(code, source: SourceFiles.kit, drafts: &drafts, file: "Kit", line: record.line) else { continue }
            let title = repair(record["Intitulé certification (RNCP)"])
            if !title.isEmpty, title != "NR" { draft.addTitle(title) }
            // The Éducation nationale's wording ("AIDE-SOIGNANT (DIPLÔME D'ETAT)") is searched too; this column
            // is where the Kit's double-encoded UTF-8 lives, repaired by `repair`.
            draft.addTitle(repair(record["Intitulé diplôme (DEPP)"]))
            setLevel(draft, Int(record["Niveau fiche RNCP"].replacingOccurrences(of: "Niveau ", with: "")), from: SourceFiles.kit, code: code)
            if draft.active == nil { draft.active = Self.activeFlag(record["Fiche ACTIVE/INACTIVE"]) }
            if draft.apprenticeship == nil { draft.apprenticeship = Self.ouiNon(record["Accès à l'apprentissage de la fiche RNCP (oui/non)"]) }
            addReplacement(record["Nouvelle Certification rempla (RNCP)"], to: draft)
            if let diploma = Self.normalisedDiplomaCode(record["Code Diplôme"]) { Self.appendUnique(diploma, to: &draft.diplomas) }
        }
    }

    /// Certif Info's access-route columns, in `VoiesAcces` order.
    static let routeColumns = [
        "accessibilite_fi", "accessibilite_ca", "accessibilite_fc", "accessibilite_cp", "accessibilite_vae", "accessibilite_ind"
    ]

    static func certifInfoFlag(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces) {
        case "1": true
        case "0": false
        default: nil
        }
    }

    static func activeFlag(_ text: String) -> Bool? {
        switch text.uppercased() {
        case "ACTIVE": true
        case "INACTIVE": false
        default: nil
        }
    }

    private func readCertifInfo(into drafts: inout [CertificationCode: Draft]) throws(ImportError) {
        let file = try read(SourceFiles.certifInfoFile, separator: ";")
            .rows(
                "Libelle_Diplome", "Code_Niveau_Europeen", "Code_Rome_1", "Code_Rome_2", "Code_Rome_3", "Code_Rome_4",
                "Code_Rome_5", "Code_RNCP", "Code_RS", "Code_Scolarité",
                "accessibilite_fi", "accessibilite_ca", "accessibilite_fc", "accessibilite_cp", "accessibilite_vae", "accessibilite_ind")
        var withoutCode = 0
        for record in file {
            let rncp = record["Code_RNCP"].trimmingCharacters(in: .whitespaces)
            let rs = record["Code_RS"].trimmingCharacters(in: .whitespaces)
            let codes = [rncp.isEmpty ? nil : "RNCP" + rncp, rs.isEmpty ? nil : "RS" + rs].compactMap { $0 }
            if codes.isEmpty { withoutCode += 1 }
            for code in codes {
                guard let draft = draft(code, source: SourceFiles.certifInfo, drafts: &drafts, file: "Certif Info", line: record.line) else { continue }
                draft.addTitle(repair(record["Libelle_Diplome"]))
                setLevel(draft, Int(record["Code_Niveau_Europeen"]), from: SourceFiles.certifInfo, code: code)
                // Certif Info: 1 open, 0 closed, 2 (or anything else) not given.
                let routes = Self.routeColumns.map { Self.certifInfoFlag(record[$0]) }
                if draft.routes == nil { draft.routes = routes }
                if draft.apprenticeship == nil { draft.apprenticeship = routes[1] }
                // Certif Info's ROME codes only complete certifications the RNCP export links to no fiche.
                if !draft.sources.contains(Int(SourceFiles.index(of: SourceFiles.rncp))) || draft.rome.isEmpty {
                    for column in ["Code_Rome_1", "Code_Rome_2", "Code_Rome_3", "Code_Rome_4", "Code_Rome_5"] {
                        let rome = record[column].trimmingCharacters(in: .whitespaces)
                        if !rome.isEmpty { Self.appendUnique(rome, to: &draft.rome) }
                    }
                }
                if let diploma = Self.normalisedDiplomaCode(record["Code_Scolarité"]) { Self.appendUnique(diploma, to: &draft.diplomas) }
            }
        }
        report.count("certifInfo.rowsWithoutRncpOrRs", withoutCode, of: file.count)
    }

    private func readRncp2021(into drafts: inout [CertificationCode: Draft]) throws(ImportError) {
        let file = try read(SourceFiles.rncp2021File, separator: ";")
            .rows("CodeRNCP", "intituleDiplome", "ActiveInactive", "NiveauEurope", "NouvelleFiche")
        for record in file {
            let code = record["CodeRNCP"]
            guard let draft = draft(code, source: SourceFiles.rncp2021, drafts: &drafts, file: "RNCP 2021", line: record.line) else { continue }
            draft.addTitle(repair(record["intituleDiplome"]))
            setLevel(draft, Int(record["NiveauEurope"].replacingOccurrences(of: "niveau", with: "")), from: SourceFiles.rncp2021, code: code)
            if draft.active == nil { draft.active = Self.activeFlag(record["ActiveInactive"]) }
            addReplacement(record["NouvelleFiche"], to: draft)
        }
        let diplomas = try read(SourceFiles.codesDiplomes2021File, separator: ";")
            .rows("CodeDiplome", "Intitule", "CodeRNCP", "Niveau2019", "Fiche RNCP active/inactive")
        for record in diplomas {
            let code = record["CodeRNCP"]
            guard let draft = draft(code, source: SourceFiles.rncp2021, drafts: &drafts, file: "Codes diplômes 2021", line: record.line) else { continue }
            draft.addTitle(repair(record["Intitule"]))
            setLevel(draft, Int(record["Niveau2019"].replacingOccurrences(of: "niveau", with: "")), from: SourceFiles.rncp2021, code: code)
            if draft.active == nil { draft.active = Self.activeFlag(record["Fiche RNCP active/inactive"]) }
            if let diploma = Self.normalisedDiplomaCode(record["CodeDiplome"]) { Self.appendUnique(diploma, to: &draft.diplomas) }
        }
    }

    private func writeCertifications(_ drafts: [CertificationCode: Draft], rates: RatesByDiploma) throws(ImportError) {
        let codes = drafts.keys.sorted()
        var table = TableBuilder<CertificationColumn>()
        var replaced = RelationBuilder(arity: 1), certifiers = RelationBuilder(arity: 1)
        var formacodes = RelationBuilder(arity: CodedTuple.arity), nsf = RelationBuilder(arity: CodedTuple.arity)
        var rome = RelationBuilder(arity: CertRomeTuple.arity), diplomas = RelationBuilder(arity: 1)
        var rateLinks = RelationBuilder(arity: 1), sources = RelationBuilder(arity: 1)
        var withLevel = 0, withTitle = 0, withRome = 0, withRate = 0, active = 0, withDiploma = 0
        var ratesJoined = Set<Int>()
        var withRomeAndLevel = 0, activeWithRate = 0, withVAE = 0
        let rncpSource = Int(SourceFiles.index(of: SourceFiles.rncp))
        var inRncpExport = 0, inRncpExportWithLevel = 0

        for (row, code) in codes.enumerated() {
            let draft = drafts[code]!
            let title = draft.title ?? ""
            if title.isEmpty { report.anomaly("certification.withoutTitle", example: code.rawValue) } else { withTitle += 1 }
            if draft.niveau != nil { withLevel += 1 }
            if draft.active == true {
                active += 1
            }
            if draft.sources.contains(rncpSource) {
                inRncpExport += 1
                if draft.niveau != nil { inRncpExportWithLevel += 1 }
            }
            searchEntries.append(
                SearchEntry(
                    kind: .certification, entity: row, texts: [Self.rankingTitle(title)],
                    extraTerms: Self.certificationExtraTerms(code: code, titles: [title] + draft.otherTitles)))
            table.append([
                .register: code.register == .rncp ? 0 : 1, .number: UInt32(code.number), .title: pool.intern(title),
                .niveau: UInt32(draft.niveau?.value ?? 0),
                .niveauSource: draft.niveau.map { SourceFiles.index(of: $0.source) + 1 } ?? 0,
                .active: TriState.encode(draft.active), .apprenticeship: TriState.encode(draft.apprenticeship),
                .routeInitiale: TriState.encode(draft.routes?[0] ?? nil), .routeApprentissage: TriState.encode(draft.routes?[1] ?? nil),
                .routeContinue: TriState.encode(draft.routes?[2] ?? nil), .routeContratPro: TriState.encode(draft.routes?[3] ?? nil),
                .routeVAE: TriState.encode(draft.routes?[4] ?? nil), .routeIndividuelle: TriState.encode(draft.routes?[5] ?? nil)
            ])
            if draft.routes?[4] == true { withVAE += 1 }
            replaced.appendOwner(
                draft.replacedBy.sorted().map { PackedCertificationCode.pack(register: $0.register == .rncp ? 0 : 1, number: UInt32($0.number)) })
            certifiers.appendOwner(draft.certifiers.map { pool.intern($0) })
            formacodes.appendOwner(draft.formacodes.flatMap { [pool.intern($0[0]), pool.intern($0[1])] })
            nsf.appendOwner(draft.nsf.flatMap { [pool.intern($0[0]), pool.intern($0[1])] })

            var romeTuples: [UInt32] = []
            for romeCode in draft.rome {
                if let ficheRow = ficheRows[romeCode] {
                    romeTuples += [pool.intern(romeCode), UInt32(ficheRow)]
                    Self.appendUnique(row, to: &ficheCertifications[ficheRow])
                    if draft.active == true { activeCertificationRows.insert(row) }
                } else {
                    // Kept with its code so the link is not lost, but it names no fiche.
                    let kind =
                        Self.isDomainLevel(romeCode)
                        ? "certification.romeDomainCode"
                        : (RomeCode(romeCode) == nil ? "certification.romeInvalidCode" : "certification.romeUnknownFiche")
                    report.anomaly(kind, example: "\(code.rawValue) → \(romeCode)")
                    romeTuples += [pool.intern(romeCode), OptionalWord.none]
                }
            }
            if !romeTuples.isEmpty {
                withRome += 1
                if draft.niveau != nil { withRomeAndLevel += 1 }
            }
            rome.appendOwner(romeTuples)

            let diplomaCodes = draft.diplomas.sorted()
            if !diplomaCodes.isEmpty { withDiploma += 1 }
            diplomas.appendOwner(diplomaCodes.map { pool.intern($0) })
            let rateRows = diplomaCodes.flatMap { rates[$0] ?? [] }.sorted()
            if !rateRows.isEmpty {
                withRate += 1
                if draft.active == true { activeWithRate += 1 }
            }
            ratesJoined.formUnion(rateRows)
            rateLinks.appendOwner(rateRows.map(UInt32.init))
            sources.appendOwner(draft.sources.sorted().map(UInt32.init))
        }
        table.write(SectionName.certifications, to: &writer)
        replaced.write(SectionName.certReplacedBy, to: &writer)
        certifiers.write(SectionName.certCertifiers, to: &writer)
        formacodes.write(SectionName.certFormacodes, to: &writer)
        nsf.write(SectionName.certNsf, to: &writer)
        rome.write(SectionName.certRome, to: &writer)
        diplomas.write(SectionName.certDiplomas, to: &writer)
        rateLinks.write(SectionName.certRates, to: &writer)
        sources.write(SectionName.certSources, to: &writer)

        let totalRates = rates.values.reduce(0) { $0 + $1.count }
        if totalRates > ratesJoined.count {
            let orphanDiplomas = rates.filter { entry in entry.value.allSatisfy { !ratesJoined.contains($0) } }.keys.sorted()
            report.anomaly("inserjeunes.rateWithoutCertification", example: orphanDiplomas.first, count: totalRates - ratesJoined.count)
        }
        report.count("certifications", codes.count)
        report.count("certifications.inRncpExport", inRncpExport, of: codes.count)
        report.count("certifications.inRncpExport.withLevel", inRncpExportWithLevel, of: inRncpExport)
        report.count("certifications.withLevel", withLevel, of: codes.count)
        report.count("certifications.withTitle", withTitle, of: codes.count)
        report.count("certifications.active", active, of: codes.count)
        report.count("certifications.withRome", withRome, of: codes.count)
        report.count("certifications.withRome.withLevel", withRomeAndLevel, of: withRome)
        report.count("certifications.openToVAE", withVAE, of: codes.count)
        report.count("certifications.withDiplomaCode", withDiploma, of: codes.count)
        report.count("certifications.withInsertionRate", withRate, of: codes.count)
        // InserJeunes covers vocational diplomas, which are those with a diploma code (CFD).
        report.count("certifications.withDiplomaCode.withInsertionRate", withRate, of: withDiploma)
        report.count("certifications.active.withInsertionRate", activeWithRate, of: active)
        report.count("inserjeunes.rates.joinedToCertification", ratesJoined.count, of: totalRates)
    }

    /// Domain-level ROME codes name a group of fiches, not a fiche: `M18` or `F1200` (two digits then `00`).
    static func isDomainLevel(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        guard let first = bytes.first, (UInt8(ascii: "A")...UInt8(ascii: "N")).contains(first) else { return false }
        let digits = bytes.dropFirst()
        guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return false }
        return digits.count == 2 || (digits.count == 4 && digits.suffix(2).elementsEqual("00".utf8))
    }

    /// The title without options, mentions or notes, which measures how closely a query matches it:
    /// "BTS - Services informatiques aux organisations : Option A …" → "BTS - Services informatiques aux organisations".
    static func coreTitle(_ title: String, keepingCommas: Bool = false) -> String {
        var core = title
        for separator in [" : ", " option ", " Option ", " OPTION ", " ("] + (keepingCommas ? [] : [","]) {
            if let range = core.range(of: separator) { core = String(core[..<range.lowerBound]) }
        }
        return core
    }

    /// The title whose length ranks a match: the core title, unless it says nothing ("DE : Diplôme
    /// d'Etat …" cuts to "DE").
    static func rankingTitle(_ title: String) -> String {
        let core = coreTitle(title)
        return SearchText.terms(core).isEmpty ? title : core
    }

    /// Terms that find a certification without lengthening its title: its code ("rncp35830"), the
    /// acronym of its specialty, which follows the diploma type ("BTS - Management commercial
    /// opérationnel" → "mco"), that acronym joined to the type as people write it ("DE - DE
    /// Aide-Soignant" → "deas"), and the words of the whole title and of other sources' titles.
    /// Acronyms are indexed as written and stemmed like query words ("deaes" and "dea"). Titles without a type
    /// ("Développeur(euse) d'application") get none: their initials are not what people type.
    static func certificationExtraTerms(code: CertificationCode, titles: [String]) -> [String] {
        var terms = [code.rawValue.lowercased()]
        if let title = titles.first {
            let core = coreTitle(title, keepingCommas: true)
            if let separator = core.range(of: " - ") {
                let type = SearchText.words(String(core[..<separator.lowerBound]))
                var specialty = SearchText.words(String(core[separator.upperBound...]))
                // "DE - DE Aide-Soignant": the type is often repeated before the specialty.
                if specialty.starts(with: type) { specialty.removeFirst(type.count) }
                if let acronym = SearchText.acronym(specialty.joined(separator: " ")) {
                    for written in [acronym, type.joined() + acronym] { terms += [written, SearchText.stem(written)] }
                }
            }
        }
        for title in titles { terms += SearchText.terms(title) }
        return terms
    }

    /// A fiche's own certifications, then its parent's. The RNCP links certifications to ROME v3 codes,
    /// which ROME 4.0 keeps as parent fiches; a child fiche (J1508 under J1506) inherits them.
    func certificationRowsWithParent(_ fiche: Int) -> [(row: Int, inherited: Bool)] {
        let own = ficheCertifications[fiche].sorted()
        let inherited = ficheParentRows[fiche].map { ficheCertifications[$0].sorted().filter { !own.contains($0) } } ?? []
        return own.map { ($0, false) } + inherited.map { ($0, true) }
    }

    func writeFicheCertifications() {
        var relation = RelationBuilder(arity: FicheCertificationTuple.arity)
        for fiche in 0..<ficheCodes.count {
            relation.appendOwner(certificationRowsWithParent(fiche).flatMap { [UInt32($0.row), $0.inherited ? 1 : 0] })
        }
        relation.write(SectionName.ficheCerts, to: &writer)
    }
}
