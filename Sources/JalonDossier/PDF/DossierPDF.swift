import Foundation

/// The dossier as PDF: the page `DossierHTML` made, printed on A4 by headless Chromium from a private
/// temporary directory (the page is local and self-contained; Chromium's network is blocked anyway).
public enum DossierPDF {
    /// How long Chromium may take before it is killed.
    public static let timeout: TimeInterval = 60

    public static func render(html: String) throws -> [UInt8] {
        try render(html: html, environment: ProcessInfo.processInfo.environment)
    }

    /// `environment` supplies the PATH Chromium is looked up in.
    static func render(
        html: String, environment: [String: String],
        timeout: TimeInterval = timeout
    ) throws(DossierPDFError) -> [UInt8] {
        guard let chromium = HeadlessChromium.locate(environment: environment) else { throw .chromiumNotFound }
        return try HeadlessChromium.withWorkDirectory { (directory) throws(DossierPDFError) -> [UInt8] in
            let page = directory.appendingPathComponent("dossier.html"), pdf = directory.appendingPathComponent("dossier.pdf")
            do { try Data(html.utf8).write(to: page) } catch { throw .workDirectory(directory.path) }
            let run = try chromium.run(
                ["--no-pdf-header-footer", "--print-to-pdf=" + pdf.path, page.absoluteString],
                workDirectory: directory, timeout: timeout)
            let bytes = (try? Data(contentsOf: pdf)).map { [UInt8]($0) } ?? []
            guard bytes.starts(with: Array("%PDF-".utf8)) else {
                let lastLine = run.errors.split(separator: "\n").last.map(String.init) ?? ""
                throw .failed(status: run.status, detail: lastLine)
            }
            return bytes
        }
    }

    /// The number of pages of a PDF Chromium wrote (its page objects are written in clear).
    static func pageCount(_ pdf: [UInt8]) -> Int {
        let text = String(decoding: pdf, as: UTF8.self)
        return text.components(separatedBy: "/Type /Page").count - 1 - (text.components(separatedBy: "/Type /Pages").count - 1)
    }
}
