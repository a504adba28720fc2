/// A selection-results table's columns (`申込者数 | 1次合格者数 | 最終合格者数 | 倍率 | 採用者数`):
/// only the hires are hiring; the applicants, the passes and the ratio are the exam's.
///
/// Such a table prints the applicants first, so "the first column of figures" reads the
/// applicants as the hires (a three-digit decoy beside a two-digit fact). When a header names
/// a selection stage, the count is the column whose header names the hires (`採用者数`, `採用数`)
/// and no stage; a table without a stage column is read as before.
enum SelectionColumns {
    /// Header words of the exam's stages, never of hires.
    static let stages = ["申込", "応募", "受験", "受検", "合格", "倍率", "競争率", "志願"]

    /// The hires' column among `labels` (the columns' headers), skipping `excluded` (the women's,
    /// the men's), or nil when no header names a stage or none names the hires.
    static func hires(_ labels: [String], excluding excluded: [Int?] = []) -> Int? {
        let compact = labels.map { Normalized.compact($0) }
        func isStage(_ label: String) -> Bool { stages.contains { label.contains($0) } }
        guard compact.contains(where: isStage) else { return nil }
        return compact.indices.first { c in
            !excluded.contains(c) && compact[c].contains("採用") && !compact[c].contains("女") && !compact[c].contains("予定") && !isStage(compact[c])
        }
    }
}
