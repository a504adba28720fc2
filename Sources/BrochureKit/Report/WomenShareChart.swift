/// The share of women among each year's hires, one line per track; planned years hollow.
struct WomenShareChart {
    static let width = 760.0
    static let height = 260.0
    static let colors = (total: "#333333", administrative: HiringChart.colors.administrative, technical: HiringChart.colors.technical)
    let years: [ReportData.HiringYear]

    func svg() -> String {
        let left = 44.0, right = 110.0, top = 16.0, bottom = 30.0
        let plotWidth = Self.width - left - right, plotHeight = Self.height - top - bottom
        let axis = AxisScale(maximum: 1)
        let slot = plotWidth / Double(max(years.count, 1))
        func x(_ index: Int) -> Double { left + slot * (Double(index) + 0.5) }
        func y(_ share: Double) -> Double { top + plotHeight - plotHeight * share / axis.maximum }

        var out = Markup.svgOpen(id: "women-chart", width: Self.width, height: Self.height, label: "Share of women among the hires")
        out += axis.gridlines(left: left, right: Self.width - right, y: y, format: Markup.percent)
        let names = ["total": "合計", "administrative": "事務系", "technical": "技術系"]
        let colors = ["total": Self.colors.total, "administrative": Self.colors.administrative, "technical": Self.colors.technical]
        for (row, track) in WomenShare.tracks.enumerated() {
            let name = names[track] ?? track, color = colors[track] ?? Self.colors.total
            // The same percentage, rounded to one decimal, that `diff` reports.
            let points = years.enumerated().compactMap { index, year in
                WomenShare.percent(WomenShare.figure(track, of: year.row)).map { (index: index, share: $0 / 100, year: year) }
            }
            guard !points.isEmpty else { continue }
            let path = points.map { "\(Markup.number(x($0.index))),\(Markup.number(y($0.share)))" }.joined(separator: " ")
            out += "<polyline class=\"line\" points=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\"/>\n"
            for point in points {
                let fill = point.year.row.planned ? "#fff" : color
                let title = "\(point.year.row.label)\(point.year.row.planned ? "（予定）" : "") \(name) \(Markup.percent(point.share)) — \(point.year.source.file) p.\(point.year.source.page)"
                out += "<a href=\"\(Markup.pageLink(point.year.source))\"><circle cx=\"\(Markup.number(x(point.index)))\" cy=\"\(Markup.number(y(point.share)))\" r=\"4\" fill=\"\(fill)\" stroke=\"\(color)\" stroke-width=\"2\"><title>\(Markup.escape(title))</title></circle></a>\n"
            }
            let legendY = top + 14 + Double(row) * 18
            out += "<line x1=\"\(Markup.number(Self.width - right + 12))\" x2=\"\(Markup.number(Self.width - right + 32))\" y1=\"\(Markup.number(legendY - 4))\" y2=\"\(Markup.number(legendY - 4))\" stroke=\"\(color)\" stroke-width=\"2.5\"/>"
            out += "<text x=\"\(Markup.number(Self.width - right + 38))\" y=\"\(Markup.number(legendY))\" class=\"tick\">\(name)</text>\n"
        }
        for (index, year) in years.enumerated() {
            out += "<text x=\"\(Markup.number(x(index)))\" y=\"\(Markup.number(Self.height - 10))\" text-anchor=\"middle\" class=\"tick\">\(Markup.escape(year.row.label))</text>\n"
        }
        out += "</svg>"
        return out
    }
}
