import Foundation
import JalonLocale
import Testing

@testable import JalonDossier

/// The page as a browser shows and prints it. Skipped where Chromium is absent (CI installs it).
@Suite(
    "Dossier HTML in headless Chromium: screenshot, DOM, PDF", .serialized,
    .enabled(if: HeadlessChromium.locate() != nil, "Chromium not found on PATH (chromium, chromium-browser, google-chrome): install it to run these tests"))
struct DossierHTMLChromiumTests {
    static let sample = "karim-montbeliard-reconversion.xml"

    /// Writes the page of `html` into a scratch directory and hands Chromium, the page and the
    /// directory to `body`.
    private func withPage<Result>(
        _ html: String,
        _ body: (HeadlessChromium, URL, URL) throws(DossierPDFError) -> Result
    ) throws -> Result {
        let chromium = try #require(HeadlessChromium.locate())
        return try HeadlessChromium.withWorkDirectory { (directory) throws(DossierPDFError) -> Result in
            let page = directory.appendingPathComponent("dossier.html")
            guard (try? Data(html.utf8).write(to: page)) != nil else { throw .workDirectory(directory.path) }
            return try body(chromium, page, directory)
        }
    }

    /// With `JALON_KEEP_DOSSIER=DIR`, what the tests rendered is copied there, to look at it.
    private func keep(_ file: URL, as name: String) {
        guard let directory = ProcessInfo.processInfo.environment["JALON_KEEP_DOSSIER"] else { return }
        keep((try? Data(contentsOf: file)).map { [UInt8]($0) } ?? [], as: name, in: directory)
    }

    private func keep(_ bytes: [UInt8], as name: String, in directory: String? = ProcessInfo.processInfo.environment["JALON_KEEP_DOSSIER"]) {
        guard let directory else { return }
        try? Data(bytes).write(to: URL(fileURLWithPath: directory).appendingPathComponent(name))
    }

    @Test func screenshotIsANonBlankA4SizedImage() throws {
        let html = DossierHTML.render(try SampleDossiers.dossier(Self.sample), language: .fr)
        let png = try withPage(html) { (chromium, page, directory) throws(DossierPDFError) -> [UInt8] in
            let shot = directory.appendingPathComponent("dossier.png")
            _ = try chromium.run(
                ["--screenshot=" + shot.path, "--window-size=1240,1754", "--hide-scrollbars", page.absoluteString],
                workDirectory: directory)
            keep(shot, as: "dossier.png")
            keep(page, as: "dossier.html")
            return (try? Data(contentsOf: shot)).map { [UInt8]($0) } ?? []
        }
        let image = try #require(PNGSummary(png), "Chromium wrote no PNG")
        #expect(image.width == 1240 && image.height == 1754)
        // A blank 1240×1754 page compresses to a few kilobytes; text, tables and charts do not.
        #expect(image.compressedPixelBytes > 40_000, "the screenshot looks blank (\(image.compressedPixelBytes) bytes of pixels)")
    }

    @Test(arguments: Language.allCases)
    func domHasEverySectionHeading(_ language: Language) throws {
        let dossier = try SampleDossiers.dossier(Self.sample)
        let dom = try withPage(DossierHTML.render(dossier, language: language)) { (chromium, page, directory) throws(DossierPDFError) -> String in
            return String(decoding: try chromium.run(["--dump-dom", page.absoluteString], workDirectory: directory).output, as: UTF8.self)
        }
        let context = DossierHTMLContext(dossier: dossier, language: language)
        for id in DossierHTML.sectionIDs {
            #expect(dom.contains("<h2 id=\"\(id)-titre\">\(DossierHTML.heading(of: id, context).htmlEscaped)</h2>"), "heading of \(id)")
        }
        // Parsed as HTML, the inline SVG lands in the SVG namespace with its title.
        #expect(dom.contains("<title id=\"riasec-titre\">"))
        #expect(dom.contains(dossier.fingerprint))
    }

    @Test func pdfIsPrinted() throws {
        let html = DossierHTML.render(try SampleDossiers.dossier(Self.sample), language: .fr)
        let pdf = try DossierPDF.render(html: html)
        keep(pdf, as: "dossier.pdf")
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(DossierPDF.pageCount(pdf) >= 2, "Karim's dossier with page breaks prints on several A4 pages")
    }
}

@Suite("Dossier PDF without Chromium")
struct DossierHTMLPDFErrorTests {
    @Test func absentChromiumSaysWhatToInstall() {
        #expect(throws: DossierPDFError.chromiumNotFound) {
            try DossierPDF.render(html: "<!DOCTYPE html>\n<html></html>", environment: ["PATH": "/nonexistent"])
        }
        #expect(DossierPDFError.chromiumNotFound.message(in: .fr).hasPrefix("Chromium introuvable : installez le paquet chromium pour l’export PDF"))
        #expect(DossierPDFError.chromiumNotFound.message(in: .en).hasPrefix("Chromium not found: install the chromium package"))
    }

    /// A stand-in `chromium` (a shell script) on a private PATH, so the failure paths run for real.
    private func withFakeChromium(_ script: String, _ body: ([String: String]) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-fake-chromium-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: directory) }
        let executable = directory.appendingPathComponent("chromium")
        try Data(("#!/bin/sh\n" + script + "\n").utf8).write(to: executable)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: executable.path)
        try body(["PATH": directory.path])
    }

    @Test func aHungChromiumIsKilledAtTheTimeout() throws {
        try withFakeChromium("exec sleep 30") { environment in
            let started = Date()
            #expect(throws: DossierPDFError.timedOut(seconds: 1)) {
                try DossierPDF.render(html: "<!DOCTYPE html>\n<html></html>", environment: environment, timeout: 1)
            }
            #expect(Date().timeIntervalSince(started) < 20, "the stand-in was killed, not waited for")
        }
    }

    @Test func aChromiumThatWritesNoPDFIsReportedWithItsLastLine() throws {
        try withFakeChromium("echo 'first line' >&2; echo 'cannot print: out of paper' >&2; exit 3") { environment in
            #expect(throws: DossierPDFError.failed(status: 3, detail: "cannot print: out of paper")) {
                try DossierPDF.render(html: "<!DOCTYPE html>\n<html></html>", environment: environment)
            }
        }
        try withFakeChromium("for argument in \"$@\"; do case $argument in --print-to-pdf=*) echo 'not a pdf' > \"${argument#--print-to-pdf=}\";; esac; done") {
            environment in
            #expect(throws: DossierPDFError.failed(status: 0, detail: "")) {
                try DossierPDF.render(html: "<!DOCTYPE html>\n<html></html>", environment: environment)
            }
        }
    }
}

/// What a test needs of a PNG: its size from IHDR and how many compressed pixel bytes (IDAT) it holds.
struct PNGSummary {
    var width: Int
    var height: Int
    var compressedPixelBytes: Int

    init?(_ bytes: [UInt8]) {
        guard bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        func integer(at offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        var offset = 8, width = 0, height = 0, idat = 0
        while offset + 8 <= bytes.count {
            let length = integer(at: offset), type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            if type == "IHDR" { width = integer(at: offset + 8); height = integer(at: offset + 12) }
            if type == "IDAT" { idat += length }
            offset += 12 + length
        }
        guard width > 0 else { return nil }
        self.width = width
        self.height = height
        compressedPixelBytes = idat
    }
}

private extension String {
    /// How Chromium's serializer writes text: `&`, `<`, `>` escaped, and U+00A0 as `&nbsp;`.
    var htmlEscaped: String {
        replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;").replacing("\u{A0}", with: "&nbsp;")
    }
}
