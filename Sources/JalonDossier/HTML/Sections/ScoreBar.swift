/// A score 0–100 as a horizontal bar in inline SVG (SVG prints where CSS backgrounds may not), always
/// next to the figure in text; the SVG has its own `<title>` and `<desc>` for assistive technologies.
enum ScoreBar {
    static func render(score: Int, label: String, _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        let clamped = max(0, min(100, score))
        html.element("div", ["class": "score"]) { html in
            html.element("svg", ["role": "img", "width": "208", "height": "16", "viewBox": "0 0 208 16"]) { svg in
                svg.element("title", text: label)
                svg.element("desc", text: context.pick("Barre de score : \(clamped) sur 100.", "Score bar: \(clamped) out of 100."))
                svg.element("rect", ["x": "0", "y": "2", "width": "208", "height": "12", "rx": "3", "fill": "#e5e7eb"]) { _ in }
                svg.element(
                    "rect",
                    [
                        "x": "0", "y": "2", "width": String(clamped * 208 / 100), "height": "12", "rx": "3",
                        "fill": "#1f4e8c"
                    ]
                ) { _ in }
            }
            html.element("span", text: context.pick("\(clamped) / 100", "\(clamped) / 100"))
        }
    }
}
