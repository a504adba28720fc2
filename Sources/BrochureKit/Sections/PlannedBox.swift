/// The coming year's plan set in a box of its own beside a chart or table of the actual years
/// (`令和8年度採用予定` over `事務系 50名` / `技術系 33名` / `計 83名`), in no table's row.
///
/// A reader takes the box's title as the year's label and each line under it as a track and
/// its count. The title must say the year is planned, and each line under it, within the
/// title's width, must be a track's or the total's name and one count: a caption or a
/// paragraph under a year is no box. The box is read only for a year newer than every year
/// of the record: a plan is the coming cohort, and a year the table has is the table's.
enum PlannedBox {
    /// The planned row of a box among `lines` (one page's), for a year after `after`.
    static func row(in lines: [TextLine], after newest: Int, page: Int) -> HiringRecord.Row? {
        for title in lines where title.orientation == .horizontal && Normalized.compact(title.text).count <= 16 {
            // Or a year over a line of its own saying planned (`令和8年度` over `採用予定`).
            guard let year = YearLabel(title.text), year.fiscalYear > newest, case let word = year.planned ? nil : planWord(under: title, in: lines),
                year.planned || word != nil, let found = counts(under: title, in: lines, after: word)
            else { continue }
            let total = found[.total] ?? HiringParser.sum(found[.administrative], found[.technical])
            return HiringRecord.Row(
                fiscalYear: year.fiscalYear, label: year.label, planned: true, total: total,
                administrative: found[.administrative], technical: found[.technical],
                provenance: Provenance(page: page, box: title.box, text: title.text))
        }
        return nil
    }

    /// The tracks' counts on the lines under `title` (and under `word`, the title's second line,
    /// when it has one), row by row until a row is not a track's name and its count; nil unless
    /// both tracks are named.
    static func counts(under title: TextLine, in lines: [TextLine], after word: TextLine? = nil) -> [ColumnRole: CountWithWomen]? {
        let em = title.box.height
        let reach = (title.box.x0 - 2 * em)...(title.box.x1 + 2 * em)
        let top = word?.box.y1 ?? title.box.y1
        let below = lines.filter {
            $0 != word && $0.box.y0 >= top - 0.25 * em && reach.contains($0.box.x0) && reach.contains($0.box.x1) && $0.orientation == .horizontal
        }.sorted { $0.box.y0 < $1.box.y0 }
        var found: [ColumnRole: CountWithWomen] = [:]
        var bottom = top
        var taken = Set<Int>()
        for (i, line) in below.enumerated() where !taken.contains(i) {
            // The row: the lines level with this one, left to right.
            let row = below.indices.filter { !taken.contains($0) && below[$0].box.yOverlap(line.box) > 0.3 * min(below[$0].box.height, line.box.height) }
            taken.formUnion(row)
            // A gap of more than two lines ends the box.
            guard line.box.y0 - bottom <= 2.5 * em else { break }
            let text = Normalized.compact(row.map { below[$0] }.sorted { $0.box.x0 < $1.box.x0 }.map(\.text).joined())
            guard let split = text.firstIndex(where: { $0.isASCII && $0.isNumber }),
                case let role = ColumnRole(label: String(text[..<split])), [.administrative, .technical, .total].contains(role),
                found[role] == nil,
                let count = try? Headcount.parse(String(text[split...]))
            else { break }
            found[role] = CountWithWomen(count)
            bottom = row.map { below[$0].box.y1 }.max() ?? bottom
        }
        guard found[.administrative] != nil, found[.technical] != nil else { return nil }
        return found
    }
}
