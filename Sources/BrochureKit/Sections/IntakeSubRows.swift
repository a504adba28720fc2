/// A hiring table with a column of intake months (`年度 | 採用時期 | 事務職員 | …`), a year with
/// two intakes spanning two rows (`令和5年度` over `4月` and `10月`): the year's figures are
/// the rows' sums.
///
/// A university or an agency that also hires in autumn prints each intake on a row of its
/// own under the year's cell; the second row carries no year. Read as they are, the year
/// would take its April figures only, and the October row would be lost or taken for a year
/// of its own. The month column says what the rows are: every row of the table names a
/// month (`4月`, `10月`), and a row without a year goes on the year above it.
enum IntakeSubRows {
    /// `table` with each year's intake rows added up into its first row, or nil when the
    /// table has no month column or no year with a second intake.
    static func merged(_ table: Table, years: [YearLabel?]) -> (Table, [YearLabel?])? {
        let yearRows = years.indices.filter { years[$0] != nil }
        guard let first = yearRows.first, let width = table.rows[first...].map(\.count).min(), width >= 3 else { return nil }
        // The month column: the first after the years whose every row from the first year names a month.
        guard let column = (1..<width).first(where: { c in table.rows[first...].allSatisfy { isMonth($0[c].text) } }) else { return nil }
        var rows = table.rows
        var labels = years
        var drop = Set<Int>()
        for r in (first + 1)..<rows.count where labels[r] == nil && rows[r][0].text.trimmingWhitespace().isEmpty {
            guard let owner = (first..<r).last(where: { labels[$0] != nil && !drop.contains($0) }) else { continue }
            for c in (column + 1)..<width {
                guard let sum = added(rows[owner][c].text, rows[r][c].text) else { return nil }
                rows[owner][c].text = sum
            }
            drop.insert(r)
        }
        guard !drop.isEmpty else { return nil }
        var result = table
        result.rows = rows.indices.filter { !drop.contains($0) }.map { rows[$0] }
        labels = labels.indices.filter { !drop.contains($0) }.map { labels[$0] }
        return (result, labels)
    }

    /// `4月`, `10月`: a month of one or two figures.
    static func isMonth(_ text: String) -> Bool {
        let compact = Normalized.compact(text)
        guard compact.hasSuffix("月") else { return false }
        let digits = compact.dropLast()
        return (1...2).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber } && (1...12).contains(Int(digits) ?? 0)
    }

    /// Two cells' counts added (`8（4）` + `1（1）` → `9（5）`), the women only when both give
    /// them; a dash or an empty cell is none. Nil for a cell that is no count.
    static func added(_ a: String, _ b: String) -> String? {
        guard let x = count(a), let y = count(b), let total = CrossChecks.sum([x.count, y.count]) else { return nil }
        let women = x.women.flatMap { w in y.women.flatMap { CrossChecks.sum([w, $0]) } }
        return women.map { "\(total)（\($0)）" } ?? "\(total)"
    }

    /// A cell's count and women by the normaliser's reading (`Headcount`); none for a dash or an empty cell.
    private static func count(_ text: String) -> (count: Int, women: Int?)? {
        do {
            guard let read = try Headcount.parse(text) else { return (0, nil) }
            return (read.count, read.women)
        } catch {
            return nil
        }
    }
}
