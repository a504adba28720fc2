/// Figures struck through and corrected beside them (見え消し): `6（3）` with a double line
/// through it, then `7（4）`, in one cell, under a note saying so (`※二重線の数値を右の数値に訂正しました`).
///
/// poppler-glib gives no strokes, so the line through the old figure is not seen: the cell
/// reads as two counts side by side. The note says which of the two is the right one; without
/// such a note a cell of two counts is left as it was read.
enum StruckFigures {
    enum Side: Sendable { case left, right }

    /// The side a note says the corrected figures stand on: a note saying a correction (`訂正`,
    /// `修正`) was made to the figures at the right (`右`) or left (`左`).
    static func correctedSide(in line: String) -> Side? {
        guard line.contains("訂正") || line.contains("修正") else { return nil }
        let right = line.contains("右"), left = line.contains("左")
        return right == left ? nil : (right ? .right : .left)
    }

    /// The corrected figure of a cell of two counts side by side, or the cell as it is.
    static func corrected(_ text: String, side: Side) -> String {
        let parts = text.split(whereSeparator: \.isWhitespace)
        guard parts.count == 2, parts.allSatisfy({ (try? Headcount.parse(String($0), convention: .womenIncluded)) != nil }) else { return text }
        return String(side == .right ? parts[1] : parts[0])
    }
}
