import JalonCore
import JalonLocale

/// The review as one self-contained HTML page (inline CSS and script, nothing fetched). The table
/// is already sorted by `--sort`, so it reads right without JavaScript; with it, each column header
/// becomes a button that sorts by that column (again: the other way), and `aria-sort` says which
/// column orders the rows. The page is well-formed XML as well (the script sits in a CDATA section),
/// so it can be checked by an XML parser.
public enum CaseloadHTML {
    public static func render(
        _ rows: [CaseloadRow], review: CaseloadReview, order: CaseloadOrder,
        language: Language
    ) -> String {
        let title = language.pick(fr: "Revue du portefeuille", en: "Caseload review")
        let sortedColumn = column(for: order)
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(escape(title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <main>
            <h1>\(escape(title))</h1>
            <p>\(escape(language.pick(
            fr: "Établie le \(review.now.day) ; « sans activité » : aucune modification depuis \(review.stalledDays) jours ou plus.",
            en: "Made on \(review.now.day); “no activity”: no change for \(review.stalledDays) days or more.")))</p>
            <p class="totals">\(escape(CaseloadTotals(rows).sentence(in: language, stalledDays: review.stalledDays)))</p>
            <div class="scroll" role="region" aria-labelledby="caseload-caption" tabindex="0">
            <table id="caseload">
            <caption id="caseload-caption">\(escape(language.pick(fr: "Un fichier par ligne. Les en-têtes trient le tableau.",
                                        en: "One file per row. The headers sort the table.")))</caption>
            <thead><tr>
            """
        for column in CaseloadColumn.allCases {
            let sort = column == sortedColumn ? (order == .flags ? "descending" : "ascending") : "none"
            html += "<th scope=\"col\" aria-sort=\"\(sort)\" data-type=\"\(isNumeric(column) ? "number" : "text")\">\(escape(column.title(in: language)))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for (index, row) in rows.enumerated() {
            html += row.summary == nil ? "<tr class=\"unreadable\" data-index=\"\(index)\">" : "<tr data-index=\"\(index)\">"
            for column in CaseloadColumn.allCases {
                html += "<td data-sort=\"\(escape(sortKey(of: row, column)))\">\(cell(of: row, column, language: language))</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n</main>\n<script>//<![CDATA[\n\(script)\n//]]></script>\n</body>\n</html>\n"
        return html
    }

    static func column(for order: CaseloadOrder) -> CaseloadColumn {
        switch order {
        case .file: .file
        case .person: .person
        case .step: .step
        case .lastChange: .lastChange
        case .flags: .flags
        }
    }

    private static func isNumeric(_ column: CaseloadColumn) -> Bool {
        [.step, .lastChange, .flags, .stale].contains(column)
    }

    /// What the script sorts on: numbers for steps, dates and counts; text otherwise. Unreadable
    /// files sort after every other by step or date, and before all by flags (as `CaseloadOrder`).
    private static func sortKey(of row: CaseloadRow, _ column: CaseloadColumn) -> String {
        guard let summary = row.summary else {
            switch column {
            case .file: return row.file
            case .flags: return "1000"
            case .step, .lastChange, .stale: return String(Int64.max)
            default: return ""
            }
        }
        switch column {
        case .step: return String(summary.currentStep.number)
        case .lastChange: return String(summary.lastChange.secondsSince1970)
        case .flags: return String(summary.flags.count)
        case .stale: return String(summary.staleSteps.count)
        case .person: return summary.person
        case .targets: return summary.keptTargets.map(\.fiche.description).joined(separator: " ")
        case .file: return row.file
        }
    }

    private static func cell(of row: CaseloadRow, _ column: CaseloadColumn, language: Language) -> String {
        guard let summary = row.summary, column == .targets || column == .flags else {
            return escape(column.text(of: row, in: language))
        }
        if column == .targets {
            return summary.keptTargets.map { piste in
                "<span class=\"code\">\(escape(piste.fiche.description))</span>" + (piste.libelle.map { " " + escape($0) } ?? "")
            }.joined(separator: "<br/>")
        }
        return summary.flags.map { flag in
            "<span class=\"flag \(flag.rawValue)\">\(escape(flag.label(in: language, daysSinceChange: summary.daysSinceChange)))</span>"
        }.joined(separator: " ")
    }

    /// Text and attribute values: the five characters XML and HTML give a meaning to.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    private static let style = """
        body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1b1b1b;background:#fff}
        .scroll{overflow-x:auto}.scroll:focus-visible{outline:3px solid #1f4e9c}
        table{border-collapse:collapse;width:100%}caption{text-align:left;padding:.4rem 0;color:#3a3a3a}
        th,td{border:1px solid #c8c8c8;padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#eef1f6}th button{font:inherit;font-weight:bold;border:0;background:none;padding:0;cursor:pointer;color:inherit;text-align:left}
        th button:focus-visible{outline:3px solid #1f4e9c;outline-offset:2px}
        th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
        .code{font-family:ui-monospace,monospace}
        .flag{display:inline-block;margin:0 .2rem .2rem 0;padding:0 .35rem;border:1px solid #8a5a00;border-radius:.25rem;background:#fff4dc}
        .flag.fingerprint-altered,.flag.inconsistent{border-color:#a4161a;background:#fde8e8}
        tr.unreadable td{background:#fde8e8}
        @media print{th button::after{content:""}}
        """

    /// Sorts the rows by the clicked column; ties keep the page's original order.
    private static let script = """
        (function(){
        var table=document.getElementById('caseload');var body=table.tBodies[0];var heads=table.tHead.rows[0].cells;
        function key(row,i,numeric){var v=row.cells[i].getAttribute('data-sort');return numeric?Number(v):v;}
        function sortBy(i){
        var numeric=heads[i].getAttribute('data-type')==='number';
        var dir=heads[i].getAttribute('aria-sort')==='ascending'?-1:1;
        var rows=Array.prototype.slice.call(body.rows);
        rows.sort(function(a,b){var x=key(a,i,numeric),y=key(b,i,numeric);
        var c=numeric?(x-y):String(x).localeCompare(String(y),document.documentElement.lang);
        return c!==0?dir*c:Number(a.getAttribute('data-index'))-Number(b.getAttribute('data-index'));});
        rows.forEach(function(r){body.appendChild(r);});
        for(var j=0;j!==heads.length;j++){heads[j].setAttribute('aria-sort',j===i?(dir===1?'ascending':'descending'):'none');}
        }
        Array.prototype.forEach.call(heads,function(th,i){
        var b=document.createElement('button');b.type='button';
        while(th.firstChild){b.appendChild(th.firstChild);}th.appendChild(b);
        b.addEventListener('click',function(){sortBy(i);});});
        })();
        """
}
