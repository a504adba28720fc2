/// `brochure report`: one self-contained HTML file (inline CSS and SVG, no script, nothing
/// fetched) that a person opens in any browser, offline, and prints if they like.
public struct ReportHTML: Sendable {
    public let data: ReportData

    public init(_ data: ReportData) {
        self.data = data
    }

    public func render() -> String {
        var body = "<h1>\(Markup.escape(data.organization)) — 採用パンフレットの推移</h1>\n"
        body += "<p class=\"editions\">Editions: " + data.editions.map(Markup.escape).joined(separator: " · ") + "</p>\n"
        body += "<p class=\"hint\">Every bar, point and row links to its page in the PDF (keep the PDFs beside this file).</p>\n"
        if data.hiring.isEmpty {
            body += "<section><h2>採用実績</h2><p>No edition has a hiring table.</p></section>\n"
        } else {
            body += "<section id=\"hiring\"><h2>採用実績 — hires per fiscal year</h2>\n"
            body += "<p class=\"legend\"><span class=\"swatch\" style=\"background:\(HiringChart.colors.administrative)\"></span>事務系 "
            body += "<span class=\"swatch\" style=\"background:\(HiringChart.colors.technical)\"></span>技術系 "
            body += "<span class=\"swatch planned\"></span>planned（予定）</p>\n"
            body += HiringChart(years: data.hiring).svg() + "\n" + hiringTable() + "</section>\n"
            body += "<section id=\"women\"><h2>女性の割合 — share of women among the hires</h2>\n"
            body += WomenShareChart(years: data.hiring).svg() + "\n</section>\n"
        }
        if let assignments = data.assignments {
            let cohort = assignments.cohortFiscalYear.map { "FY\($0) cohort" } ?? "newest cohort"
            body += "<section id=\"assignments\"><h2>配属実績 — assignments of the \(cohort)</h2>\n"
            body += AssignmentsChart(assignments: assignments).svg() + "\n</section>\n"
        }
        if let diff = data.latestDiff {
            body += "<section id=\"diff\"><h2>What changed: \(Markup.escape(diff.old.title)) → \(Markup.escape(diff.new.title))</h2>\n"
            body += diffTable(diff) + "</section>\n"
        }
        return """
            <!doctype html>
            <html lang="ja">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="brochure \(BrochureKitVersion.string)">
            <title>\(Markup.escape(data.organization)) — brochure report</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// The figures under the chart, for reading exact numbers and for screen readers.
    private func hiringTable() -> String {
        var out = "<table class=\"figures\"><thead><tr><th>年度</th><th>合計</th><th>事務系</th><th>技術系</th><th>女性の割合</th><th>page</th></tr></thead><tbody>\n"
        for year in data.hiring {
            let cells = [year.row.total, year.row.administrative, year.row.technical].map { $0.map(Markup.count) ?? "–" }
            let share = WomenShare.percent(year.row.total).map { Markup.number($0) + "%" } ?? "–"
            out += "<tr\(year.row.planned ? " class=\"planned\"" : "")><td>\(Markup.escape(year.row.label))\(year.row.planned ? "（予定）" : "")</td>"
            out += cells.map { "<td class=\"n\">\(Markup.escape($0))</td>" }.joined() + "<td class=\"n\">\(share)</td>"
            out += "<td><a href=\"\(Markup.pageLink(year.source))\">\(Markup.escape(year.source.file)) p.\(year.source.page)</a></td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// One row per change, coloured by kind, each linking to its page in the new edition (or
    /// the old one for a removal).
    private func diffTable(_ diff: DocumentDiff) -> String {
        guard !diff.changes.isEmpty else { return "<p>No differences.</p>\n" }
        var out = "<table class=\"diff\"><thead><tr><th>section</th><th>row</th><th>field</th><th>old</th><th>new</th><th>page</th></tr></thead><tbody>\n"
        for change in diff.changes {
            let cells = DiffValueText.cells(change)
            let file = change.kind == .removed ? diff.old.file : diff.new.file
            let page = change.kind == .removed ? change.oldPage : change.newPage ?? change.oldPage
            let pageCell = page.map { "<a href=\"\(Markup.pageLink(ReportData.Source(file: file, page: $0)))\">\(Markup.escape(cells.pages))</a>" } ?? Markup.escape(cells.pages)
            out += "<tr class=\"\(change.kind.rawValue)\"><td>\(Markup.escape(change.section))</td><td>\(Markup.escape(change.key ?? ""))</td>"
            out += "<td>\(Markup.escape(change.field ?? ""))</td><td class=\"old\">\(Markup.escape(cells.old))</td>"
            out += "<td class=\"new\">\(Markup.escape(cells.new))</td><td>\(pageCell)</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    static let css = """
        body{font-family:"IPAexGothic","Noto Sans CJK JP","Hiragino Sans",sans-serif;margin:24px auto;max-width:820px;color:#222;background:#fff}
        h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ccc}
        .editions,.hint{font-size:13px;color:#555}.legend{font-size:13px}
        .swatch{display:inline-block;width:12px;height:12px;margin:0 4px 0 10px;vertical-align:-1px}
        .swatch.planned{background:repeating-linear-gradient(45deg,#9aa5b8 0 2px,#fff 2px 4px);border:1px dashed #555}
        .chart .grid{stroke:#e3e3e3}.chart .tick{font-size:11px;fill:#444}.chart .small{font-size:9px;fill:#888}
        .chart a:hover rect,.chart a:hover circle{opacity:.75}
        table{border-collapse:collapse;font-size:13px;margin-top:10px;width:100%}
        th,td{border:1px solid #ddd;padding:3px 6px;text-align:left}td.n{text-align:right}
        tr.planned td{font-style:italic;color:#555}
        table.diff tr.added td{background:#e6f6e6}table.diff tr.removed td{background:#fde8e8}
        table.diff tr.changed td.old{background:#fde8e8;text-decoration:line-through}
        table.diff tr.changed td.new{background:#e6f6e6;font-weight:bold}
        """
}
