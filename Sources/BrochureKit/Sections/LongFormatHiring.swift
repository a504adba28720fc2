/// A hiring table in long format: each year a cell spanning one row per track (`事務系` /
/// `技術系` / `計`), the figures beside each track row.
///
/// The rows are grouped by track, not by where the year's label sits: a year's group ends
/// where a track it already has comes again, so a label centred on its rows, set at their
/// top or at their bottom reads the same. The figures are one count column, a count and
/// its women (`人数 | うち女性`), or the men and the women apart (`男性 | 女性`), whose sum
/// is the head count the page never prints.
enum LongFormatHiring {
    /// Reads `table` (its first column the years, as `years` read them) when a column past
    /// the years names a track on each body row; nil for any other table.
    static func parse(
        _ table: Table, years: [YearLabel?], page: Int, convention: Headcount.Convention, notedPlans: Set<Int> = []
    ) -> HiringRecord? {
        let width = table.rows.map(\.count).min() ?? 0
        guard width >= 3 else { return nil }
        let yearCount = years.compactMap { $0 }.count
        // The column of tracks: two track rows or more per year, and no figures.
        let trackRoles: [ColumnRole] = [.administrative, .technical, .total]
        guard let (trackColumn, roles) = (1..<width).lazy.map({ c in (c, table.rows.map { Self.role($0[c].text) }) })
            .first(where: { _, roles in roles.filter { trackRoles.contains($0) }.count >= 2 * yearCount })
        else { return nil }
        guard let firstBody = roles.firstIndex(where: { trackRoles.contains($0) }) else { return nil }
        let labels = (0..<width).map { c in table.rows[..<firstBody].map { $0[c].text }.joined() }
        let figures = (0..<width).filter { $0 != 0 && $0 != trackColumn }
        let groups = Self.groups(roles, from: firstBody)
        var rows: [HiringRecord.Row] = []
        for group in groups {
            let found = group.compactMap { years[$0] }
            guard found.count == 1, let year = found.first else { continue }
            func count(_ role: ColumnRole) -> CountWithWomen? {
                guard let r = group.first(where: { roles[$0] == role }) else { return nil }
                return Self.count(figures.map { table.rows[r][$0].text }, labels: figures.map { labels[$0] }, convention: convention)
            }
            let cells = group.flatMap { table.rows[$0] }
            rows.append(HiringRecord.Row(
                fiscalYear: year.fiscalYear, label: year.label, planned: PlannedNote.isPlanned(year, notedPlans: notedPlans),
                total: count(.total), administrative: count(.administrative), technical: count(.technical),
                provenance: Rect.enclosing(cells.compactMap(\.box)).map {
                    Provenance(page: page, box: $0, text: group.map { table.rows[$0].map(\.text).joined(separator: "\t") }.joined(separator: "\n"))
                }))
        }
        guard rows.count >= 2 else { return nil }
        return HiringRecord(rows: rows, technicalScope: nil, page: page)
    }

    /// Rows `from` on in groups, each track once: a group ends where a track it already has
    /// comes again, and a row of no track (a label on a line of its own) joins the group open.
    static func groups(_ roles: [ColumnRole], from start: Int = 0) -> [[Int]] {
        let trackRoles: [ColumnRole] = [.administrative, .technical, .total]
        var groups: [[Int]] = []
        var seen: Set<ColumnRole> = []
        for r in start..<roles.count {
            let role = roles[r]
            guard trackRoles.contains(role) else {
                if !groups.isEmpty { groups[groups.count - 1].append(r) }
                continue
            }
            if groups.isEmpty || seen.contains(role) {
                groups.append([])
                seen = []
            }
            seen.insert(role)
            groups[groups.count - 1].append(r)
        }
        return groups
    }

    /// A track cell's role (`事務系`, `技術系`, `計`); a long cell is no track label.
    private static func role(_ text: String) -> ColumnRole {
        let compact = Normalized.compact(text)
        guard !compact.isEmpty, compact.count <= 12 else { return .unknown }
        return ColumnRole(label: compact)
    }

    /// One track row's figures under their header `labels`.
    static func count(_ texts: [String], labels: [String], convention: Headcount.Convention) -> CountWithWomen? {
        func number(_ text: String) -> Int? {
            let digits = Normalized.compact(text).filter { $0.isASCII && $0.isNumber }
            return text.trimmingWhitespace().isEmpty ? 0 : Int(String(digits))
        }
        let women = labels.firstIndex { Normalized.compact($0).contains("女") && !Normalized.compact($0).contains("男") }
        let men = labels.firstIndex { HiringParser.namesMen($0) }
        if let men, let women, let m = number(texts[men]), let w = number(texts[women]) {
            return CountWithWomen(count: m + w, women: w)
        }
        // Otherwise the hires among a selection's figures (`SelectionColumns`), or the first
        // column of figures: a count, its women bracketed or beside it.
        guard let first = SelectionColumns.hires(labels, excluding: [women, men]) ?? texts.indices.first(where: { $0 != women && $0 != men })
        else { return nil }
        let text = texts[first]
        guard !text.trimmingWhitespace().isEmpty else { return CountWithWomen(count: 0, women: nil) }
        var found = (try? Headcount.parse(text, convention: convention)).map(CountWithWomen.init) ?? HiringParser.asPrinted(text)
        if found.women == nil, let women { found.women = number(texts[women]) }
        return found
    }
}
