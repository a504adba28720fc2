/// A contact's phone or e-mail run set after other text on its line, a few ems apart.
extension LineBuilder {
    /// The first letters of the keys `opensContact` knows, to turn other runs away at once.
    static let contactKeys: Set<Unicode.Scalar> = ["T", "t", "Ｔ", "電", "F", "f", "Ｆ", "E", "e", "Ｅ", "メ", "☎", "℡"]

    /// Whether a run opens with a phone, fax or e-mail key and holds its value: seven digits
    /// or more, or an `@`.
    ///
    /// An address and its phone are often set on one line two or three ems apart
    /// (`〒970-8026 福島県いわき市平字五色町8-1　　TEL 0246-21-4372`), a gap the line builder
    /// otherwise takes for a gutter when nothing above or below tells: the phone then stands
    /// alone as a column of its own and is read after the rest of the page. A key and a value
    /// are the evidence a gutter's next column does not give: a column starts with its own
    /// text, not with `TEL` and a number.
    static func opensContact(_ run: [Unicode.Scalar]) -> Bool {
        let head = String(String.UnicodeScalarView(run.prefix(8))).uppercased()
        guard contactKeyWords.contains(where: { head.hasPrefix($0) }) else { return false }
        let digits = run.filter { ("0"..."9").contains($0) || ("０"..."９").contains($0) }.count
        return digits >= 7 || run.contains("@") || run.contains("＠")
    }

    /// A run's text and that of the runs after it on its row, each within an em of the last:
    /// a key and its value are often two runs (`TEL` a word space before `0246-21-4372`).
    static func rowText(from run: Int, bounds: [Rect], grid: SpatialGrid, text: (Int) -> [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = text(run)
        var last = bounds[run]
        for _ in 0..<3 {
            let h = max(last.height, 1)
            let reach = Rect(x0: last.x1, y0: last.y0, x1: last.x1 + h, y1: last.y1)
            guard let next = grid.query(reach).filter({ bounds[$0].x0 >= last.x1 - 0.1 * h && bounds[$0].yOverlap(last) >= 0.6 * h })
                .min(by: { bounds[$0].x0 < bounds[$1].x0 })
            else { break }
            out += [" "] + text(next)
            last = bounds[next]
        }
        return out
    }

    private static let contactKeyWords = ["TEL", "ＴＥＬ", "電話", "FAX", "ＦＡＸ", "E-MAIL", "EMAIL", "Ｅ－ＭＡＩＬ", "ＥＭＡＩＬ", "メール", "☎", "℡"]
}
