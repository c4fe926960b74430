import Foundation
import JalonResources
import Mustache

/// The page templates (`Resources/Templates/*.mustache`), parsed once per process. Mustache escapes
/// every `{{value}}` for HTML; no template uses the unescaped forms, so what a person typed is always text.
enum WebTemplates {
    static let library: MustacheLibrary = {
        guard let folder = JalonResources.url("Templates") else { fatalError("Resources/Templates is missing from the build") }
        var library = MustacheLibrary()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasSuffix(".mustache") {
            let path = folder.appendingPathComponent(name).path
            do {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } catch {
                fatalError("template \(name) does not parse: \(error)")
            }
        }
        return library
    }()

    /// Static files of the pages (style sheet, script), read once.
    static let assets: [String: (bytes: [UInt8], type: String)] = {
        var assets: [String: (bytes: [UInt8], type: String)] = [:]
        for (name, type) in [("jalon.css", "text/css; charset=utf-8"), ("jalon.js", "text/javascript; charset=utf-8")] {
            if let url = JalonResources.url("Web/" + name), let data = FileManager.default.contents(atPath: url.path) {
                assets[name] = (Array(data), type)
            }
        }
        return assets
    }()
}
