/// Hires per fiscal year as grouped bars, one per track, planned years hatched and labelled.
struct HiringChart {
    static let width = 760.0
    static let height = 300.0
    static let colors = (administrative: "#1f5fd1", technical: "#e07b00")
    let years: [ReportData.HiringYear]

    func svg() -> String {
        let left = 44.0, right = 16.0, top = 16.0, bottom = 46.0
        let plotWidth = Self.width - left - right, plotHeight = Self.height - top - bottom
        let values: [Int] = years.flatMap { (year: ReportData.HiringYear) -> [Int] in
            [year.row.administrative?.count ?? 0, year.row.technical?.count ?? 0]
        }
        let axis = AxisScale(maximum: Double(values.max() ?? 0))
        let slot = plotWidth / Double(max(years.count, 1))
        let bar = min(28, slot * 0.36)
        func y(_ value: Double) -> Double { top + plotHeight - plotHeight * value / axis.maximum }

        var out = Markup.svgOpen(id: "hiring-chart", width: Self.width, height: Self.height, label: "Hires per fiscal year and track")
        out += "<defs><pattern id=\"planned-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><rect width=\"3\" height=\"6\" fill=\"#9aa5b8\"/></pattern></defs>\n"
        out += axis.gridlines(left: left, right: Self.width - right, y: y)
        for (index, year) in years.enumerated() {
            let center = left + slot * (Double(index) + 0.5)
            let link = Markup.pageLink(year.source)
            for (offset, track, color, count) in [
                (-1.0, "事務系", Self.colors.administrative, year.row.administrative),
                (0.0, "技術系", Self.colors.technical, year.row.technical),
            ] {
                let value = Double(count?.count ?? 0)
                let x = center + offset * bar + (offset < 0 ? -1 : 1)
                let fill = year.row.planned ? "url(#planned-hatch)" : color
                let stroke = year.row.planned ? " stroke=\"\(color)\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"" : ""
                let title = "\(year.row.label)\(year.row.planned ? "（予定）" : "") \(track) \(count.map(Markup.count) ?? "–") — \(year.source.file) p.\(year.source.page)"
                out += "<a href=\"\(link)\"><rect class=\"bar \(offset < 0 ? "administrative" : "technical")\(year.row.planned ? " planned" : "")\" x=\"\(Markup.number(x))\" y=\"\(Markup.number(y(value)))\" width=\"\(Markup.number(bar))\" height=\"\(Markup.number(y(0) - y(value)))\" fill=\"\(fill)\"\(stroke)><title>\(Markup.escape(title))</title></rect></a>\n"
            }
            out += "<text x=\"\(Markup.number(center))\" y=\"\(Markup.number(Self.height - bottom + 16))\" text-anchor=\"middle\" class=\"tick\">\(Markup.escape(year.row.label))</text>\n"
            let note = "FY\(year.row.fiscalYear)" + (year.row.planned ? " 予定" : "")
            out += "<text x=\"\(Markup.number(center))\" y=\"\(Markup.number(Self.height - bottom + 30))\" text-anchor=\"middle\" class=\"tick small\">\(note)</text>\n"
        }
        out += "</svg>"
        return out
    }
}
