/// The coming year's plan set in a box under another section, pages after the table of the
/// actual years (`令和8年度採用予定数` / `事務系 4名` / `技術系 1名` on page 2, under `採用予定`
/// beside the exam table, the hiring table on page 1 pointing there).
///
/// Parts are parsed one at a time and let go, so the hiring parser never sees such a box: it
/// is asked of each later part as it is merged. Only the year right after the newest of the
/// record is taken (the coming cohort, the one a plan is for), only when the record has no
/// planned row, and only a box as `PlannedBox` reads it: a title saying the year is planned
/// over each track's name and count.
enum PlannedBoxElsewhere {
    /// `sections` with the planned row of a box in `part` added to its hiring record.
    static func add(from part: SectionSegmenter.Part, to sections: inout SectionSet) {
        guard part.kind != .hiring, var record = sections.hiring, !record.rows.contains(where: \.planned),
            let newest = record.rows.map(\.fiscalYear).max(),
            let row = HiringPageLines.pages(of: part).lazy.compactMap({ PlannedBox.row(in: $0.lines, after: newest, page: $0.page) }).first,
            row.fiscalYear == newest + 1
        else { return }
        record.rows.append(row)
        sections.hiring = record
    }
}
