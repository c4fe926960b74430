import JalonCore

/// The action plan as a timeline: an ordered list drawn as a vertical line of dated points (plain
/// CSS, so it is a list for screen readers and prints as it shows). Each point carries a symbol and
/// the status in words (done, scheduled, to do, cancelled); the export day is marked among the dates,
/// so what is late shows; undated actions come last.
enum PlanSection {
    static let id = "plan"

    static func render(_ context: DossierHTMLContext, into html: inout HTMLWriter) {
        context.section(id, title: DossierHTML.heading(of: id, context), into: &html) { html in
            let plan = context.project.plan
            guard !plan.isEmpty else {
                context.empty("Aucune action au plan pour l’instant.", "No action in the plan yet.", into: &html)
                return
            }
            let done = plan.filter { $0.status == .faite }.count
            html.element("p", text: context.pick("\(done) action(s) faite(s) sur \(plan.count).", "\(done) of \(plan.count) action(s) done."))
            let timeline = context.dossier.planTimeline
            let dated = timeline.filter { $0.date != nil }
            let exportDay = context.dossier.exported.day
            html.element("ol", ["class": "frise", "aria-label": context.pick("Frise du plan d’action", "Action plan timeline")]) { html in
                var markedToday = false
                for action in dated {
                    if !markedToday, let date = action.date, date > exportDay {
                        today(exportDay, context, into: &html)
                        markedToday = true
                    }
                    item(action, context, into: &html)
                }
                if !markedToday { today(exportDay, context, into: &html) }
                for action in timeline where action.date == nil { item(action, context, into: &html) }
            }
        }
    }

    private static func today(_ day: Day, _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        html.element("li", ["class": "aujourdhui"]) { html in
            html.element("span", ["class": "point", "aria-hidden": "true"], text: "·")
            html.element("span", ["class": "date"], text: context.format(day))
            html.text(" — " + context.pick("date de l’export du dossier", "day the dossier was exported"))
        }
    }

    private static func item(_ action: PlanAction, _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        let late = action.status != .faite && action.status != .annulee && (action.date.map { $0 < context.dossier.exported.day } ?? false)
        html.element("li", ["class": action.status.rawValue]) { html in
            html.element("span", ["class": "point", "aria-hidden": "true"], text: action.status.symbol)
            html.element("span", ["class": "date"], text: action.date.map { context.format($0) } ?? context.pick("sans date", "no date"))
            html.text(" ")
            html.element("span", ["class": "badge " + action.status.rawValue], text: action.status.symbol + " " + action.status.label(in: context.language))
            if late { html.element("strong", text: " " + context.pick("en retard", "overdue")) }
            html.void("br")
            html.element("span", ["class": "intitule"], text: action.intitule)
            var details = [action.kind.label(in: context.language)]
            if let lieu = action.lieu { details.append(lieu) }
            if let fiche = action.fiche {
                let label = context.project.pistes?.pistes.first { $0.fiche == fiche }?.libelle
                details.append(context.pick("métier ", "métier ") + (label.map { "\($0) (\(fiche))" } ?? fiche.description))
            }
            html.element("span", ["class": "meta"], text: " — " + details.joined(separator: ", "))
            if let report = action.compteRendu {
                html.element("p", ["class": "compte-rendu"]) { html in
                    html.element("strong", text: context.pick("Compte rendu : ", "Report: "))
                    html.text(report)
                }
            }
        }
    }
}
