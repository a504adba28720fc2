/// One cohort's placements printed per track, each in a table of its own under a title naming
/// that track (`配属実績（事務系）` on one page, `配属実績（技術系）` on the next).
///
/// Such a table has one column of counts labelled with no track (`配属先 | 人数`): the title says
/// whose counts they are. Read alone it gives one track's half of the cohort, so the record is
/// held open (`AssignmentRecord.track`) and the other track's table fills in the other counts
/// unit by unit (`AssignmentRecord.merged(byUnit:)`): a unit printed in both tables has both.
enum SingleTrackAssignments {
    /// The one track a part's title names (`配属実績（技術系）`), or else its first prose line
    /// (`令和7年度入社者（技術系）の配属先`); nil when the text names both tracks or neither.
    static func track(heading: String, prose: [String]) -> Track? {
        for text in [heading] + prose.prefix(1) {
            let compact = Normalized.compact(text)
            let administrative = compact.contains("事務")
            let technical = compact.contains("技術") || compact.contains("理工")
            if administrative != technical { return administrative ? .administrative : .technical }
            if administrative { return nil }
        }
        return nil
    }

    /// The units of a two-column table whose header is a unit label over one count label
    /// naming no track (`配属先 | 人数`), each with its count in `track`: nil for any other shape,
    /// or when a body row other than the sum (`計`) counts no one.
    static func rows(_ table: Table, page: Int, track: Track) -> [AssignmentRecord.Row]? {
        guard table.columns.count == 2, let headerIndex = table.rows.firstIndex(where: isHeader) else { return nil }
        let body = table.rows[(headerIndex + 1)...].filter {
            !AssignmentsParser.isGrandTotal($0, labelColumns: 1) && !AssignmentsParser.isHeaderNote($0)
                && $0.contains { !Normalized.compact($0.text).isEmpty }
        }
        var rows: [AssignmentRecord.Row] = []
        for cells in body {
            guard cells.count == 2, case let unit = Normalized.compact(cells[0].text), !unit.isEmpty,
                !BulletedAssignments.totalWords.contains(unit)
            else { return nil }
            // A mark for none (`－`) counts 0; text that is no count is no such table.
            let count: Int
            do { count = try Headcount.parse(cells[1].text)?.count ?? 0 } catch { return nil }
            rows.append(AssignmentRecord.Row(
                unit: unit, administrative: track == .administrative ? count : 0, technical: track == .technical ? count : 0,
                provenance: Rect.enclosing(cells.compactMap(\.box)).map {
                    Provenance(page: page, box: $0, text: cells.map(\.text).joined(separator: "\t"))
                }))
        }
        return rows.count >= 2 ? rows : nil
    }

    /// `配属先 | 人数`: a unit label, then a label of counts that is no track, total or year.
    private static func isHeader(_ cells: [Table.Cell]) -> Bool {
        guard cells.count == 2 else { return false }
        let count = Normalized.compact(cells[1].text)
        return ColumnRole(label: cells[0].text) == .unit && ColumnRole(label: count) == .unknown
            && (count.hasPrefix("人数") || count.hasSuffix("者数"))
    }
}
