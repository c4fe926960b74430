import Foundation
import JalonCore
import JalonResources
import JalonXML

/// Reads questionnaires (`Resources/Questionnaires/*.xml`) into JalonCore's `Questionnaire`:
/// hardened parse, validation against `questionnaire-1.0.xsd`, then mapping. Lives in the services
/// layer because JalonCore knows nothing of XML or files.
public enum QuestionnaireLoader {
    public static let namespace = "urn:jalon:questionnaire:1"
    public static let schemaResource = "Schemas/questionnaire-1.0.xsd"
    /// The RIASEC questionnaire project documents answer with `questionnaire="jalon-riasec-1"`.
    public static let riasecResource = "Questionnaires/riasec-1.xml"

    /// The shipped RIASEC questionnaire.
    public static func bundledRiasec() throws(QuestionnaireLoadError) -> Questionnaire {
        try load(resource: riasecResource)
    }

    public static func load(resource: String) throws(QuestionnaireLoadError) -> Questionnaire {
        let url = try resourceURL(resource)
        return try load(bytes: read(url), sourceName: resource, schema: bundledSchema())
    }

    /// The shipped schema, compiled.
    public static func bundledSchema() throws(QuestionnaireLoadError) -> XMLSchema {
        let bytes = try read(resourceURL(schemaResource))
        do { return try XMLSchema(bytes: bytes, sourceName: schemaResource) } catch { throw .xml(error) }
    }

    public static func load(bytes: [UInt8], sourceName: String, schema: XMLSchema) throws(QuestionnaireLoadError) -> Questionnaire {
        let document: XMLDocument
        do {
            document = try XMLDocument(bytes: bytes, sourceName: sourceName)
        } catch { throw .xml(error) }
        // Root first: a foreign file gets one clear sentence rather than the schema's complaints.
        guard let root = document.root, root.name == "questionnaire", root.namespaceURI == namespace else {
            throw .wrongRoot(
                document.root?.location ?? XMLSourceLocation(sourceName: sourceName),
                found: document.root?.name ?? "", namespace: document.root?.namespaceURI)
        }
        do { try schema.assertValid(document) } catch { throw .xml(error) }
        return try map(root, sourceName: sourceName)
    }

    /// Maps a schema-valid tree: every force-unwrap below is a guarantee of the schema.
    private static func map(_ root: XMLElement, sourceName: String) throws(QuestionnaireLoadError) -> Questionnaire {
        func child(_ element: XMLElement, _ name: String) -> XMLElement { element.firstChild(named: name, namespace: namespace)! }
        func text(_ element: XMLElement) -> LocalizedText {
            LocalizedText(
                fr: child(element, "fr").text.trimmingCharacters(in: .whitespacesAndNewlines),
                en: child(element, "en").text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let levels = child(root, "echelle").children(named: "niveau", namespace: namespace)
            .map { (value: Int($0.attribute("valeur")!)!, label: text($0)) }
            .sorted { $0.value < $1.value }
        let items = child(root, "items").children(named: "item", namespace: namespace).map { element in
            QuestionnaireItem(
                id: QuestionID(element.attribute("id")!)!,
                type: RiasecType(rawValue: element.attribute("type")!)!,
                text: text(element),
                // xs:boolean collapses whitespace: " true " is valid too.
                isReversed: ["true", "1"].contains((element.attribute("inverse") ?? "false").trimmingCharacters(in: .whitespaces)))
        }
        do {
            return try Questionnaire(
                id: root.attribute("id")!, title: text(child(root, "titre")),
                instructions: text(child(root, "consigne")), scale: levels.map(\.label), items: items)
        } catch { throw .unusable(sourceName: sourceName, error) }
    }

    private static func resourceURL(_ path: String) throws(QuestionnaireLoadError) -> URL {
        guard let url = JalonResources.url(path) else { throw .resourceMissing(path) }
        return url
    }

    private static func read(_ url: URL) throws(QuestionnaireLoadError) -> [UInt8] {
        do { return [UInt8](try Data(contentsOf: url)) } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
    }
}
