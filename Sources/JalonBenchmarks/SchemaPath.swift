import Foundation
import JalonResources
import JalonStore

/// The shipped schema of the version the codec writes, for the libxml2 peer and xmllint.
func shippedSchemaPath() -> String {
    let name = "project-\(ProjectFormat.standard.current).xsd"
    guard let url = JalonResources.url("Schemas/\(name)") else { fatalError("\(name) missing") }
    return url.path
}
