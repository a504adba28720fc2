/// Finds a year's figures when its label and they fell into columns of their own.
///
/// With years across, a label centred over its column (`2021年度`) and figures set flush
/// right in it (`4名`) need not overlap: the label ends short of the figures' start, and a
/// table read from the words' extents splits them into two columns — the label's, empty
/// below, and the figures', empty above. A reader sees one column; so is it read here.
enum FiguresBesideYears {
    /// Year column → the column holding its figures, for each year whose own body cells are
    /// all empty: its next column, else its previous one, when that column names no year,
    /// is empty in every `header` row, holds text in `body`, and no other year claims it.
    /// `years` are the header's labels by column; column 0 holds the row labels.
    static func columns(years: [YearLabel?], header: [[Table.Cell]], body: [[Table.Cell]]) -> [Int: Int] {
        func empty(_ rows: [[Table.Cell]], _ c: Int) -> Bool {
            rows.allSatisfy { c >= $0.count || $0[c].text.trimmingWhitespace().isEmpty }
        }
        var found: [Int: Int] = [:]
        for c in years.indices where years[c] != nil && empty(body, c) {
            let candidates = [c + 1, c - 1].filter { n in
                n > 0 && n < years.count && years[n] == nil && empty(header, n) && !empty(body, n)
                    && !found.values.contains(n)
            }
            if let n = candidates.first { found[c] = n }
        }
        return found
    }
}
