/// Step 1: the partial-update rule of a profile — a field given is set, a field in `clearing` is
/// removed (a form's emptied field), any other stays as it is. Every value is checked before anything
/// changes; a change marks later finished steps à revoir (suggestions and paths were computed from the
/// old profile).
public struct ProfilEdit: ProjectEdit, Equatable {
    /// The fields a person may empty; the name may not be emptied, the constraints are emptied by an empty list.
    public enum Field: String, CaseIterable, Sendable {
        case anneeNaissance, situation, diplome, commune, departement, mobiliteKm
    }

    public var nomAffiche: String?
    public var anneeNaissance: Int?
    public var situation: String?
    /// A level 3…8 or `aucun`.
    public var diplome: String?
    public var communeInsee: String?
    public var communeNom: String?
    public var departement: String?
    public var mobiliteKm: Int?
    /// nil leaves the constraints; a list (possibly empty) replaces them.
    public var contraintes: [String]?
    /// The preference « métiers qui recrutent dans ma région »: true turns it on, false off, nil leaves it.
    public var metiersQuiRecrutent: Bool?
    /// Removed from the profile; a field both given and cleared is refused (the form cannot mean both).
    public var clearing: Set<Field>

    public init(
        nomAffiche: String? = nil, anneeNaissance: Int? = nil, situation: String? = nil, diplome: String? = nil,
        communeInsee: String? = nil, communeNom: String? = nil, departement: String? = nil, mobiliteKm: Int? = nil,
        contraintes: [String]? = nil, metiersQuiRecrutent: Bool? = nil, clearing: Set<Field> = []
    ) {
        self.nomAffiche = nomAffiche
        self.anneeNaissance = anneeNaissance
        self.situation = situation
        self.diplome = diplome
        self.communeInsee = communeInsee
        self.communeNom = communeNom
        self.departement = departement
        self.mobiliteKm = mobiliteKm
        self.contraintes = contraintes
        self.metiersQuiRecrutent = metiersQuiRecrutent
        self.clearing = clearing
    }

    public static var situations: String { Situation.allCases.map(\.rawValue).joined(separator: ", ") }

    /// The fields given, checked, as one change to a profile; `today` bounds the birth year.
    public func change(today: Day) throws(EditFailure) -> (inout Profil) -> Void {
        var edits: [(inout Profil) -> Void] = []
        if let situation {
            guard let value = Situation(rawValue: situation) else {
                throw .invalid(
                    "situation", fr: "situation inconnue « \(situation) » (attendu : \(Self.situations))",
                    en: "unknown situation '\(situation)' (expected: \(Self.situations))")
            }
            edits.append { $0.situation = value }
        }
        if let diplome {
            guard let value = DiplomeLePlusEleve(token: diplome) else {
                throw .invalid(
                    "diplome", fr: "niveau de diplôme « \(diplome) » inconnu (attendu : 3 à 8, ou aucun)",
                    en: "unknown diploma level '\(diplome)' (expected: 3 to 8, or aucun)")
            }
            edits.append { $0.diplome = value }
        }
        switch (communeInsee, communeNom) {
        case (nil, nil): break
        case (let code?, let nom?):
            guard let value = Commune(codeInsee: code, nom: nom) else {
                throw .invalid(
                    "communeInsee", fr: "« \(code) » n’est pas un code INSEE de commune (5 caractères, comme 70279 ou 2A004)",
                    en: "'\(code)' is not an INSEE commune code (5 characters, like 70279 or 2A004)")
            }
            edits.append { $0.commune = value }
        case (nil, _):
            throw .invalid("communeInsee", fr: "le code INSEE de la commune va avec son nom", en: "the commune's INSEE code goes with its name")
        case (_, nil):
            throw .invalid("communeNom", fr: "le nom de la commune va avec son code INSEE", en: "the commune's name goes with its INSEE code")
        }
        if let departement {
            guard let value = Departement(departement) else {
                throw .invalid(
                    "departement", fr: "« \(departement) » n’est pas un département (01…95, 2A, 2B, 971…976)",
                    en: "'\(departement)' is not a département (01…95, 2A, 2B, 971…976)")
            }
            edits.append { $0.departement = value }
        }
        if let mobiliteKm {
            guard mobiliteKm >= 0 else {
                throw .invalid(
                    "mobiliteKm", fr: "mobilité « \(mobiliteKm) » : un nombre de kilomètres, 0 ou plus",
                    en: "mobility '\(mobiliteKm)': a number of kilometres, 0 or more")
            }
            edits.append { $0.mobiliteKm = mobiliteKm }
        }
        if let contraintes {
            let trimmed = contraintes.map { $0.trimmingWhitespace }
            if trimmed.contains(where: \.isEmpty) {
                throw .invalid("contraintes", fr: "une contrainte ne peut pas être vide", en: "a constraint cannot be empty")
            }
            edits.append { $0.contraintes = trimmed }
        }
        if let metiersQuiRecrutent { edits.append { $0.metiersQuiRecrutent = metiersQuiRecrutent } }
        if let nomAffiche {
            let trimmed = nomAffiche.trimmingWhitespace
            guard !trimmed.isEmpty else { throw .invalid("nomAffiche", fr: "le nom ne peut pas être vide", en: "the name cannot be empty") }
            edits.append { $0.nomAffiche = trimmed }
        }
        if let anneeNaissance {
            let plausible = Profil.plausibleBirthYears(in: today.year)
            guard plausible ~= anneeNaissance else {
                throw .invalid(
                    "anneeNaissance", fr: "année de naissance « \(anneeNaissance) » impossible (entre \(plausible.lowerBound) et \(plausible.upperBound))",
                    en: "impossible birth year '\(anneeNaissance)' (between \(plausible.lowerBound) and \(plausible.upperBound))")
            }
            edits.append { $0.anneeNaissance = anneeNaissance }
        }
        for field in Field.allCases where clearing.contains(field) {
            guard !given(field) else {
                throw .invalid(field.rawValue, fr: "\(field.rawValue) : à la fois donné et effacé", en: "\(field.rawValue): both given and cleared")
            }
            edits.append { $0.clear(field) }
        }
        guard !edits.isEmpty else {
            throw .invalid(
                "profil", fr: "rien à changer : donnez au moins un champ (situation, diplôme…)",
                en: "nothing to change: give at least one field (situation, diploma…)")
        }
        return { profil in edits.forEach { $0(&profil) } }
    }

    private func given(_ field: Field) -> Bool {
        switch field {
        case .anneeNaissance: anneeNaissance != nil
        case .situation: situation != nil
        case .diplome: diplome != nil
        case .commune: communeInsee != nil || communeNom != nil
        case .departement: departement != nil
        case .mobiliteKm: mobiliteKm != nil
        }
    }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Void> {
        var profil = project.profil ?? Profil()
        try change(today: context.today)(&profil)
        guard profil != project.profil else {
            throw .unchanged("profil", fr: "le profil a déjà ces valeurs : rien n’est enregistré", en: "the profile already has these values: nothing saved")
        }
        project.profil = profil
        project.recordChange(of: .profil)
        return EditResult(message: context.pick(fr: "Profil modifié", en: "Profile changed"), step: .profil)
    }
}

extension Profil {
    mutating func clear(_ field: ProfilEdit.Field) {
        switch field {
        case .anneeNaissance: anneeNaissance = nil
        case .situation: situation = nil
        case .diplome: diplome = nil
        case .commune: commune = nil
        case .departement: departement = nil
        case .mobiliteKm: mobiliteKm = nil
        }
    }
}

extension String {
    /// Without the spaces and line breaks around it (Foundation-free, for the core).
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
