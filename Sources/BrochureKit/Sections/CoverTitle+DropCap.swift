/// A paragraph line whose box a drop cap makes tall.
///
/// A lead paragraph may open with its first character set large over two lines or more (a
/// drop cap, `八` of `八王子市は、…`). The layout keeps the capital in the paragraph's first
/// line, whose box then reaches down over the lines it spans: a line in 9.5 pt standing 26 pt,
/// taller than the masthead's 24 pt, and read by `stature` as the cover's title. A masthead's
/// name set larger than the document's title on their one baseline (`京都市職員採用案内`) also
/// stands taller than its type, but no line of the page starts inside its box under it: a
/// line sharing the tall box's width and starting below its own type, within the box, is the
/// paragraph's next line beside the capital, and the tall box measures the capital alone.
extension CoverTitle {
    /// How large `line` stands among the lines of its page: `stature`, or its type size when a
    /// drop cap alone makes its box tall.
    static func stature(_ line: TextLine, among lines: [TextLine]) -> Double {
        hangsOverNextLine(line, among: lines) ? line.fontSize : stature(line)
    }

    /// Whether `line`'s box, taller than its type, reaches over another horizontal line that
    /// starts below the line's own type and within its box, sharing some of its width.
    static func hangsOverNextLine(_ line: TextLine, among lines: [TextLine]) -> Bool {
        guard line.orientation == .horizontal, line.box.height > line.fontSize + 1 else { return false }
        let typeBottom = line.box.y0 + line.fontSize
        return lines.contains { other in
            other.orientation == .horizontal && other.box.y0 >= typeBottom - 0.5 && other.box.y0 < line.box.y1
                && min(other.box.x1, line.box.x1) > max(other.box.x0, line.box.x0)
        }
    }

    /// The cover's largest line holding kanji or kana, measured by `stature(_:among:)`: a
    /// line in Latin letters alone names no body (a watermark, `RECRUIT 2026`).
    static func largestCJKLine(_ lines: [TextLine]) -> TextLine? {
        lines.filter { $0.text.unicodeScalars.contains(where: Script.isCJK) }
            .max { stature($0, among: lines) < stature($1, among: lines) }
    }
}
