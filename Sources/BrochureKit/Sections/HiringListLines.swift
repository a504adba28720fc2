/// Hiring as a list, one line per year and no table:
/// `●令和4年度　事務系2名（うち女性1名）・技術系0名　計2名（うち女性1名）`.
///
/// The layout often breaks such a line at its wide gaps into blocks side by side (the labels,
/// the tracks, the totals), so a line is put back together from the pieces on one baseline.
/// It is read only when its year label is followed by nothing but tracks' counts (a track's
/// name and a headcount, `技術系1名（うち女性1名）`), both tracks named, and a total printed is
/// their sum; and only when three lines or more read so: a sentence that names a year and a
/// count (`令和5年度は事務系3名を採用しました`) is prose, and a false figure is worse than none.
/// Such a list says the women only where there are any, so once it says them anywhere a
/// count without them has none.
enum HiringListLines {
    /// What may stand between two counts of a line.
    private static let separators: Set<Character> = ["・", "、", ",", "/", "／", " "]

    /// One line of the list: its year and each track's count.
    struct Line {
        var year: YearLabel
        var counts: [ColumnRole: CountWithWomen]
    }

    /// The record of the list among `lines` (one page's), or nil when it is not there.
    static func parse(_ lines: [TextLine], page: Int, notedPlans: Set<Int> = []) -> HiringRecord? {
        let found = baselines(lines).compactMap(line(_:))
        guard found.count >= 3, Set(found.map(\.year.fiscalYear)).count == found.count else { return nil }
        let saysWomen = found.contains { $0.counts.values.contains { $0.women != nil } }
        var rows: [HiringRecord.Row] = []
        for entry in found {
            func count(_ role: ColumnRole) -> CountWithWomen? {
                entry.counts[role].map { CountWithWomen(count: $0.count, women: $0.women ?? (saysWomen ? 0 : nil)) }
            }
            let sum = HiringParser.sum(count(.administrative), count(.technical))
            if let total = count(.total), total != sum { return nil }
            rows.append(HiringRecord.Row(
                fiscalYear: entry.year.fiscalYear, label: entry.year.label, planned: PlannedNote.isPlanned(entry.year, notedPlans: notedPlans),
                total: sum, administrative: count(.administrative), technical: count(.technical)))
        }
        return HiringRecord(rows: rows.sorted { $0.fiscalYear < $1.fiscalYear }, technicalScope: nil, page: page)
    }

    /// The texts of `lines` joined along each baseline, left to right, top to bottom.
    static func baselines(_ lines: [TextLine]) -> [String] {
        var rows: [[TextLine]] = []
        for line in lines.filter({ $0.orientation == .horizontal }).sorted(by: { $0.box.y0 < $1.box.y0 }) {
            if let last = rows.last?.first, abs(last.box.midY - line.box.midY) < min(last.box.height, line.box.height) / 2 {
                rows[rows.count - 1].append(line)
            } else {
                rows.append([line])
            }
        }
        return rows.map { $0.sorted { $0.box.x0 < $1.box.x0 }.map(\.text).joined(separator: " ") }
    }

    /// A year's label (after any bullet) and nothing after it but counts, both tracks among them.
    static func line(_ raw: String) -> Line? {
        let text = Normalized.compact(raw).filter { $0 != " " }.drop { !$0.isLetter && !$0.isNumber }
        for split in text.indices where text[split...].hasPrefix("事務系") || text[split...].hasPrefix("技術系") || text[split...].hasPrefix("計")
            || text[split...].hasPrefix("合計")
        {
            guard let year = YearLabel(String(text[..<split])) else { continue }
            var rest = text[split...]
            var counts: [ColumnRole: CountWithWomen] = [:]
            while let match = item(at: rest) {
                let role = ColumnRole(label: String(match.track))
                guard counts[role] == nil, let parsed = try? Headcount.parse(String(match.count)) else { return nil }
                counts[role] = CountWithWomen(parsed)
                rest = rest[match.end...].drop { separators.contains($0) }
            }
            guard rest.isEmpty, counts[.administrative] != nil, counts[.technical] != nil else { return nil }
            return Line(year: year, counts: counts)
        }
        return nil
    }
}
