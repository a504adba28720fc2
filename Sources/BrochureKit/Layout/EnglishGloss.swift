/// A heading followed on its baseline by its English gloss in capitals (`配属実績 PLACEMENT`,
/// `働き方改革 WORK STYLE`): the Japanese title alone says which section it opens.
///
/// The region segmenter takes only short lines (a dozen characters) as the section names
/// that tell two columns apart, since a longer line is a sentence; the gloss made the line
/// too long, so two tables set side by side under `配属実績 PLACEMENT` and `試験区分
/// EXAMINATION` were tested as one and read as one table across both columns.
enum EnglishGloss {
    /// `text` without a trailing run of capitals and spaces after a space (`配属実績`), and a
    /// year after them (`RECRUITMENT 2026`); the text itself when it has no such gloss or is
    /// nothing but one. A gloss set in words with small letters (`採用実績 Recruitment`,
    /// `働き方 Work style`) is stripped too when it opens with a capital: the title alone is
    /// as short as when the gloss is in capitals.
    static func stripped(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let last = scalars.last else { return text }
        var start = scalars.endIndex
        // A gloss may carry the edition's year (`採用予定 RECRUITMENT 2026`): part of the gloss.
        if ("0"..."9").contains(last) {
            let year = scalars.suffix(5)
            guard year.count == 5, year.first == " ", year.dropFirst().allSatisfy({ ("0"..."9").contains($0) }),
                case let before = scalars.index(start, offsetBy: -5), before > scalars.startIndex,
                case let letter = scalars[scalars.index(before: before)], ("A"..."Z").contains(letter) || ("a"..."z").contains(letter)
            else { return text }
            start = before
        } else if !("A"..."Z").contains(last) && !("a"..."z").contains(last) {
            return text
        }
        while start > scalars.startIndex, case let previous = scalars[scalars.index(before: start)],
            ("A"..."Z").contains(previous) || ("a"..."z").contains(previous) || previous == " " || previous == "&" || previous == "\u{3000}"
        {
            start = scalars.index(before: start)
        }
        // A gloss follows a title after a space; a Latin word alone is no gloss. It opens
        // with a capital (`Work style`; not `e-mail`'s tail).
        guard start > scalars.startIndex, scalars[start] == " " || scalars[start] == "\u{3000}",
            let first = scalars[start...].first(where: { $0 != " " && $0 != "\u{3000}" }), ("A"..."Z").contains(first)
        else { return text }
        return String(scalars[..<start])
    }

    /// The block of `blocks` that glosses heading `h` from further along its baseline: one
    /// line of capitals in smaller type (a heading of its own, `Q&A`, is set as large), with
    /// nothing between them.
    ///
    /// A gloss set flush right at the column's edge (`配属実績 … PLACEMENT`) is too far from its
    /// title to join its line, so it stands as a block of its own; level with the title's top,
    /// it would end every column above the gap under it and cut the section from its table.
    static func beside(_ h: Int, in blocks: [Block]) -> Int? {
        let head = blocks[h].box
        guard blocks[h].lines.count == 1, blocks[h].lines[0].orientation == .horizontal else { return nil }
        let em = max(blocks[h].lines[0].em, 1)
        let candidates = blocks.indices.filter { g in
            let box = blocks[g].box
            guard g != h, blocks[g].table == nil, blocks[g].lines.count == 1, box.x0 >= head.x1,
                abs(box.y1 - head.y1) <= 0.3 * em, box.height <= 0.85 * head.height
            else { return false }
            let text = blocks[g].lines[0].text.unicodeScalars
            return text.contains { ("A"..."Z").contains($0) }
                && text.allSatisfy { ("A"..."Z").contains($0) || $0 == " " || $0 == "&" || $0 == "\u{3000}" }
        }
        guard let nearest = candidates.min(by: { blocks[$0].box.x0 < blocks[$1].box.x0 }) else { return nil }
        let between = blocks.indices.contains { b in
            b != h && b != nearest && blocks[b].box.x0 >= head.x1 - 0.5 && blocks[b].box.x1 <= blocks[nearest].box.x0 + 0.5
                && blocks[b].box.yOverlap(head) > 0
        }
        return between ? nil : nearest
    }

    /// Whether `line` is an English word or two glossing `heading` from further along its
    /// baseline (`配属実績 … Placement`), in type no larger than it.
    ///
    /// A row holding only a section title and its gloss opens a section as a title alone does;
    /// the gap between the two otherwise reads as a gutter the table under them continues, and
    /// the table's halves went to two page columns.
    static func glosses(_ line: TextLine, heading: TextLine) -> Bool {
        let scalars = line.text.unicodeScalars
        guard line.box.x0 >= heading.box.x1, line.box.height <= heading.box.height + 0.5,
            abs(line.box.y1 - heading.box.y1) <= 0.3 * max(heading.em, 1),
            scalars.count <= 24, scalars.contains(where: { ("A"..."Z").contains($0) })
        else { return false }
        return scalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || " &-".unicodeScalars.contains($0) }
    }
}
