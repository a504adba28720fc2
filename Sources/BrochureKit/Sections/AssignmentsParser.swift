/// Reads the 配属実績 table: one row per unit, a count per track (an empty cell is 0).
struct AssignmentsParser {
    func parse(_ part: SectionSegmenter.Part) -> AssignmentRecord? {
        let prose = part.blocks.filter { $0.block.table == nil }.flatMap { $0.block.lines.map(\.text) }.joined()
        let cohort = Self.cohortYear(in: part.heading + prose)
        let asOf = (try? EraDate.all(in: part.heading + prose))?.filter(\.isAsOf).compactMap(Self.yearMonth).max()
        for (page, block) in part.blocks {
            guard let table = block.table else { continue }
            guard let headerIndex = table.rows.firstIndex(where: { row in
                row.contains { ColumnRole(label: $0.text) == .administrative }
                    || row.contains { ColumnRole(label: $0.text) == .technical }
            }) else { continue }
            let roles = table.rows[headerIndex].map { ColumnRole(label: $0.text) }
            var rows: [AssignmentRecord.Row] = []
            for cells in table.rows[(headerIndex + 1)...] {
                let unit = Normalized.compact(cells[0].text)
                guard !unit.isEmpty, unit != "計", unit != "合計" else { continue }
                func count(_ role: ColumnRole) -> Int {
                    guard let i = roles.firstIndex(of: role), i < cells.count else { return 0 }
                    return (try? Headcount.parse(cells[i].text))??.count ?? 0
                }
                rows.append(AssignmentRecord.Row(
                    unit: unit, administrative: count(.administrative), technical: count(.technical),
                    provenance: Rect.enclosing(cells.compactMap(\.box)).map {
                        Provenance(page: page, box: $0, text: cells.map(\.text).joined(separator: "\t"))
                    }))
            }
            guard !rows.isEmpty else { continue }
            return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: rows, page: page)
        }
        return nil
    }

    /// `令和5年度入省者` → 2023: the fiscal year just before 入省.
    static func cohortYear(in text: String) -> Int? {
        let normalized = Normalized.compact(text)
        guard let range = normalized.range(of: "年度入省") ?? normalized.range(of: "年度採用") ?? normalized.range(of: "年入省")
        else { return nil }
        let before = normalized[..<range.lowerBound]
        // Take the longest tail that parses as a year label.
        for length in stride(from: min(8, before.count), through: 2, by: -1) {
            let candidate = String(before.suffix(length)) + (normalized[range].hasPrefix("年度") ? "年度" : "年")
            if let year = try? FiscalYear.parse(candidate) { return year.year }
            if let date = try? EraDate.parse(candidate) { return date.year }
        }
        return nil
    }

    static func yearMonth(_ date: EraDate) -> String? {
        guard let month = date.month else { return nil }
        return "\(date.year)-\(month < 10 ? "0" : "")\(month)"
    }
}
