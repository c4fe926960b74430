import Foundation
import JalonCore

/// The RIASEC hexagon as inline SVG: six axes in Holland's order R-I-A-S-E-C, rings at 25, 50, 75 and
/// 100, and the person's six scores as a polygon. `role="img"` with `<title>` and `<desc>` (the scores
/// in words); the table beside it carries the same figures for those who do not see the chart.
enum RiasecHexagon {
    static let size = 280.0
    private static let radius = 100.0

    static func render(_ profile: SavedRiasecProfile, _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        let center = size / 2
        let description = RiasecType.allCases.map { "\($0.name(in: context.language)) \(profile[$0])" }.joined(separator: ", ")
        html.element(
            "svg",
            [
                "role": "img", "width": "\(Int(size))", "height": "\(Int(size))",
                "viewBox": "0 0 \(Int(size)) \(Int(size))", "aria-labelledby": "riasec-titre riasec-desc"
            ]
        ) { svg in
            svg.element(
                "title", ["id": "riasec-titre"], text: context.pick("Hexagone RIASEC, code de Holland ", "RIASEC hexagon, Holland code ") + profile.code)
            svg.element("desc", ["id": "riasec-desc"], text: context.pick("Scores sur 100 : ", "Scores out of 100: ") + description + ".")
            for ring in [25.0, 50, 75, 100] {
                svg.element(
                    "polygon",
                    [
                        "points": points { _ in ring }, "fill": "none", "stroke": "#9ca3af",
                        "stroke-width": ring == 100 ? "1.5" : "0.75"
                    ]
                ) { _ in }
            }
            for type in RiasecType.allCases {
                let (x, y) = point(type, value: 100)
                svg.element(
                    "line",
                    [
                        "x1": format(center), "y1": format(center), "x2": format(x), "y2": format(y),
                        "stroke": "#9ca3af", "stroke-width": "0.75"
                    ]
                ) { _ in }
            }
            svg.element(
                "polygon",
                [
                    "points": points { Double(profile[$0]) }, "fill": "#1f4e8c", "fill-opacity": "0.25",
                    "stroke": "#1f4e8c", "stroke-width": "2.5"
                ]
            ) { _ in }
            for type in RiasecType.allCases {
                let (x, y) = point(type, value: Double(profile[type]))
                svg.element("circle", ["cx": format(x), "cy": format(y), "r": "3.5", "fill": "#1f4e8c"]) { _ in }
                let (lx, ly) = point(type, value: 122)
                svg.element(
                    "text",
                    [
                        "x": format(lx), "y": format(ly + 5), "text-anchor": "middle", "font-size": "15",
                        "font-weight": "bold", "fill": "#1b1f24"
                    ], text: type.rawValue)
            }
        }
    }

    private static func points(_ value: (RiasecType) -> Double) -> String {
        RiasecType.allCases.map { type in
            let (x, y) = point(type, value: value(type))
            return format(x) + "," + format(y)
        }.joined(separator: " ")
    }

    /// R at the top, then clockwise every 60°.
    private static func point(_ type: RiasecType, value: Double) -> (Double, Double) {
        let angle = (Double(type.hexagonIndex) * 60 - 90) * Double.pi / 180
        let distance = radius * value / 100
        return (size / 2 + distance * cos(angle), size / 2 + distance * sin(angle))
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
