/// A phone's label in a column of its own: `代表` / `直通` set left of their numbers, the gap
/// between the two columns aligned down the rows.
extension LineBuilder {
    /// Whether a run is a phone's label and the run after it the number: the two are one line.
    ///
    /// An aligned gap is a gutter or a table column to the line builder, so each label and each
    /// number would stand alone, the labels read as a block apart from the numbers they name
    /// (`052-961-2111`, `052-954-6891`, then `代表`, `直通`). Only a word that names a kind of
    /// phone before a run opening with a phone number's digits is joined, and only where the
    /// labels' column names phones alone: a column of offices beside their numbers stays a
    /// table, a definition list (`担当` / `電話` / `メール`) a list.
    static func labelsPhone(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Bool {
        guard left.count <= 6, right.count >= 10, let first = right.first, TableDetector.isDigit(first) || first == "(" || first == "（"
        else { return false }
        guard phoneLabels.contains(labelName(left)) else { return false }
        let digits = right.prefix(16).filter(TableDetector.isDigit).count
        return digits >= 9
    }

    /// Whether the label's column holds labels of other kinds within three lines of it (`担当`,
    /// `メール` over and under `電話`), or of a run of labels going on from it so (`TEL`, `FAX`,
    /// then `E-mail`): a definition list or a table's column of labels, read label by label,
    /// where joining the phones alone would split it.
    static func otherLabels(under label: Rect, before valueStart: Double, runs: [Rect], grid: SpatialGrid, text: (Int) -> [Unicode.Scalar]) -> Bool {
        let h = max(label.height, 1)
        let window = Rect(x0: label.x0 - 0.3 * h, y0: label.y0 - 12 * h, x1: valueStart, y1: label.y1 + 12 * h)
        var column: [(box: Rect, other: Bool)] = []
        for r in grid.query(window) {
            let box = runs[r]
            guard box.yOverlap(label) <= 0, abs(box.x0 - label.x0) <= 0.3 * h, box.x1 <= valueStart else { continue }
            // A label of the list: its value starts where the phone's does, well clear of it
            // (not `E-mail` a word space before its address).
            let row = Rect(x0: box.x1, y0: box.y0, x1: valueStart + h, y1: box.y1)
            guard let value = grid.query(row).filter({ $0 != r && runs[$0].x0 >= box.x1 && runs[$0].yOverlap(box) > 0 }).min(by: { runs[$0].x0 < runs[$1].x0 }),
                runs[value].x0 - box.x1 >= 0.8 * h, abs(runs[value].x0 - valueStart) <= h
            else { continue }
            let word = text(r)
            guard word.count <= 6 else { continue }
            column.append((box, !phoneLabels.contains(labelName(word))))
        }
        // Down the column from the label, then up, each label within three lines of the last.
        var edge = label.y1
        for entry in column.filter({ $0.box.y0 >= label.y1 }).sorted(by: { $0.box.y0 < $1.box.y0 }) {
            guard entry.box.y0 - edge <= 3 * h else { break }
            if entry.other { return true }
            edge = entry.box.y1
        }
        edge = label.y0
        for entry in column.filter({ $0.box.y1 <= label.y0 }).sorted(by: { $0.box.y1 > $1.box.y1 }) {
            guard edge - entry.box.y1 <= 3 * h else { break }
            if entry.other { return true }
            edge = entry.box.y0
        }
        return false
    }

    /// A label's word without spaces or a colon, in capitals (`Tel：` is `TEL`).
    private static func labelName(_ word: [Unicode.Scalar]) -> String {
        String(String.UnicodeScalarView(word.filter { !$0.properties.isWhitespace && $0 != "：" && $0 != ":" })).uppercased()
    }

    static let phoneLabels: Set<String> = ["代表", "直通", "電話", "TEL", "ＴＥＬ", "FAX", "ＦＡＸ", "内線", "携帯", "ダイヤルイン", "夜間", "休日"]
}
