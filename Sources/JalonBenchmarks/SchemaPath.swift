import Foundation
import JalonResources

/// The shipped schema's path, for the libxml2 peer and xmllint.
func shippedSchemaPath() -> String {
    guard let url = JalonResources.url("Schemas/project-1.0.xsd") else { fatalError("project-1.0.xsd missing") }
    return url.path
}
