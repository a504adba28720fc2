/// A hiring table with years as columns whose tracks are each split into sub-rows
/// (`事務系` spanning `新卒` / `キャリア`) and never subtotalled, its row labels set beside the
/// grid of figures (the layout keeps them as blocks of their own), a `合計` row under the
/// tracks and the women only as a share of the total (`女性比率 35%`).
///
/// A track's count is the sum of its sub-rows, which the page never prints, so it is read only
/// when the arithmetic holds: in every year column the printed total equals the two tracks'
/// sums. A track label counts for the rows it is centred on (a row-spanning cell): its own row
/// and the sub-rows under it that name no track. The total's women come from the share only
/// when it gives a whole number (`40人` × `35%` = 14); the tracks' women are not given (nil).
enum TrackSubRowsBeside {
    /// A label of a row: its text and where it stands.
    private struct Label {
        var text: String
        var box: Rect
    }

    /// The record of `table` with the labels among `blocks` (its page's other blocks of the
    /// section), or nil when the table is not of this shape.
    static func parse(_ table: Table, beside blocks: [Block], page: Int, notedPlans: Set<Int>) -> HiringRecord? {
        guard let header = table.rows.firstIndex(where: { YearLabel.carryingEra($0.map(\.text)).compactMap { $0 }.count >= 2 })
        else { return nil }
        var years = YearLabel.carryingEra(table.rows[header].map(\.text))
        // `実績` over the actual years and `予定` over the planned one, in a header row of their own.
        for c in years.indices where years[c] != nil
            && PlannedNote.isPlanHeader(table.rows[..<header].compactMap { $0.indices.contains(c) ? $0[c].text : nil })
        {
            years[c]?.planned = true
        }
        let body = Array(table.rows[(header + 1)...])
        let bands: [ClosedRange<Double>?] = body.map { row in Rect.enclosing(row.compactMap(\.box)).map { $0.y0...$0.y1 } }
        guard body.count >= 4, bands.allSatisfy({ $0 != nil }) else { return nil }
        let em = body.flatMap { $0.compactMap(\.box) }.map(\.height).min() ?? 10
        let labels = blocks.compactMap(RowLabelsBeside.label(of:))
            .filter { $0.box.x1 <= table.box.x0 + 0.5 * em && $0.box.x0 >= table.box.x0 - 20 * em }
            .map { Label(text: Normalized.compact($0.text), box: $0.box) }
        // Each body row's labels: those whose middle lies on its band.
        let rowLabels = bands.map { band in labels.filter { band!.contains($0.box.midY) } }
        var tracks: [ColumnRole: [Int]] = [:]
        var totalRow: Int? = nil
        var shareRow: Int? = nil
        for label in labels {
            let role = ColumnRole(label: label.text)
            switch role {
            case .administrative, .technical:
                guard tracks[role] == nil, let rows = spannedRows(label.box, bands: bands.map { $0! }, labels: rowLabels, em: em)
                else { return nil }
                tracks[role] = rows
            case .total:
                guard let row = bands.firstIndex(where: { $0!.contains(label.box.midY) }) else { continue }
                totalRow = row
            default:
                if label.text.contains("女性") && (label.text.contains("比率") || label.text.contains("割合")) {
                    shareRow = bands.firstIndex { $0!.contains(label.box.midY) }
                }
            }
        }
        // Sub-rows: at least one track spans two rows or more, else the table is another reader's.
        guard let admin = tracks[.administrative], let tech = tracks[.technical], let totalRow,
            admin.count >= 2 || tech.count >= 2, Set(admin).isDisjoint(with: tech), !admin.contains(totalRow), !tech.contains(totalRow)
        else { return nil }
        var rows: [HiringRecord.Row] = []
        for c in years.indices {
            guard let year = years[c] else { continue }
            func cell(_ r: Int) -> String { c < body[r].count ? body[r][c].text : "" }
            func sum(_ sub: [Int]) -> Int? {
                var total = 0
                for r in sub {
                    guard let heads = heads(cell(r)) else { return nil }
                    total += heads
                }
                return total
            }
            guard let a = sum(admin), let t = sum(tech), let count = heads(cell(totalRow)), count == a + t else { return nil }
            let women = shareRow.flatMap { share(cell($0)) }.flatMap { p in (count * p) % 100 == 0 ? count * p / 100 : nil }
            rows.append(HiringRecord.Row(
                fiscalYear: year.fiscalYear, label: year.label, planned: PlannedNote.isPlanned(year, notedPlans: notedPlans),
                total: CountWithWomen(count: count, women: women),
                administrative: CountWithWomen(count: a, women: nil), technical: CountWithWomen(count: t, women: nil)))
        }
        guard rows.count >= 2 else { return nil }
        return HiringRecord(rows: rows, technicalScope: nil, page: page)
    }

    /// The body rows a track label heads: the run of rows (one or more) whose middle it is
    /// centred on, none of them carrying another track's or the total's label.
    private static func spannedRows(_ box: Rect, bands: [ClosedRange<Double>], labels: [[Label]], em: Double) -> [Int]? {
        func free(_ r: Int) -> Bool {
            !labels[r].contains { label in
                [.administrative, .technical, .total].contains(ColumnRole(label: label.text)) && label.box != box
            }
        }
        // The shortest run it is centred on: a longer one around it has the same middle.
        var best: [Int]? = nil
        for start in bands.indices where free(start) {
            var end = start
            while true {
                let middle = (bands[start].lowerBound + bands[end].upperBound) / 2
                if abs(middle - box.midY) <= em / 2, best.map({ end - start + 1 < $0.count }) ?? true { best = Array(start...end) }
                guard end + 1 < bands.count, free(end + 1), bands[end + 1].lowerBound < box.y1 + 2 * em else { break }
                end += 1
            }
        }
        return best
    }

    /// A cell's heads: 0 for none (`－`), nil when it is no count.
    private static func heads(_ text: String) -> Int? {
        do { return try Headcount.parse(text)?.count ?? 0 } catch { return nil }
    }

    /// A share in per cent (`35%`, `３５％`); nil for none (`－`) or anything else.
    static func share(_ raw: String) -> Int? {
        let text = Normalized.compact(raw)
        guard text.hasSuffix("%"), case let digits = text.dropLast(), !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        return Int(digits)
    }
}
