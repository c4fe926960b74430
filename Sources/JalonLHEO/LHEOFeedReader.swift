import Foundation
import JalonCore
import JalonLocale
import JalonXML

/// Reads LHÉO 2.x training-offer feeds (`lheo/offres/formation`), streaming: one offer in memory at a
/// time, whatever the size of the feed. An offer that breaks the rules below is reported with its
/// position and skipped; the rest of the feed still loads. Malformed XML stops the feed where it
/// breaks (libxml2 cannot resume after a well-formedness error); the offers before it are kept.
public enum LHEOFeedReader {
    /// Why an offer was skipped.
    public enum Problem: LocalizedFailure, Equatable {
        case missingNumero
        case missingIntitule
        case noAction
        case invalidRNCP(String)
        case invalidROME(String)
        case invalidDate(String)
        case tooLarge(elements: Int)

        public func message(in language: Language) -> String {
            switch self {
            case .missingNumero:
                language.pick(fr: "l’attribut numero de <formation> manque", en: "the numero attribute of <formation> is missing")
            case .missingIntitule:
                language.pick(fr: "<intitule-formation> manque ou est vide", en: "<intitule-formation> is missing or empty")
            case .noAction:
                language.pick(fr: "aucune <action> (ni lieu ni session)", en: "no <action> (neither place nor session)")
            case let .invalidRNCP(text):
                language.pick(fr: "code RNCP invalide « \(text) »", en: "invalid RNCP code “\(text)”")
            case let .invalidROME(text):
                language.pick(fr: "code ROME invalide « \(text) »", en: "invalid ROME code “\(text)”")
            case let .invalidDate(text):
                language.pick(fr: "date invalide « \(text) » (AAAAMMJJ attendu)", en: "invalid date “\(text)” (YYYYMMDD expected)")
            case let .tooLarge(elements):
                language.pick(fr: "offre de plus de \(elements) éléments", en: "offer with more than \(elements) elements")
            }
        }

        public var failureKind: FailureKind {
            switch self {
            case .missingNumero, .missingIntitule, .noAction, .invalidRNCP, .invalidROME, .invalidDate, .tooLarge: .invalidInput
            }
        }
    }

    /// A skipped offer: where it starts, its numero if any, and every reason.
    public struct Rejection: Sendable, Equatable {
        public let location: XMLSourceLocation
        public let numero: String?
        public let problems: [Problem]
    }

    public struct Summary: Sendable {
        public var offers = 0
        public var rejections: [Rejection] = []
        /// Set when the XML itself is malformed: the feed stopped there.
        public var fatal: XMLError?
    }

    /// Most elements one offer may hold (real offers have a few hundred).
    public static let maxElementsPerOffer = 20_000

    /// Streams the feed at `path`, calling `onOffer` for each valid offer in document order. An offer
    /// with more than `maxElements` elements is skipped whole.
    public static func read(
        path: String, sourceName: String? = nil, maxElements: Int = maxElementsPerOffer, onOffer: (TrainingOffer) -> Void
    ) -> Summary {
        var summary = Summary()
        let stream: XMLStreamReader
        do {
            stream = try XMLStreamReader(path: path, sourceName: sourceName)
        } catch {
            summary.fatal = error
            return summary
        }
        do {
            while try stream.next() {
                guard stream.node == .startElement, stream.localName == "formation" else { continue }
                let location = stream.location, depth = stream.depth, numero = stream.attribute("numero")
                var budget = maxElements
                let element: LHEOElement
                do {
                    element = try LHEOElement.read(from: stream, budget: &budget)
                } catch .offerTooLarge {
                    summary.rejections.append(Rejection(location: location, numero: numero, problems: [.tooLarge(elements: maxElements)]))
                    // The reader stands somewhere inside the offer: move past its end.
                    while try stream.next(), !(stream.node == .endElement && stream.depth == depth) {}
                    continue
                } catch .xml(let error) {
                    throw error
                }
                switch offer(from: element) {
                case .success(let offer):
                    summary.offers += 1
                    onOffer(offer)
                case .failure(let problems):
                    summary.rejections.append(Rejection(location: location, numero: element.numero, problems: problems.list))
                }
            }
        } catch let error as XMLError {
            summary.fatal = error
        } catch {
            summary.fatal = XMLError(.notWellFormed, at: stream.location, detail: "\(error)")
        }
        return summary
    }

    struct Problems: Error { let list: [Problem] }

    static func offer(from formation: LHEOElement) -> Result<TrainingOffer, Problems> {
        var problems: [Problem] = []
        let numero = formation.numero?.trimmingCharacters(in: .whitespaces) ?? ""
        if numero.isEmpty { problems.append(.missingNumero) }
        let intitule = formation.value("intitule-formation") ?? ""
        if intitule.isEmpty { problems.append(.missingIntitule) }

        var certifications: [CertificationCode] = [], certifInfo: [String] = []
        for certification in formation.all("certification") {
            if let text = certification.value("code-RNCP") {
                if let code = CertificationCode(text.hasPrefix("RNCP") ? text : "RNCP" + text) {
                    certifications.append(code)
                } else {
                    problems.append(.invalidRNCP(text))
                }
            }
            if let text = certification.value("code-RS"), let code = CertificationCode(text.hasPrefix("RS") ? text : "RS" + text) {
                certifications.append(code)
            }
            if let text = certification.value("code-CERTIFINFO") { certifInfo.append(text) }
        }
        let domain = formation.child("domaine-formation")
        var romeCodes: [RomeCode] = []
        for element in domain?.all("code-ROME") ?? [] {
            let text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if let code = RomeCode(text) { romeCodes.append(code) } else { problems.append(.invalidROME(text)) }
        }
        let formacodes = (domain?.all("code-FORMACODE") ?? []).map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }

        let actions = formation.all("action").map { action -> TrainingOffer.Action in
            let sessions = action.all("session").map { session in
                TrainingOffer.Session(start: session.value("periode", "debut"), end: session.value("periode", "fin"))
            }
            for session in sessions {
                for date in [session.start, session.end].compactMap({ $0 }) where !isLHEODate(date) { problems.append(.invalidDate(date)) }
            }
            return TrainingOffer.Action(numero: action.numero, place: place(action.find("lieu-de-formation", "coordonnees")), sessions: sessions)
        }
        if actions.isEmpty { problems.append(.noAction) }

        let responsible = formation.child("organisme-formation-responsable")
        let organisme = responsible?.value("nom-organisme").map {
            TrainingOffer.Organisme(name: $0, siret: responsible?.value("SIRET-organisme-formation", "SIRET"))
        }
        guard problems.isEmpty else { return .failure(Problems(list: problems)) }
        return .success(
            TrainingOffer(
                numero: numero, intitule: intitule, certifications: certifications, certifInfoCodes: certifInfo, romeCodes: romeCodes,
                formacodes: formacodes, niveauSortie: niveau(lheoCode: formation.value("code-niveau-sortie")), organisme: organisme, actions: actions))
    }

    /// A place from an LHÉO `coordonnees`: its first `ligne` names it, `adresse` locates it.
    static func place(_ coordonnees: LHEOElement?) -> TrainingOffer.Place? {
        guard let coordonnees else { return nil }
        let address = coordonnees.child("adresse")
        return TrainingOffer.Place(
            name: coordonnees.value("ligne") ?? address?.value("ligne"), postalCode: address?.value("codepostal"), city: address?.value("ville"),
            departement: address?.value("departement"), region: address?.value("region"), inseeCommune: address?.value("code-INSEE-commune"))
    }

    /// LHÉO's `dict-niveaux` to the 3–8 scale: codes 4–8 are the former levels V…I (CAP … beyond the
    /// maîtrise), codes 13–18 the current levels 3…8; the rest (unknown, no level, levels 1–2) is nil.
    public static func niveau(lheoCode: String?) -> Niveau? {
        guard let code = lheoCode.flatMap({ Int($0) }) else { return nil }
        switch code {
        case 4...8: return Niveau(code - 1)
        case 13...18: return Niveau(code - 10)
        default: return nil
        }
    }

    static func isLHEODate(_ text: String) -> Bool {
        text.count == 8 && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber)
    }
}
