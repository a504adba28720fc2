/// A hiring chart whose figures exist only as labels: a bar per year, `8（2）` inside each
/// track's segment and `計13（3）` after the bar's end, under a legend that names the tracks
/// (`事務系 技術系`) in the order the segments are stacked.
///
/// A row is a year's label followed by nothing but counts with their women bracketed, so an
/// axis (`0 5 10 15 （人）`) or a sentence is never one; a printed total must be the sum of the
/// segments, or the row is not what it seems and the chart is not read.
enum BarChartLabels {
    /// One chart row: its year and counts, in order.
    struct Row {
        var year: YearLabel
        var counts: [(total: Bool, value: CountWithWomen)]
    }

    /// The record of the chart among `texts` (each a row of a table's cells or a line of
    /// text, top to bottom), or nil when there is no legend above two rows or more.
    static func parse(_ texts: [[String]], page: Int, convention: Headcount.Convention = .womenIncluded, notedPlans: Set<Int> = []) -> HiringRecord? {
        var tracks: [ColumnRole] = []
        var rows: [Row] = []
        for cells in texts {
            if let found = row(cells, convention: convention) {
                rows.append(found)
            } else if rows.isEmpty, let legend = legend(cells.joined(separator: " ")) {
                tracks = legend
            }
        }
        guard tracks.count >= 2, rows.count >= 2 else { return nil }
        var record: [HiringRecord.Row] = []
        for found in rows {
            let segments = found.counts.filter { !$0.total }.map(\.value)
            let totals = found.counts.filter(\.total).map(\.value)
            guard segments.count == tracks.count, totals.count <= 1, found.counts.last?.total ?? true || totals.isEmpty else { return nil }
            let sum = HiringParser.sum(segments[0], segments[1])
            if tracks.count == 2, let total = totals.first, total != sum { return nil }
            func value(_ role: ColumnRole) -> CountWithWomen? { tracks.firstIndex(of: role).map { segments[$0] } }
            record.append(HiringRecord.Row(
                fiscalYear: found.year.fiscalYear, label: found.year.label, planned: PlannedNote.isPlanned(found.year, notedPlans: notedPlans),
                total: totals.first ?? (tracks.count == 2 ? sum : nil), administrative: value(.administrative), technical: value(.technical),
                provenance: nil))
        }
        return HiringRecord(rows: record, technicalScope: nil, page: page)
    }

    /// A year's label and the counts after it. Cells before the label (a strip set beside the
    /// chart) are no part of the row; the label may share a cell with the first count.
    static func row(_ cells: [String], convention: Headcount.Convention = .womenIncluded) -> Row? {
        for start in cells.indices {
            let text = Normalized.compact(cells[start...].joined()).filter { $0 != " " }
            // The shortest tail of counts whose head is a year's label.
            for split in text.indices where text[split].isNumber {
                let tail = text[split...]
                guard isCounts(tail), let year = YearLabel(String(text[..<split])) else { continue }
                let figures = figures(in: tail)
                let found = figures.compactMap { m -> (Bool, CountWithWomen)? in
                    guard let parsed = try? Headcount.parse(String(m.figure), convention: convention) else { return nil }
                    return (m.total, CountWithWomen(parsed))
                }
                guard found.count == figures.count, found.count >= 2 else { return nil }
                return Row(year: year, counts: found)
            }
        }
        return nil
    }

    /// The tracks a legend names, in its order: a line of track names and nothing else.
    static func legend(_ raw: String) -> [ColumnRole]? {
        var text = Normalized.compact(raw)
        var found: [(String.Index, ColumnRole)] = []
        for (word, role) in [("事務系", ColumnRole.administrative), ("技術系", .technical)] {
            guard let range = text.range(of: word) else { continue }
            found.append((range.lowerBound, role))
        }
        guard found.count >= 2 else { return nil }
        let roles = found.sorted { $0.0 < $1.0 }.map(\.1)
        for word in ["事務系", "技術系"] { text = text.replacingOccurrences(of: word, with: "") }
        return text.allSatisfy { $0.isWhitespace || "■□●○◆◇▲△".contains($0) } ? roles : nil
    }
}
