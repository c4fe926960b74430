import JalonCore

/// ROME 4.0: fiches, appellations, items and the links between them.
extension CatalogueBuild {
    func importRome() throws(ImportError) {
        let source = SourceFiles.index(of: SourceFiles.rome)
        let fiches = try read(SourceFiles.romeFile("referentiel_code_rome"), separator: ",")
            .rows(
                "code_rome", "code_ogr", "libelle_rome", "transition_eco", "transition_num",
                "transition_demo", "emploi_reglemente", "emploi_cadre", "code_rome_parent")
        // A fiche that other fiches name as parent is the generic métier of its family.
        familyParents = Set(
            fiches.compactMap { record -> String? in
                let parent = record["code_rome_parent"]
                return parent.isEmpty || parent == record["code_rome"] ? nil : parent
            })
        let sorted = fiches.sorted { $0["code_rome"] < $1["code_rome"] }
        for record in sorted {
            let code = record["code_rome"]
            guard RomeCode(code) != nil else {
                report.anomaly("rome.fiche.invalidCode", example: code)
                continue
            }
            ficheRows[code] = ficheCodes.count
            ficheCodes.append(code)
        }
        ficheCertifications = Array(repeating: [], count: ficheCodes.count)
        ficheParentRows = Array(repeating: nil, count: ficheCodes.count)
        for record in sorted {
            let code = record["code_rome"], parent = record["code_rome_parent"]
            guard let row = ficheRows[code], parent != code, !parent.isEmpty else { continue }
            if let parentRow = ficheRows[parent] {
                ficheParentRows[row] = parentRow
            } else {
                report.anomaly("rome.fiche.unknownParent", example: "\(code) → \(parent)")
            }
        }

        let domains = try ficheDomains()
        let riasec = try ficheRiasec()
        let texts = try ficheTexts()
        var table = TableBuilder<FicheColumn>()
        for record in sorted where ficheRows[record["code_rome"]] != nil {
            let code = record["code_rome"]
            let domain = domains[code]
            if domain == nil { report.anomaly("rome.fiche.withoutDomain", example: code) }
            let text = texts[code] ?? (definition: [], acces: "")
            if text.definition.isEmpty { report.anomaly("rome.fiche.withoutDefinition", example: code) }
            let flag = { (column: String) in TriState.encode(Self.ouiNon(record[column])) }
            let label = repair(record["libelle_rome"])
            searchEntries.append(
                SearchEntry(
                    kind: .fiche, entity: table.count, texts: [label], extraTerms: [code.lowercased()],
                    prior: familyParents.contains(code) ? Self.familyPrior : 100))
            table.append([
                .code: pool.intern(code), .ogr: UInt32(record["code_ogr"]) ?? 0,
                .label: pool.intern(label),
                .grandDomaineCode: pool.intern(domain?.grandCode), .grandDomaineLabel: pool.intern(domain?.grandLabel),
                .domaineCode: pool.intern(domain?.code), .domaineLabel: pool.intern(domain?.label),
                .riasecMajor: riasec[code]?.major ?? 0, .riasecMinor: riasec[code]?.minor ?? 0,
                .definition: pool.intern(text.definition.joined(separator: "\n")), .acces: pool.intern(text.acces),
                .reglemente: flag("emploi_reglemente"), .cadre: flag("emploi_cadre"),
                .transitionEco: pool.intern(record["transition_eco"]),
                .transitionNum: flag("transition_num"), .transitionDemo: flag("transition_demo"), .source: source,
                .parent: ficheParentRows[ficheRows[code]!].map { UInt32($0) } ?? OptionalWord.none
            ])
        }
        table.write(SectionName.fiches, to: &writer)
        report.count("rome.fiches", ficheCodes.count, of: fiches.count)

        try importAppellations()
        let labels = try importItems()
        try importFicheItems(labels: labels)
        try importMobilites()
    }

    static let familyPrior: UInt32 = 130

    static func ouiNon(_ text: String) -> Bool? {
        switch text.uppercased() {
        case "O", "OUI": true
        case "N", "NON": false
        default: nil
        }
    }

    /// RIASEC letter → 1 + hexagon index, 0 when absent.
    func riasecWord(_ letter: String, context: String) -> UInt32 {
        guard !letter.isEmpty else { return 0 }
        guard let type = RiasecType(rawValue: letter) else {
            report.anomaly("rome.riasec.invalid", example: "\(context): \(letter)")
            return 0
        }
        return UInt32(type.hexagonIndex + 1)
    }

    private func ficheDomains() throws(ImportError) -> [String: (grandCode: String, grandLabel: String, code: String, label: String)] {
        let file = try read(SourceFiles.romeFile("cr_gd_dp"), separator: ",")
            .rows("code_rome", "code_grand_domaine", "libelle_grand_domaine", "code_domaine_professionel", "libelle_domaine_professionel")
        var result: [String: (grandCode: String, grandLabel: String, code: String, label: String)] = [:]
        for record in file {
            result[record["code_rome"]] = (
                record["code_grand_domaine"], repair(record["libelle_grand_domaine"]),
                record["code_domaine_professionel"], repair(record["libelle_domaine_professionel"])
            )
        }
        return result
    }

    private func ficheRiasec() throws(ImportError) -> [String: (major: UInt32, minor: UInt32)] {
        let file = try read(SourceFiles.romeFile("referentiel_code_rome_riasec"), separator: ",")
            .rows("code_rome", "riasec_majeur", "riasec_mineur")
        var result: [String: (major: UInt32, minor: UInt32)] = [:]
        for record in file {
            let code = record["code_rome"]
            if ficheRows[code] == nil { report.anomaly("rome.riasec.unknownFiche", example: code) }
            result[code] = (
                riasecWord(record["riasec_majeur"], context: code),
                riasecWord(record["riasec_mineur"], context: code)
            )
        }
        report.count("rome.fiches.withRiasec", result.values.filter { $0.major != 0 }.count, of: ficheCodes.count)
        return result
    }

    /// Définition sentences in ROME's order, and the accès au métier text.
    private func ficheTexts() throws(ImportError) -> [String: (definition: [String], acces: String)] {
        let file = try read(SourceFiles.romeFile("texte"), separator: ",")
            .rows("code_rome", "libelle_type_texte", "position_phrase", "libelle_texte")
        var sentences: [String: [(position: Int, kind: String, text: String)]] = [:]
        for record in file {
            sentences[record["code_rome"], default: []].append(
                (
                    Int(record["position_phrase"]) ?? 0, record["libelle_type_texte"],
                    repair(record["libelle_texte"])
                ))
        }
        var result: [String: (definition: [String], acces: String)] = [:]
        for (code, list) in sentences.sorted(by: { $0.key < $1.key }) {
            for sentence in list where !["definition", "acces_metier"].contains(sentence.kind) {
                report.anomaly("rome.texte.unknownType", example: "\(code) : \(sentence.kind)")
            }
            if ficheRows[code] == nil { report.anomaly("rome.texte.unknownFiche", example: code) }
            let ordered = list.sorted { $0.position < $1.position }
            result[code] = (
                ordered.filter { $0.kind == "definition" }.map(\.text),
                ordered.filter { $0.kind == "acces_metier" }.map(\.text).joined(separator: "\n")
            )
        }
        return result
    }

    private func importAppellations() throws(ImportError) {
        let file = try read(SourceFiles.romeFile("referentiel_appellation"), separator: ",")
            .rows("code_ogr", "libelle_appellation_long", "libelle_appellation_court", "code_rome", "classification")
        let records = file.sorted { (Int($0["code_ogr"]) ?? 0) < (Int($1["code_ogr"]) ?? 0) }
        var table = TableBuilder<AppellationColumn>()
        var resolved = 0
        for record in records {
            let fiche = record["code_rome"]
            let row = ficheRows[fiche]
            if row == nil {
                report.anomaly("rome.appellation.unknownFiche", example: "\(record["code_ogr"]) → \(fiche)")
            } else {
                resolved += 1
            }
            searchEntries.append(
                SearchEntry(
                    kind: .appellation, entity: table.count,
                    texts: [
                        repair(record["libelle_appellation_long"]), repair(record["libelle_appellation_court"])
                    ], extraTerms: [], prior: familyParents.contains(fiche) ? Self.familyPrior : 100))
            table.append([
                .ogr: UInt32(record["code_ogr"]) ?? 0,
                .longLabel: internRepaired(record["libelle_appellation_long"]),
                .shortLabel: internRepaired(record["libelle_appellation_court"]),
                .fiche: row.map(UInt32.init) ?? OptionalWord.none,
                .principale: record["classification"] == "PRINCIPALE" ? 1 : 0,
                .source: SourceFiles.index(of: SourceFiles.rome)
            ])
        }
        table.write(SectionName.appellations, to: &writer)
        report.count("rome.appellations", records.count)
        report.count("rome.appellations.resolved", resolved, of: records.count)
    }

    /// Writes compétences, savoirs and contextes; returns every item's label and rubrique by OGR code.
    private func importItems() throws(ImportError) -> [String: (label: StringRef, rubrique: FicheItem.Rubrique)] {
        var labels: [String: (label: StringRef, rubrique: FicheItem.Rubrique)] = [:]
        let source = SourceFiles.index(of: SourceFiles.rome)

        let macroFile = try read(SourceFiles.romeFile("referentiel_macro_competence_riasec"), separator: ",")

            .rows("code_ogr", "riasec_majeur", "riasec_mineur")
        var macroRiasec: [String: (UInt32, UInt32)] = [:]
        for record in macroFile {
            let ogr = record["code_ogr"]
            macroRiasec[ogr] = (
                riasecWord(record["riasec_majeur"], context: ogr),
                riasecWord(record["riasec_mineur"], context: ogr)
            )
        }

        let competences = try read(SourceFiles.romeFile("referentiel_competence"), separator: ",")

            .rows("code_ogr", "nature", "libelle_competence", "code_ogr_macro_comp", "cat_comp", "sous_cat_comp")
        var table = TableBuilder<CompetenceColumn>()
        var macroCount = 0
        for record in competences.sorted(by: { Self.ogrOrder($0["code_ogr"], $1["code_ogr"]) }) {
            let ogr = record["code_ogr"]
            let isMacro = record["nature"] == "Macro-compétence"
            let kind: FicheItem.Rubrique = record["cat_comp"].hasPrefix("Savoir-être") ? .savoirEtre : .savoirFaire
            let label = internRepaired(record["libelle_competence"])
            labels[ogr] = (label, kind)
            let riasec = macroRiasec[ogr]
            if isMacro {
                macroCount += 1
                if riasec == nil { report.anomaly("rome.macro.withoutRiasec", example: ogr) }
            }
            searchEntries.append(SearchEntry(kind: .competence, entity: table.count, texts: [pool.string(label)], extraTerms: []))
            table.append([
                .ogr: UInt32(ogr) ?? 0, .label: label, .kind: kind == .savoirEtre ? 1 : 0,
                .category: pool.intern(record["sous_cat_comp"]), .isMacro: isMacro ? 1 : 0,
                .macro: UInt32(record["code_ogr_macro_comp"]) ?? 0,
                .riasecMajor: riasec?.0 ?? 0, .riasecMinor: riasec?.1 ?? 0, .source: source
            ])
        }
        table.write(SectionName.competences, to: &writer)
        report.count("rome.competences", competences.count)
        report.count("rome.macroCompetences", macroCount)
        report.count("rome.macroCompetences.withRiasec", macroRiasec.count, of: macroCount)

        let savoirs = try read(SourceFiles.romeFile("referentiel_savoir"), separator: ",")

            .rows("code_ogr_savoir", "libelle_savoir", "categorie_savoir", "sous_categorie_savoir")
        var savoirTable = TableBuilder<SavoirColumn>()
        for record in savoirs.sorted(by: { Self.ogrOrder($0["code_ogr_savoir"], $1["code_ogr_savoir"]) }) {
            let ogr = record["code_ogr_savoir"]
            let label = internRepaired(record["libelle_savoir"])
            labels[ogr] = (label, .savoir)
            searchEntries.append(SearchEntry(kind: .savoir, entity: savoirTable.count, texts: [pool.string(label)], extraTerms: []))
            savoirTable.append([
                .ogr: UInt32(ogr) ?? 0, .label: label, .category: pool.intern(record["categorie_savoir"]),
                .subcategory: pool.intern(record["sous_categorie_savoir"]), .source: source
            ])
        }
        savoirTable.write(SectionName.savoirs, to: &writer)
        report.count("rome.savoirs", savoirs.count)

        let contextes = try read(SourceFiles.romeFile("referentiel_contexte_travail"), separator: ",")

            .rows("code_ogr", "libelle_cont_travail", "libelle_type_cont_trav")
        var contexteTable = TableBuilder<ContexteColumn>()
        for record in contextes.sorted(by: { Self.ogrOrder($0["code_ogr"], $1["code_ogr"]) }) {
            let ogr = record["code_ogr"]
            let label = internRepaired(record["libelle_cont_travail"])
            labels[ogr] = (label, .contexte)
            contexteTable.append([.ogr: UInt32(ogr) ?? 0, .label: label, .type: pool.intern(record["libelle_type_cont_trav"])])
        }
        contexteTable.write(SectionName.contextes, to: &writer)
        report.count("rome.contextes", contextes.count)
        return labels
    }

    static func ogrOrder(_ lhs: String, _ rhs: String) -> Bool { (Int(lhs) ?? 0, lhs) < (Int(rhs) ?? 0, rhs) }

    /// Every fiche ↔ item link of blocs 5 (compétences, savoirs) and 6 (contextes), with its cœur-de-métier flag;
    /// per fiche: savoir-faire, savoir-être, savoirs, contextes, cœur de métier first, then ROME's order.
    private func importFicheItems(labels: [String: (label: StringRef, rubrique: FicheItem.Rubrique)]) throws(ImportError) {
        let coherenceFile = try read(SourceFiles.romeFile("coherence_item"), separator: ",")
            .rows("code_rome", "code_ogr", "coeur_metier")
        var coherence: [String: UInt32] = [:]
        for record in coherenceFile {
            let flag = record["coeur_metier"]
            coherence[record["code_rome"] + "|" + record["code_ogr"]] =
                flag == "Principale" ? 0 : flag.hasPrefix("mergente", after: 1) ? 1 : 2
        }

        let links = try read(SourceFiles.romeFile("liens_rome_referentiels"), separator: ",")

            .rows("code_rome", "code_compo_bloc", "code_ogr")
        var perFiche = Array(repeating: [(order: Int, tuple: [UInt32])](), count: ficheCodes.count)
        var linked = 0, coeur = 0, structural = 0
        var usedCoherence = Set<String>()
        for (position, record) in links.enumerated() {
            let code = record["code_rome"], ogr = record["code_ogr"]
            let bloc = record["code_compo_bloc"]
            guard bloc == "5" || bloc == "6" else {
                structural += 1  // blocs 1 and 2 restate the fiche and its appellations, stored elsewhere
                continue
            }
            guard let row = ficheRows[code] else {
                report.anomaly("rome.link.unknownFiche", example: code)
                continue
            }
            guard let item = labels[ogr] else {
                report.anomaly("rome.link.unknownItem", example: "\(code) → \(ogr)")
                continue
            }
            let key = code + "|" + ogr
            usedCoherence.insert(key)
            let flag = coherence[key] ?? 2
            if flag == 0 { coeur += 1 }
            linked += 1
            let rubrique = FicheItem.Rubrique.allCases.firstIndex(of: item.rubrique)!
            perFiche[row].append(((rubrique * 4 + Int(flag)) * 1_000_000 + position, [UInt32(ogr) ?? 0, item.label, UInt32(rubrique), flag]))
        }
        let unlinked = coherence.keys.filter { !usedCoherence.contains($0) }.sorted()
        if !unlinked.isEmpty {
            report.anomaly("rome.coherence.withoutLink", example: unlinked.first, count: unlinked.count)
        }
        var relation = RelationBuilder(arity: FicheItemTuple.arity)
        for items in perFiche { relation.appendOwner(items.sorted { $0.order < $1.order }.flatMap(\.tuple)) }
        relation.write(SectionName.ficheItems, to: &writer)
        // Savoir-être ("Faire preuve de rigueur") says nothing of where or in what one worked.
        let savoirEtre = UInt32(FicheItem.Rubrique.allCases.firstIndex(of: .savoirEtre)!)
        ficheItemLabels = perFiche.map { items in items.sorted { $0.order < $1.order }.filter { $0.tuple[2] != savoirEtre }.map { $0.tuple[1] } }
        report.count("rome.ficheItems", linked)
        report.count("rome.ficheItems.coeurDeMetier", coeur, of: linked)
        report.count("rome.links.structural", structural)
    }

    private func importMobilites() throws(ImportError) {
        let file = try read(SourceFiles.romeFile("rubrique_mobilite"), separator: ",")
            .rows("code_rome", "code_rome_cible", "numero_ordre")
        var perFiche = Array(repeating: [(order: Int, target: Int)](), count: ficheCodes.count)
        var count = 0
        for record in file {
            let from = record["code_rome"], to = record["code_rome_cible"]
            guard let row = ficheRows[from], let target = ficheRows[to] else {
                report.anomaly("rome.mobilite.unknownFiche", example: "\(from) → \(to)")
                continue
            }
            perFiche[row].append((Int(record["numero_ordre"]) ?? Int.max, target))
            count += 1
        }
        var relation = RelationBuilder(arity: MobiliteTuple.arity)
        for list in perFiche {
            relation.appendOwner(list.sorted { ($0.order, $0.target) < ($1.order, $1.target) }.flatMap { [UInt32($0.target), UInt32(clamping: $0.order)] })
        }
        relation.write(SectionName.ficheMobilites, to: &writer)
        report.count("rome.mobilites", count, of: file.count)
    }

    func importCentresInteret() throws(ImportError) {
        let file = try read(SourceFiles.romeFile("centre_interet"), separator: ",")
            .rows("code_centre_interet", "libelle_centre_interet", "definition_centre_interet")
        let centres = file.sorted { (Int($0["code_centre_interet"]) ?? 0) < (Int($1["code_centre_interet"]) ?? 0) }
        var table = TableBuilder<CentreColumn>()
        var rows: [String: Int] = [:]
        for record in centres {
            let code = record["code_centre_interet"]
            guard CentreInteretCode(Int(code) ?? 0) != nil else {
                report.anomaly("rome.centreInteret.invalidCode", example: code)
                continue
            }
            rows[code] = table.count
            table.append([
                .code: UInt32(code) ?? 0, .label: internRepaired(record["libelle_centre_interet"]),
                .definition: internRepaired(record["definition_centre_interet"]),
                .source: SourceFiles.index(of: SourceFiles.rome)
            ])
        }
        table.write(SectionName.centres, to: &writer)
        report.count("rome.centresInteret", table.count, of: centres.count)

        let links = try read(SourceFiles.romeFile("arborescence_centre_interet"), separator: ",")

            .rows("code_centre_interet", "code_rome", "principal")
        var perCentre = Array(repeating: [UInt32](), count: table.count)
        var count = 0
        for record in links {
            let centre = record["code_centre_interet"], fiche = record["code_rome"]
            guard let centreRow = rows[centre], let ficheRow = ficheRows[fiche] else {
                report.anomaly("rome.centreInteret.unknownCode", example: "\(centre) → \(fiche)")
                continue
            }
            perCentre[centreRow] += [UInt32(ficheRow), record["principal"] == "oui" ? 1 : 0]
            count += 1
        }
        var relation = RelationBuilder(arity: 2)
        for list in perCentre { relation.appendOwner(list) }
        relation.write(SectionName.centreFiches, to: &writer)
        report.count("rome.centreInteretLinks", count, of: links.count)
    }

    func importOnisep() throws(ImportError) {
        let file = try read(SourceFiles.onisepFile, separator: ";")
            .rows("Code ROME", "libellé métier onisep", "lien site onisep.fr")
        var perFiche = Array(repeating: [UInt32](), count: ficheCodes.count)
        ficheOnisepLabels = Array(repeating: [], count: ficheCodes.count)
        var count = 0
        for record in file {
            let code = record["Code ROME"]
            guard let row = ficheRows[code] else {
                report.anomaly("onisep.unknownFiche", example: code)
                continue
            }
            let label = internRepaired(record["libellé métier onisep"])
            perFiche[row] += [label, pool.intern(record["lien site onisep.fr"])]
            ficheOnisepLabels[row].append(label)
            count += 1
        }
        var relation = RelationBuilder(arity: 2)
        for list in perFiche { relation.appendOwner(list) }
        relation.write(SectionName.ficheOnisep, to: &writer)
        report.count("onisep.links", count, of: file.count)
        report.count("onisep.fiches", perFiche.filter { !$0.isEmpty }.count, of: ficheCodes.count)
    }
}

extension String {
    /// True when the text, after `after` leading characters, starts with `prefix` (skips an accented
    /// first letter without caring how it is encoded).
    fileprivate func hasPrefix(_ prefix: String, after: Int) -> Bool { dropFirst(after).hasPrefix(prefix) }
}
