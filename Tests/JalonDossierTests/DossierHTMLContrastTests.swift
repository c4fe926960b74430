import Foundation
import Testing

@testable import JalonDossier

@Suite("Dossier HTML: text contrast is at least 4.5:1 (WCAG 2.1 AA)")
struct DossierHTMLContrastTests {
    /// Every `#rrggbb` the style sheet gives after `property:`.
    private static func colours(after property: String, in css: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(css)
        while let range = rest.range(of: property + ": #") {
            found.insert(String(rest[range.upperBound...].prefix(6)).lowercased())
            rest = rest[range.upperBound...]
        }
        return found
    }

    /// WCAG relative luminance of `rrggbb`.
    private static func luminance(_ hex: String) -> Double {
        let value = Int(hex, radix: 16)!
        func linear(_ shift: Int) -> Double {
            let channel = Double((value >> shift) & 0xFF) / 255
            return channel <= 0.03928 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
        }
        let red: Double = linear(16), green: Double = linear(8), blue: Double = linear(0)
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue
    }

    static func contrast(_ first: String, _ second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    @Test func knownRatiosAreComputedRight() {
        #expect(abs(Self.contrast("000000", "ffffff") - 21) < 0.001)
        #expect(abs(Self.contrast("1f4e8c", "ffffff") - 8.31) < 0.01)
    }

    /// Any dark text colour may sit on any light background of the page (a muted note inside a chosen
    /// row, a badge's text on its tint): every such pair is checked, not only the pairs of one rule.
    @Test func everyTextColourOnEveryLightBackground() {
        let css = "\(DossierHTMLStyle.css)"
        let texts = Self.colours(after: "color", in: css)
        let backgrounds = Self.colours(after: "background", in: css).union(["ffffff"])
        let light = backgrounds.filter { Self.luminance($0) > 0.5 }, dark = backgrounds.subtracting(light)
        #expect(texts.count >= 5 && light.count >= 5)
        for text in texts where Self.luminance(text) <= 0.5 {
            for background in light {
                #expect(Self.contrast(text, background) >= 4.5, "#\(text) on #\(background): \(Self.contrast(text, background))")
            }
        }
        // Light text is only ever on the dark accent (the timeline's done points).
        for text in texts where Self.luminance(text) > 0.5 {
            for background in dark { #expect(Self.contrast(text, background) >= 4.5, "#\(text) on #\(background)") }
        }
    }
}
