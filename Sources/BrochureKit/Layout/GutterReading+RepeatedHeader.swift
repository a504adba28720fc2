/// Gutters between two tables set side by side under the same header.
extension GutterReading {
    /// Whether `gutter` parts a header row that says the same thing twice (`試験区分 予定数 |
    /// 試験区分 予定数`), starting at the region's first column and captioned over each half: two
    /// tables of one design side by side (事務系 beside 技術系), each with its own label column.
    ///
    /// Their rows keep one pitch and one another's baselines, so nothing else tells them from
    /// one wide table, and the widest gap is often inside the second table (its labels, then
    /// its right-aligned counts). Each half must have a caption of its own over its header
    /// (`事務系` over one, `技術系` over the other). Not so one table's column groups, which
    /// repeat their sub-headers under captions too (`採用数 うち女性 | 採用数 うち女性`, `区分 人数 |
    /// 区分 人数`): the table's own label column (`年度`, `試験`) stands left of the first group. A list wrapped into two
    /// halves without captions is left as one table: its rows are read across, as printed.
    /// (`bands`: the region's row bands, when the caller has them: every gutter is asked.)
    /// Whether the years labelling the rows under the first header run on from one half into
    /// the other (`令和3年度` … `令和5年度` at the left, `令和6年度` … at the right): a table of
    /// years wrapped into two halves, read down the first, then the second. (Halves whose
    /// labels are units, a list wrapped to save room, read across as printed.)
    private func yearsRunOn(_ below: [Int], from leftStart: Double, to rightStart: Double) -> Bool {
        func years(at x: Double) -> [Int] {
            below.filter { abs(page.boxes[$0].x0 - x) <= 1 }.sorted { page.boxes[$0].y0 < page.boxes[$1].y0 }
                .compactMap { YearLabel(page.lines[$0].text)?.fiscalYear }
        }
        let first = years(at: leftStart), second = years(at: rightStart)
        guard first.count >= 2, second.count >= 2, let last = first.last, let next = second.first else { return false }
        return zip(first, first.dropFirst()).allSatisfy { $1 == $0 + 1 } && zip(second, second.dropFirst()).allSatisfy { $1 == $0 + 1 }
            && next == last + 1
    }

    func partsRepeatedHeader(_ region: [Int], at gutter: ClosedRange<Double>, bands: [RowBand]? = nil) -> Bool {
        let rows = bands ?? RowBand.bands(of: page.lines(region))
        let left = region.map { page.boxes[$0].x0 }.min() ?? gutter.lowerBound
        return rows.contains { row in
            let cells = row.lines.sorted { $0.box.x0 < $1.box.x0 }
            // (Compared word by word: two header cells set close may have been read as one
            // line on one side only, `技術系職員 計`.)
            // (Every row of the region is asked for every gutter: the cheap tests first, the
            // words split only for a row without figures that parts at the gutter.)
            guard cells.count >= 3, let half = cells.firstIndex(where: { $0.box.x0 >= gutter.upperBound - 0.5 }), half >= 1,
                cells[half - 1].box.x1 <= gutter.lowerBound + 0.5,
                cells.allSatisfy({ !$0.text.unicodeScalars.contains(where: TableDetector.isDigit) })
            else { return false }
            // (The two sides' first words compared as bytes before any splitting.)
            func firstWord(_ text: String) -> Substring.UTF8View { text.utf8.drop { $0 == 0x20 }.prefix { $0 != 0x20 } }
            guard firstWord(cells[0].text).elementsEqual(firstWord(cells[half].text)) else { return false }
            let words = cells[..<half].flatMap { $0.text.split(separator: " ") }
            guard words.count >= 2, words == cells[half...].flatMap({ $0.text.split(separator: " ") }),
                // (Not a row of units, `（人）` over every column: each half says it twice too.)
                Set(words).count >= 2
            else { return false }
            // The first half starts at the region's first column: no gap left of its header.
            let gutters = page.gutters(region, bounds: page.bounds(region), minimum: 0.8 * page.em(region)).interior(page.bounds(region))
            guard !gutters.contains(where: { $0.upperBound <= cells[0].box.x0 + 0.5 }) else { return false }
            // (Nor labels of the rows below it there, a column of their own: a title over the
            // table may hide that gap. A short label flush with a longer one under the first
            // header cell is in that cell's column.)
            let below = region.filter { page.boxes[$0].y0 >= row.box.y1 - 0.5 }
            let underFirst = below.filter { page.boxes[$0].xOverlap(cells[0].box) > 0 }
            guard !below.contains(where: { i in
                page.boxes[i].x1 <= cells[0].box.x0 + 0.5 && !underFirst.contains { abs(page.boxes[$0].x0 - page.boxes[i].x0) <= 1 }
            })
            else { return false }
            // A caption centred over each half's header, in the band just above it, on its own
            // side of the gutter (not a note of the column beyond).
            let captions = region.map { page.lines[$0] }.filter {
                $0.box.y1 <= row.box.y0 + 0.5 && $0.box.y1 >= row.box.y0 - 2 * row.box.height
            }
            func captioned(_ header: ArraySlice<TextLine>, inside side: ClosedRange<Double>) -> Bool {
                guard let first = header.first, let last = header.last else { return false }
                let middle = (first.box.x0 + last.box.x1) / 2, width = last.box.x1 - first.box.x0
                return captions.contains { caption in
                    caption.box.x0 >= side.lowerBound - 0.5 && caption.box.x1 <= side.upperBound + 0.5
                        && abs(caption.box.midX - middle) <= 0.25 * width
                }
            }
            if captioned(cells[..<half], inside: left...gutter.lowerBound)
                && captioned(cells[half...], inside: gutter.upperBound...Double.greatestFiniteMagnitude)
            {
                return true
            }
            return yearsRunOn(below, from: cells[0].box.x0, to: cells[half].box.x0)

        }
    }
}
