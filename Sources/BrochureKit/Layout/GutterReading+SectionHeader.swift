/// Gutters between a table and a second one set beside it on the same rows, headed only by
/// its own header cell.
extension GutterReading {
    /// Whether `gutter` parts a table of figures from a table beside it whose first header
    /// cell names a section (`新卒採用者数` over the hiring table; `2025年度入社者の配属` heading
    /// the assignment table beside it, with no heading of its own).
    ///
    /// Both keep one pitch and one another's baselines, so nothing else tells them from one
    /// wide table. One table's columns run from its labels to its figures: a column of
    /// labels under a section's name right of a column of figures starts another table. (A
    /// label column beside another, `職種 | 試験区分`, is the same table's.)
    /// (`bands`: the region's row bands, when the caller has them: every gutter is asked.)
    func headsSectionBeside(_ region: [Int], at gutter: ClosedRange<Double>, bands: [RowBand]? = nil) -> Bool {
        let bands = bands ?? RowBand.bands(of: page.lines(region))
        // (The header row, or the row under the tables' captions, one each side of the gutter:
        // `採用者数の推移（単位：人）` beside `令和7年度採用者の配属先（単位：人）` over one frame's two
        // header rows.)
        if headsSectionBeside(bands, at: gutter) { return true }
        // (Captions in the tables' type, not a column's heading set large: `アクセス` beside a
        // table's rows.)
        guard bands.count >= 2, let captions = bands.first, let header = bands[1].lines.map(\.fontSize).max(),
            captions.lines.allSatisfy({ $0.fontSize <= 1.15 * header }),
            captions.lines.contains(where: { $0.box.x1 <= gutter.lowerBound + 0.5 }),
            captions.lines.contains(where: { $0.box.x0 >= gutter.upperBound - 0.5 }),
            captions.lines.allSatisfy({ ($0.box.x1 <= gutter.lowerBound + 0.5 || $0.box.x0 >= gutter.upperBound - 0.5) && !TableDetector.isNumeric($0.text) })
        else { return false }
        return headsSectionBeside(Array(bands.dropFirst()), at: gutter)
    }

    private func headsSectionBeside(_ rows: [RowBand], at gutter: ClosedRange<Double>) -> Bool {
        guard rows.count >= 4, let header = rows.first else { return false }
        func nearestRight(_ row: RowBand) -> TextLine? {
            row.lines.filter { $0.box.x0 >= gutter.upperBound - 0.5 }.min { $0.box.x0 < $1.box.x0 }
        }
        func nearestLeft(_ row: RowBand) -> TextLine? {
            row.lines.filter { $0.box.x1 <= gutter.lowerBound + 0.5 }.max { $0.box.x1 < $1.box.x1 }
        }
        // (Not a header said again over the second half of one table, `配属先` twice: its
        // halves are read as one table's rows.)
        // (The row is a header: over the figures stands a word, `計＊1`, not a first row's `4月`
        // beside what happens then.)
        guard let title = nearestRight(header), let over = nearestLeft(header), over.text.first?.isLetter == true,
            SectionKind.opened(by: title.text) != nil
                || Self.labelColumnHeads.contains(Normalized.compact(title.text)) && !Self.labelColumnHeads.contains(Normalized.compact(over.text)),
            !header.lines.contains(where: { $0.box.x1 <= gutter.lowerBound + 0.5 && $0.text == title.text })
        else { return false }
        let body = rows.dropFirst()
        // A table's header, in its type and tight over its rows: not the headings of a page's
        // columns over their text.
        guard let next = body.first, next.box.y0 - header.box.y1 <= 1.5 * next.box.height,
            let label = nearestRight(next), abs(title.box.height - label.box.height) <= 0.25 * label.box.height
        else { return false }
        // Labels in words under the header cell (a dash for none is no label).
        let labels = body.filter { row in
            nearestRight(row).map { !TableDetector.isNumeric($0.text) && $0.text.contains(where: \.isLetter) && $0.box.xOverlap(title.box) > 0 } ?? false
        }
        guard labels.count >= 3, labels.count * 2 >= body.count else { return false }
        // Figures in the column right before the gap (not a label's glyphs further out). A
        // year's label is none: `令和3年度 | 実績` are two label columns of one table, the years
        // its rows' and the words under `区分` what each row is.
        let figures = body.filter { row in
            nearestLeft(row).map {
                TableDetector.isNumeric($0.text) && gutter.lowerBound - $0.box.x1 <= 3 * $0.box.height && YearLabel($0.text) == nil
            } ?? false
        }
        // (Not row numbers, 1, 2, 3 … down the rows under `No.`: they count the rows of the
        // table beside them, one column of it, and are no table's figures.)
        let numbers = figures.compactMap { nearestLeft($0).flatMap { Int(Normalized.compact($0.text)) } }
        if numbers.count == figures.count, numbers.enumerated().allSatisfy({ $0.element == $0.offset + 1 }) { return false }
        return figures.count >= 3
    }

    /// Words that head a table's column of row labels (`区分` over `事務系`, `技術系`): over
    /// labels right of another table's figures, they start a table of their own as a
    /// section's name would.
    static let labelColumnHeads: Set<String> = ["区分", "試験区分", "職種", "年度", "所属"]
}
