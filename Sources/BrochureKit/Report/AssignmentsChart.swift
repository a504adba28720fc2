/// Where the newest cohort was posted: one horizontal bar per unit, the tracks stacked.
struct AssignmentsChart {
    static let width = 760.0
    let assignments: ReportData.Assignments

    func svg() -> String {
        let rowHeight = 22.0, left = 190.0, right = 60.0, top = 8.0
        let height = top + rowHeight * Double(assignments.rows.count) + 28
        let largest = assignments.rows.map { $0.administrative + $0.technical }.max() ?? 0
        let axis = AxisScale(maximum: Double(largest))
        let plotWidth = Self.width - left - right
        func length(_ value: Int) -> Double { plotWidth * Double(value) / axis.maximum }
        let link = Markup.pageLink(assignments.source)

        var out = Markup.svgOpen(id: "assignments-chart", width: Self.width, height: height, label: "Assignments of the newest cohort")
        for (index, row) in assignments.rows.enumerated() {
            let y = top + rowHeight * Double(index)
            out += "<text x=\"\(Markup.number(left - 8))\" y=\"\(Markup.number(y + 15))\" text-anchor=\"end\" class=\"tick\">\(Markup.escape(row.unit))</text>"
            let title = "\(row.unit): 事務系 \(row.administrative)、技術系 \(row.technical) — \(assignments.source.file) p.\(assignments.source.page)"
            out += "<a href=\"\(link)\"><g><title>\(Markup.escape(title))</title>"
            out += "<rect class=\"bar administrative\" x=\"\(Markup.number(left))\" y=\"\(Markup.number(y + 3))\" width=\"\(Markup.number(length(row.administrative)))\" height=\"16\" fill=\"\(HiringChart.colors.administrative)\"/>"
            out += "<rect class=\"bar technical\" x=\"\(Markup.number(left + length(row.administrative)))\" y=\"\(Markup.number(y + 3))\" width=\"\(Markup.number(length(row.technical)))\" height=\"16\" fill=\"\(HiringChart.colors.technical)\"/></g></a>"
            out += "<text x=\"\(Markup.number(left + length(row.administrative + row.technical) + 6))\" y=\"\(Markup.number(y + 15))\" class=\"tick\">\(row.administrative + row.technical)</text>\n"
        }
        out += "</svg>"
        return out
    }
}
