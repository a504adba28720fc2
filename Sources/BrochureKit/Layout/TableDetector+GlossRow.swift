extension TableDetector {
    /// Whether a row is the English gloss of the header row above it (`年度 | 事務職 | 計` over
    /// `Fiscal year | Administrative | Total`): each header cell's second line, not a row.
    ///
    /// A bilingual header sets the gloss in smaller type a little under the Japanese, further
    /// than a wrapped cell's second line (which `continues` takes) but nearer than the next row.
    /// Every gloss stands under a Japanese header cell of the row above, holds Latin letters and
    /// no figure, and two cells at least are glossed: a body row of Latin names under a header
    /// carries figures beside them, or is set in the header's own type.
    static func glosses(_ row: [Table.Cell], _ above: [Table.Cell], gap: Double, em: Double) -> Bool {
        guard gap <= 0.8 * em else { return false }
        let pairs = zip(row, above).filter { !$0.0.text.isEmpty }
        guard pairs.count >= 2 else { return false }
        return pairs.allSatisfy { cell, top in
            guard let box = cell.box, let topBox = top.box, box.height <= 0.85 * topBox.height, box.y0 >= topBox.y1 - 0.5 else { return false }
            return isLatinGloss(cell.text) && top.text.unicodeScalars.contains(where: Script.isCJK)
                && !top.text.unicodeScalars.contains(where: isDigit)
        }
    }

    /// Latin words and the marks between them (`Fiscal year`, `R&D`, `No.`), two letters at
    /// least (`A` alone marks an item). `HeaderGloss` asks it of header labels too.
    static func isLatinGloss(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            if ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) {
                letters += 1
            } else if !" &.,-/'()".unicodeScalars.contains(scalar) {
                return false
            }
        }
        return letters >= 2
    }
}
