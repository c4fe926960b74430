import JalonLocale
import JalonXML

/// Why a document that passed the schema still could not be mapped to a `Project`: rare, since the
/// schema checks nearly everything first, but a caller that skipped validation deserves a sentence
/// naming the file, the line, the element and what was expected there.
public struct ProjectDecodingError: LocalizedFailure, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The root is not `{urn:jalon:project:1}project`.
        case notAProject(name: String, namespace: String?)
        case missingElement(String)
        case missingAttribute(String)
        /// A value that does not parse as the `expected` kind; `attribute` is nil for element text.
        case invalidValue(String, attribute: String?, expected: ValueKind)
        /// An experience or a compétence that names neither a ROME item nor a label.
        case missingLabel
    }

    /// The kinds of value the format holds, to say what was expected.
    public enum ValueKind: Sendable, Equatable {
        case uuid, timestamp, day, localID, romeCode, ogrCode, certificationCode, niveau, diplome
        case rating, centreInteret, score, maitrise, rang, integer, years, boolean, codeInsee, departement
        case riasecScores
        case componentValue, componentWeight, insertionRegion, millesime
        case token([String])
    }

    public var reason: Reason
    /// The local name of the element where decoding stopped.
    public var element: String
    public var location: XMLSourceLocation

    public init(_ reason: Reason, element: String, at location: XMLSourceLocation) {
        self.reason = reason
        self.element = element
        self.location = location
    }

    public func message(in language: Language) -> String {
        let place = "\(location): <\(element)>"
        switch reason {
        case .notAProject(let name, let namespace):
            let found = namespace.map { "{\($0)}\(name)" } ?? name
            return language.pick(
                fr: "\(location) : ce n’est pas un projet Jalon (élément racine \(found), attendu {\(ProjectCodec.namespace)}project)",
                en: "\(location): not a Jalon project (root element \(found), expected {\(ProjectCodec.namespace)}project)")
        case .missingElement(let child):
            return language.pick(fr: "\(place) : l’élément <\(child)> manque", en: "\(place): element <\(child)> is missing")
        case .missingAttribute(let attribute):
            return language.pick(fr: "\(place) : l’attribut « \(attribute) » manque", en: "\(place): attribute '\(attribute)' is missing")
        case .invalidValue(let value, let attribute, let expected):
            let subject =
                attribute.map { language.pick(fr: "attribut « \($0) »", en: "attribute '\($0)'") }
                ?? language.pick(fr: "contenu", en: "content")
            return language.pick(
                fr: "\(place) : \(subject) « \(value) » invalide ; attendu : \(expected.description(in: .fr))",
                en: "\(place): \(subject) '\(value)' is invalid; expected \(expected.description(in: .en))")
        case .missingLabel:
            return language.pick(
                fr: "\(place) : ni code ROME ni libellé ; il faut au moins l’un des deux",
                en: "\(place): neither a ROME code nor a label; at least one is needed")
        }
    }
}

extension ProjectDecodingError.ValueKind {
    func description(in language: Language) -> String {
        switch self {
        case .uuid: language.pick(fr: "un UUID (8-4-4-4-12 chiffres hexadécimaux)", en: "a UUID (8-4-4-4-12 hex digits)")
        case .timestamp:
            language.pick(fr: "un instant UTC à la seconde, comme 2026-11-29T03:35:13Z", en: "a UTC instant to the second, such as 2026-11-29T03:35:13Z")
        case .day: language.pick(fr: "une date AAAA-MM-JJ", en: "a date YYYY-MM-DD")
        case .localID:
            language.pick(
                fr: "un identifiant court (minuscule, puis minuscules, chiffres ou tirets)",
                en: "a short id (lower-case letter, then letters, digits or hyphens)")
        case .romeCode:
            language.pick(fr: "un code ROME (lettre A–N et quatre chiffres, comme J1501)", en: "a ROME code (letter A–N and four digits, such as J1501)")
        case .ogrCode: language.pick(fr: "un code_ogr ROME (entier positif)", en: "a ROME code_ogr (positive integer)")
        case .certificationCode: language.pick(fr: "un code RNCP ou RS (comme RNCP35191)", en: "an RNCP or RS code (such as RNCP35191)")
        case .niveau: language.pick(fr: "un niveau de 3 à 8", en: "a level from 3 to 8")
        case .diplome: language.pick(fr: "un niveau de 3 à 8 ou « aucun »", en: "a level from 3 to 8 or 'aucun'")
        case .rating: language.pick(fr: "une note de 0 à 4", en: "a rating from 0 to 4")
        case .centreInteret: language.pick(fr: "un code de centre d’intérêt de 1 à 30", en: "a centre d'intérêt code from 1 to 30")
        case .score: language.pick(fr: "un score de 0 à 100", en: "a score from 0 to 100")
        case .maitrise: language.pick(fr: "une maîtrise de 1 à 4", en: "a mastery from 1 to 4")
        case .rang: language.pick(fr: "un rang (entier positif)", en: "a rank (positive integer)")
        case .integer: language.pick(fr: "un entier", en: "an integer")
        case .years: language.pick(fr: "un nombre d’années, comme 18 ou 2.5", en: "a number of years, such as 18 or 2.5")
        case .boolean: language.pick(fr: "true ou false", en: "true or false")
        case .codeInsee: language.pick(fr: "un code commune INSEE (comme 70279 ou 2A004)", en: "an INSEE commune code (such as 70279 or 2A004)")
        case .departement: language.pick(fr: "un code de département (01–95, 2A, 2B, 971–976)", en: "a département code (01–95, 2A, 2B, 971–976)")
        case .riasecScores:
            language.pick(
                fr: "un score de 0 à 100 pour chacun des six types R, I, A, S, E, C", en: "a score from 0 to 100 for each of the six types R, I, A, S, E, C")
        case .componentValue:
            language.pick(fr: "une valeur de 0 à 100, au millième au plus (comme 78.5)", en: "a value from 0 to 100, to the thousandth at most (such as 78.5)")
        case .componentWeight:
            language.pick(fr: "un poids de 0 à 1, au millième au plus (comme 0.4)", en: "a weight from 0 to 1, to the thousandth at most (such as 0.4)")
        case .insertionRegion: language.pick(fr: "un code de région INSEE à deux chiffres ou « national »", en: "a two-digit INSEE region code or 'national'")
        case .millesime: language.pick(fr: "un millésime InserJeunes (comme 2022_2023 ou 2023)", en: "an InserJeunes cohort (such as 2022_2023 or 2023)")
        case .token(let allowed): language.pick(fr: "l’une des valeurs ", en: "one of ") + allowed.joined(separator: ", ")
        }
    }
}

extension ProjectDecodingError {
    public var failureKind: FailureKind {
        switch reason {
        case .notAProject, .missingElement, .missingAttribute, .invalidValue, .missingLabel: .invalidInput
        }
    }
}
