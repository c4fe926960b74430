/// Certifications that admit candidates without a prior diploma, whatever their level: the exceptions
/// to ``LevelSteps``' "level n + 1 after level n". Read from the certification's title and certifier,
/// as the catalogue gives them (its format carries no entry condition).
///
/// - Titres professionnels of the ministry of labour (title "TP - …", or certified by the ministère du
///   Travail): open to anyone, without a diploma condition (Code du travail R338-1 and following;
///   arrêté du 22 décembre 2015 relatif aux conditions de délivrance du titre professionnel).
/// - Certificats de qualification professionnelle (CQP, CQPI) of the branches: entry set by the branch,
///   not by a diploma.
/// - Diplômes d'État of care and social work admitting by selection without a diploma: aide-soignant and
///   auxiliaire de puériculture (level 4; arrêté du 7 avril 2020 relatif aux modalités d'admission, art. 2:
///   « sans condition de diplôme »), accompagnant éducatif et social (level 3; arrêté du 30 août 2021),
///   ambulancier (level 3; arrêté du 11 avril 2022).
public enum EntryRule {
    public enum Exception: String, Sendable, Equatable, CaseIterable {
        case titreProfessionnel, cqp, diplomeEtatSansPrerequis
    }

    /// First title words (lowercased, before folding) that can start an exception below.
    static let firstWords: Set<String> = ["tp", "cqp", "cqpi", "de", "diplome", "diplôme"]

    /// Significant title words of the diplômes d'État admitting without a diploma.
    static let diplomesEtatSansPrerequis: [Set<String>] = [
        ["aide", "soignant"], ["auxiliaire", "puericulture"], ["accompagnant", "educatif", "social"], ["ambulancier"]
    ]

    public static func exception(for certification: Certification) -> Exception? {
        exception(title: certification.title, byMinistryOfLabour: certification.certifiers.contains(where: isMinistryOfLabour))
    }

    /// Whether a certifier is the ministère du Travail, which delivers the titres professionnels.
    public static func isMinistryOfLabour(_ certifier: String) -> Bool {
        // Foundation's folding is slow on Linux: only for names that can be it.
        certifier.lowercased().contains("travail") && Set(RegulatedAccess.words(certifier)).isSuperset(of: ["ministere", "travail"])
    }

    /// The same from the two facts it reads, for a caller that holds no ``Certification`` value (the
    /// catalogue building the matching index, which asks once per certifier whether it is the ministry).
    public static func exception(title: String, byMinistryOfLabour: Bool) -> Exception? {
        if byMinistryOfLabour { return .titreProfessionnel }
        // A title whose first word starts no exception is none, without folding it.
        let first = title.drop { !($0.isLetter || $0.isNumber) }.prefix { $0.isLetter || $0.isNumber }.lowercased()
        guard firstWords.contains(first) else { return nil }
        let words = RegulatedAccess.words(title)
        if words.first == "tp" { return .titreProfessionnel }
        if words.first == "cqp" || words.first == "cqpi" { return .cqp }
        if words.first == "de" || words.starts(with: ["diplome", "d", "etat"]) {
            let set = Set(words)
            if diplomesEtatSansPrerequis.contains(where: set.isSuperset(of:)) { return .diplomeEtatSansPrerequis }
        }
        return nil
    }
}
