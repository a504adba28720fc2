/// Reads the 試験区分 breakdown, set as a table or as a list.
///
/// Either way the text runs track → exam level → `category：N名` pairs, so the parser walks
/// the section's text in reading order, remembering the last track and level it saw (a
/// track cell spanning two rows is printed once).
struct ExamBreakdownParser {
    func parse(_ part: SectionSegmenter.Part) -> ExamBreakdown? {
        var track: Track? = nil
        var level: ExamBreakdown.Level? = nil
        var entries: [ExamBreakdown.Entry] = []
        var firstPage: Int? = nil
        for (page, block) in part.blocks {
            // Table rows, or the block's lines joined: a pair can wrap mid-word in a list.
            let pieces: [(String, Rect)] = block.table.map { table in
                table.rows.flatMap { row in row.map { ($0.text, $0.box ?? table.box) } }
            } ?? [(block.lines.map(\.text).joined(), block.box)]
            for (raw, box) in pieces {
                let text = Normalized.compact(raw)
                if case let found = Track(label: text), found != .other { track = found }
                if text.contains("大卒") || text.contains("学部") { level = .undergraduate }
                if text.contains("院卒") || text.contains("大学院") { level = .graduate }
                for (category, count) in Self.pairs(in: text) {
                    guard let track, let level else { continue }
                    firstPage = firstPage ?? page
                    entries.append(ExamBreakdown.Entry(
                        track: track, level: level, category: category, count: count,
                        provenance: Provenance(page: page, box: box, text: raw)))
                }
            }
        }
        guard !entries.isEmpty, let page = firstPage else { return nil }
        // The year is in the heading (`令和6年入省者（予定）試験区分`) or in a line under it.
        let prose = part.blocks.prefix(3).filter { $0.block.table == nil }.map { $0.block.lines.map(\.text).joined() }
        let cohort = ([part.heading] + prose).lazy.compactMap { text in
            AssignmentsParser.cohortYear(in: text) ?? (try? EraDate.all(in: text))?.first { !$0.isAsOf }?.year
        }.first
        return ExamBreakdown(cohortFiscalYear: cohort, planned: part.heading.contains("予定"), entries: entries, page: page)
    }

    /// `法律:6名、経済:1名` → [(法律, 6), (経済, 1)].
    static func pairs(in text: String) -> [(String, Int)] {
        var result: [(String, Int)] = []
        for item in text.split(whereSeparator: { "、,。".contains($0) }) {
            guard let colon = item.firstIndex(where: { $0 == ":" || $0 == "：" }) else { continue }
            var category = String(item[..<colon])
            // Drop a track/level prefix that shares the item (`事務系・大卒程度試験 法律`).
            if let space = category.lastIndex(of: " ") { category = String(category[category.index(after: space)...]) }
            let value = item[item.index(after: colon)...].prefix { $0.isNumber }
            guard !category.isEmpty, let count = Int(String(value)), item[item.index(after: colon)...].dropFirst(value.count).hasPrefix("名")
            else { continue }
            result.append((category, count))
        }
        return result
    }
}
