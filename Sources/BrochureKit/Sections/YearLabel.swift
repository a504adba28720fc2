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
        // `令和3(2021)年度`: the Gregorian year in brackets settles it.
        if let open = label.firstIndex(of: "("), let close = label[open...].firstIndex(of: ")"),
            let year = Self.gregorian(String(label[label.index(after: open)..<close])),
            label[label.index(after: close)...].hasPrefix("年")
        {
            self.label = String(label[..<open]) + (label[label.index(after: close)...].hasPrefix("年度") ? "年度" : "年")
            fiscalYear = year
            self.planned = planned
            return
        }
        if let bracket = label.firstIndex(of: "(") { label = String(label[..<bracket]) }
        label = label.trimmingWhitespace()
        if let gregorian = Self.gregorian(label) {
            fiscalYear = gregorian
        } else if let year = try? FiscalYear.parse(label) {
            fiscalYear = year.year
        } else {
            return nil
        }
        self.label = label
        self.planned = planned
    }

    /// `2020年度`, `2020年`: a Gregorian fiscal year, between 1900 and 2199.
    static func gregorian(_ label: String) -> Int? {
        var digits = label
        for suffix in ["年度", "年"] where digits.hasSuffix(suffix) { digits.removeLast(suffix.count) }
        guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(digits), (1900...2199).contains(year)
        else { return nil }
        return year
    }
}
