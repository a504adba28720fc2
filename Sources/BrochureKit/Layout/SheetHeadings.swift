/// A spreadsheet printed with its row and column headings (Excel's 「行列見出し」): the letters
/// `A` `B` `C` … across the top and the row numbers down the left, dropped.
///
/// Every row of the sheet gets its number, standing on that row's baseline just left of
/// column A: read as text, the number joins whatever the row holds (`8 3 4（2）1（0）`), so a
/// table gains a first column of row numbers and a heading starts with one. Both kinds of
/// heading come together (the print setting prints both), and together they are unmistakable:
/// single letters in order, alone on a row across the page, over a column of whole numbers
/// rising by one down the page, right-aligned, left of everything else printed. A table of
/// grades (`A` `B` `C`) or a numbered list has one of the two at most, or text beside it.
enum SheetHeadings {
    /// Fewest column letters and row numbers that make a sheet's headings.
    static let minimumCount = 3

    /// The page without its sheet headings, or nil when it has none.
    static func removed(from page: Page) -> Page? {
        let glyphs = page.glyphs
        // Cheap pass: most pages have no capital A at all.
        guard glyphs.contains(where: { $0.scalar == "A" }) else { return nil }
        guard let band = columnLetters(glyphs) else { return nil }
        let bandGlyphs = Set(band.flatMap(\.members))
        guard let first = band.first, let numbers = rowNumbers(glyphs, left: first.box.x0, below: first.box.y1, except: bandGlyphs) else { return nil }
        let dropped = bandGlyphs.union(numbers.flatMap(\.members))
        var result = page
        result.glyphs = glyphs.indices.filter { !dropped.contains($0) }.map { glyphs[$0] }
        return result
    }

    /// Letters `A`, `B`, `C` … (or `AA` …) in order on one row, each alone there: the column
    /// headings, left to right.
    private static func columnLetters(_ glyphs: [Glyph]) -> [Word]? {
        let words = Word.runs(in: glyphs) { ("A"..."Z").contains($0) }
        for start in words where start.text == "A" {
            let row = words.filter { abs($0.box.midY - start.box.midY) < 0.3 * start.box.height && $0.box.x0 >= start.box.x0 }
                .sorted { $0.box.x0 < $1.box.x0 }
            var band = [start]
            for word in row.dropFirst() {
                guard let value = word.columnNumber, value == band.count + 1 else { break }
                band.append(word)
            }
            guard band.count >= minimumCount else { continue }
            // Alone on their row: nothing else stands level with the letters.
            let members = Set(band.flatMap(\.members))
            let y0 = band.map(\.box.y0).min()!, y1 = band.map(\.box.y1).max()!
            let crowded = glyphs.indices.contains { i in
                !members.contains(i) && glyphs[i].box.midY > y0 && glyphs[i].box.midY < y1
            }
            if !crowded { return band }
        }
        return nil
    }

    /// Whole numbers rising by one down the page, right-aligned left of `left` and below
    /// `below`, with everything else on the page to their right.
    private static func rowNumbers(_ glyphs: [Glyph], left: Double, below: Double, except band: Set<Int>) -> [Word]? {
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        // Where the printed page starts, not counting digits (a row number's own).
        var edge = Double.infinity
        for (i, glyph) in glyphs.enumerated() where !band.contains(i) && !isDigit(glyph.scalar) { edge = min(edge, glyph.box.x0) }
        let numbers = Word.runs(in: glyphs, where: isDigit).filter { $0.box.x1 <= edge && $0.box.x1 <= left }
            .sorted { $0.box.midY < $1.box.midY }
        guard numbers.count >= minimumCount, let right = numbers.map(\.box.x1).max(),
            numbers.allSatisfy({ $0.box.y0 >= below && right - $0.box.x1 < 0.25 * $0.box.height }),
            edge - right >= 0.25 * numbers[0].box.height
        else { return nil }
        for (a, b) in zip(numbers, numbers.dropFirst()) {
            guard let x = Int(a.text), let y = Int(b.text), y == x + 1, b.box.y0 >= a.box.y1 else { return nil }
        }
        return numbers
    }
}

extension SheetHeadings {
    /// Glyphs of one kind set tight on one baseline.
    struct Word {
        var members: [Int]
        var text: String
        var box: Rect

        /// The spreadsheet column a run of capitals names (`A` 1, `Z` 26, `AA` 27).
        var columnNumber: Int? {
            var value = 0
            for scalar in text.unicodeScalars {
                guard ("A"..."Z").contains(scalar) else { return nil }
                value = value * 26 + Int(scalar.value - 64)
            }
            return value
        }

        /// The runs of glyphs passing `kind`, each glyph joined to the next on its baseline
        /// less than a third of its height further on.
        static func runs(in glyphs: [Glyph], where kind: (Unicode.Scalar) -> Bool) -> [Word] {
            let chosen = glyphs.indices.filter { kind(glyphs[$0].scalar) }
                .sorted { (glyphs[$0].box.midY, glyphs[$0].box.x0) < (glyphs[$1].box.midY, glyphs[$1].box.x0) }
            var words: [Word] = []
            var pending: [Int] = []
            func flush() {
                guard let box = Rect.enclosing(pending.map { glyphs[$0].box }) else { return }
                let text = String(String.UnicodeScalarView(pending.map { glyphs[$0].scalar }))
                words.append(Word(members: pending, text: text, box: box))
                pending = []
            }
            for i in chosen {
                if let last = pending.last {
                    let a = glyphs[last].box, b = glyphs[i].box
                    let h = max(a.height, 1)
                    if abs(a.midY - b.midY) >= 0.3 * h || b.x0 - a.x1 >= 0.33 * h || b.x0 < a.x0 { flush() }
                }
                pending.append(i)
            }
            flush()
            return words
        }
    }
}
