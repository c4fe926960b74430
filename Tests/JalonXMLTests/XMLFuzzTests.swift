import Foundation
import JalonTestSupport
import Testing

@testable import JalonXML

/// Cheap, deterministic fuzzing: valid documents mutated at random (seeded, so any failure replays)
/// must either parse or be refused with an `XMLError` that says where and why. A crash fails the run.
@Suite("Mutated documents parse or fail cleanly")
struct XMLFuzzTests {
    static let documents: [[UInt8]] = [
        Array(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <projet xmlns="urn:jalon:projet" version="2">
              <profil niveau="4"><commune insee='25056'>Besançon</commune></profil>
              <!-- étape suivante : pistes -->
              <pistes><piste rome="J1501" rang="1">Aide-soignant &amp; co &#x20AC; &#233;</piste></pistes>
              <?jalon cache="non"?>
              <notes><![CDATA[a < b && c > d]]></notes>
            </projet>
            """.utf8),
        Array(#"<p:a xmlns:p="urn:p" xmlns:q="urn:q" q:k='v' k="w"><p:b/><q:c>x</q:c><d xmlns="urn:d"><e/></d></p:a>"#.utf8),
        Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><lheo><offres><formation numero="F1">"#.utf8)
            + [0x43, 0x41, 0x50, 0x20, 0x63, 0x75, 0x69, 0x73, 0x69, 0x6E, 0x65, 0x20, 0xE9, 0x74, 0xE9]
            + Array("</formation></offres></lheo>".utf8),
        [0xEF, 0xBB, 0xBF] + Array("<a>\r\n\t<b c=\"&lt;&gt;&quot;&apos;\"/>\r\n</a>\n<!-- fin -->\n".utf8)
    ]

    static let fragments: [[UInt8]] =
        [
            "<!", "&", "]]>", "<!DOCTYPE a>", "<![CDATA[", "<?", "?>", "-->", "<!--", "\"", "'", "=", "<", ">",
            "&#0;", "&#x110000;", "&lt", "&e;", " xmlns:p=\"\"", "p:", "</a>", "<a>", "/>", "<?xml version=\"1.0\"?>",
            " encoding=\"UTF-16\""
        ].map { Array($0.utf8) } + [[0x00], [0xC0], [0xFF], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xFE, 0xFF]]

    static func mutate(_ bytes: inout [UInt8], using generator: inout SeededGenerator) {
        guard !bytes.isEmpty else {
            bytes = fragments.randomElement(using: &generator)!
            return
        }
        let position = Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<5, using: &generator) {
        case 0: bytes[position] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
        case 1: bytes.removeSubrange(position...)
        case 2: bytes.insert(contentsOf: fragments.randomElement(using: &generator)!, at: position)
        case 3: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...8, using: &generator)))
        default:
            let end = min(bytes.count, position + Int.random(in: 1...32, using: &generator))
            bytes.insert(contentsOf: bytes[position..<end], at: end)
        }
    }

    @Test(arguments: [0xC0FFEE, 0x5EED, 0x4A41_4C4F_4E] as [UInt64])
    func mutationsParseOrFailCleanly(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var accepted = 0
        for iteration in 0..<2_000 {
            var bytes = Self.documents.randomElement(using: &generator)!
            for _ in 0..<Int.random(in: 1...2, using: &generator) { Self.mutate(&bytes, using: &generator) }
            let name = "fuzz-\(seed)-\(iteration).xml"
            let outcome = XMLTestSupport.parse(bytes, name: name)
            Self.expectPrescanAgreesWithLibXML2(bytes, outcome: outcome, name: name)
            switch outcome {
            case .accepted(let document):
                accepted += 1
                // Everything a caller can read must work on what was accepted, and Jalon must read
                // back what it serialises.
                _ = XMLTestSupport.everyOutput(of: document)
                do {
                    #expect(try document.fingerprint().count == 64)
                } catch {
                    // C14N 1.0 refuses relative namespace URIs, which a mutation easily makes.
                    #expect(error.kind == .canonicalization && !error.detail.isEmpty, "\(name): \(error)")
                }
                let reparsed = XMLTestSupport.parse(document.serialized(), name: name)
                #expect(reparsed.error == nil, "\(name): \(String(describing: reparsed.error)) \(bytes)")
            case .refused(let error):
                #expect(error.location.sourceName == name)
                #expect(!error.message(in: .fr).isEmpty && !error.message(in: .en).isEmpty)
                if error.kind == .notWellFormed {
                    // libxml2's own words and a place, never a bare "malformed".
                    #expect(!error.detail.isEmpty && error.location.line >= 1, "\(name): \(error) \(bytes)")
                }
            }
        }
        // Both outcomes must be exercised, or the mutations are too weak (or too strong) to mean much.
        #expect((100...1_900).contains(accepted), "accepted \(accepted) of 2,000")
    }

    /// Differential check of the first layer: the prescan never lets through what libxml2 refuses,
    /// and refuses what libxml2 accepts only by its own documented rules (encodings, NUL bytes, a
    /// BOM contradicting the declaration) — never a DOCTYPE it imagined, nor a miscounted limit.
    static func expectPrescanAgreesWithLibXML2(_ bytes: [UInt8], outcome: XMLTestSupport.Outcome, name: String) {
        let alone = XMLTestSupport.parseWithoutPrescan(bytes, name: name).error
        switch (outcome.error, alone) {
        case (nil, let alone?):
            Issue.record("\(name): accepted, but libxml2 alone refuses: \(alone)")
        case (let jalon?, nil):
            let ownRule: Bool
            switch jalon.kind {
            case .unsupportedEncoding: ownRule = true
            case .notWellFormed: ownRule = jalon.detail.hasPrefix("NUL byte") || jalon.detail.hasPrefix("UTF-8 byte order mark")
            default: ownRule = false
            }
            #expect(ownRule, "\(name): the prescan refused what libxml2 accepts: \(jalon) \(bytes)")
        default:
            break
        }
    }

    /// Scalars that are easy to get wrong: markup, quotes, white space that attribute normalisation
    /// would eat, controls XML cannot carry, non-characters, astral and combining characters.
    static let trickyScalars: [Unicode.Scalar] = [
        "<", ">", "&", "\"", "'", "]", "=", "/", "?", "!", "-", ";", "#", " ", "\t", "\n", "\r",
        "\u{0}", "\u{1}", "\u{7}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}",
        "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "é", "\u{301}", "€", "😀", "\u{10FFFF}", "a", "Z", "0"
    ]

    static func randomText(using generator: inout SeededGenerator) -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...24, using: &generator) {
            text.append(trickyScalars.randomElement(using: &generator)!)
        }
        return String(text)
    }

    /// What the writer promises to keep: everything but the characters XML 1.0 cannot carry.
    static func expectedAfterWriting(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    let value = scalar.value
                    let forbidden = (value < 0x20 && ![0x09, 0x0A, 0x0D].contains(value)) || value == 0xFFFE || value == 0xFFFF
                    return forbidden ? "\u{FFFD}" : scalar
                }))
    }

    @Test func writerOutputAlwaysParsesBackToTheSameValues() throws {
        var generator = SeededGenerator(seed: 0xB0A7)
        for iteration in 0..<300 {
            let attribute = Self.randomText(using: &generator)
            let text = Self.randomText(using: &generator)
            var writer = XMLWriter()
            writer.start("projet", attributes: [("xmlns", "urn:jalon:test"), ("note", attribute)])
            writer.leaf("texte", text: text)
            writer.end()
            let bytes = writer.finish()
            let document = try XMLDocument(bytes: bytes, sourceName: "writer-\(iteration).xml")
            // Scalar by scalar: String's == would let a normalisation (é vs e + U+0301) through.
            #expect(
                document.root?.attribute("note").map { Array($0.unicodeScalars) }
                    == Array(Self.expectedAfterWriting(attribute).unicodeScalars), "\(iteration)")
            #expect(
                document.root?.firstChild(named: "texte")?.text.unicodeScalars.map { $0 }
                    == Array(Self.expectedAfterWriting(text).unicodeScalars), "\(iteration)")
        }
    }

    // MARK: Random well-formed documents

    /// Builds well-formed documents full of what a byte-level prescan could misread: `>`, `=`, `/`
    /// and quotes in attribute values, `<!DOCTYPE` inside comments, PIs and CDATA, odd white space in
    /// tags, namespaces, a BOM and misc items around the root.
    struct WellFormedGenerator {
        var generator: SeededGenerator

        mutating func pick<T>(_ items: [T]) -> T { items.randomElement(using: &generator)! }
        mutating func count(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }

        mutating func text(avoiding forbidden: String, from pieces: [String]) -> String {
            var text = ""
            for _ in 0..<count(0...6) { text += pick(pieces) }
            while text.contains(forbidden) { text = text.replacingOccurrences(of: forbidden, with: " ") }
            return text
        }

        mutating func misc() -> String {
            switch count(0...3) {
            case 0: "<!--\(text(avoiding: "-", from: ["<!DOCTYPE x>", " > ", "=", "<a>", "é", "?>", "]]>", "\n"]))-->"
            case 1: "<?jalon \(text(avoiding: "?>", from: ["<!DOCTYPE x [", "a=\"1\"", ">", "<!--", "?", "\n"]))?>"
            case 2: pick([" ", "\n", "\t", "\r\n"])
            default: ""
            }
        }

        mutating func attributes() -> String {
            var used: Set<String> = []
            var result = ""
            for _ in 0..<count(0...4) {
                let name = pick(["k", "x-y", "é", "p:q", "_1", "a.b"])
                guard used.insert(name).inserted else { continue }
                let quote = pick(["\"", "'"])
                let other = quote == "\"" ? "'" : "\""
                let value = text(avoiding: quote, from: [">", "=", "/", "/>", other, "&amp;", "&lt;!DOCTYPE", "é", " ", "?>", "-->"])
                result += pick([" ", "\n  ", "\t"]) + name + pick(["=", " = ", "\n=\t"]) + quote + value + quote
            }
            return result
        }

        mutating func element(depth: Int) -> String {
            let name = pick(["a", "p:b", "é-c", "_d.e", "f"])
            let start = "<" + name + attributes() + pick(["", " ", "\n"])
            let childCount = depth >= 6 ? 0 : count(0...4)
            if childCount == 0, count(0...1) == 0 { return start + "/>" }
            var content = ""
            for _ in 0..<childCount {
                switch count(0...4) {
                case 0: content += text(avoiding: "]]>", from: ["x", " > ", "=", "é", "&amp;", "&#60;!DOCTYPE", "]]", "\n", "/"])
                case 1: content += "<![CDATA[" + text(avoiding: "]]>", from: ["<!DOCTYPE x [<!ENTITY e 'b'>]>", "<a b='>'>", "&", "]]", "<!--"]) + "]]>"
                case 2: content += misc()
                default: content += element(depth: depth + 1)
                }
            }
            return start + ">" + content + "</" + name + pick([">", " >", "\n>"])
        }

        mutating func document() -> [UInt8] {
            var prolog = pick(["", "<?xml version=\"1.0\"?>", "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"])
            for _ in 0..<count(0...3) { prolog += misc() }
            var epilogue = ""
            for _ in 0..<count(0...2) { epilogue += misc() }
            // The root declares `p`, so `p:` names and attributes are bound wherever they appear.
            var root = element(depth: 0)
            let nameEnd = root.firstIndex { " \n\t/>".contains($0) }!
            root.insert(contentsOf: " xmlns:p=\"urn:p\"", at: nameEnd)
            let bom: [UInt8] = count(0...3) == 0 ? [0xEF, 0xBB, 0xBF] : []
            return bom + Array((prolog + root + epilogue).utf8)
        }
    }

    @Test(arguments: [0x7A1, 0xD0C, 0x5EC] as [UInt64])
    func prescanAcceptsEveryWellFormedDocument(seed: UInt64) {
        var documents = WellFormedGenerator(generator: SeededGenerator(seed: seed))
        for iteration in 0..<500 {
            let bytes = documents.document()
            let name = "well-formed-\(seed)-\(iteration).xml"
            // libxml2 alone first: it proves the generator made a well-formed document.
            #expect(
                XMLTestSupport.parseWithoutPrescan(bytes, name: name).error == nil,
                "\(name): generator error \(String(decoding: bytes, as: UTF8.self))")
            if let error = XMLTestSupport.parse(bytes, name: name).error {
                Issue.record("\(name): \(error)\n\(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }
}
