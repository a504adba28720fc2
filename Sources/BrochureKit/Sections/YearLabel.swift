/// A fiscal-year label from a table (`R2`, `令和2年度`, `2020年度`, `R6（予定数）`).
struct YearLabel {
    var fiscalYear: Int
    /// The label without its planned mark, normalised.
    var label: String
    var planned: Bool

    init?(_ raw: String) {
        let text = Normalized.compact(raw)
        guard !text.isEmpty, text.count <= 16 else { return nil }
        let planned = text.contains("予定")
        var label = text
        if let bracket = label.firstIndex(of: "(") { label = String(label[..<bracket]) }
        label = label.trimmingWhitespace()
        guard let year = try? FiscalYear.parse(label) else { return nil }
        fiscalYear = year.year
        self.label = label
        self.planned = planned
    }
}
