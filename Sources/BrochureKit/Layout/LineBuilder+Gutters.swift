/// Whether a gap between two runs of a row is a word space or a column break: the evidence that keeps gutters and table columns from fusing lines.
extension LineBuilder {
    /// Whether the whitespace between two runs continues into the rows above or below.
    ///
    /// A row with text on both sides of the gap but none in it shows an aligned gap: a gutter
    /// or a table column. Text across the gap shows a word space. A narrow gap (under 0.6 em,
    /// a word space in justified Latin) needs the aligned evidence without contrary evidence;
    /// a wider one is a gutter on aligned evidence alone, or when nothing around tells. A side
    /// label (`採用窓口` left of its section) counts as aligned: its column is empty elsewhere.
    /// A contact's phone or e-mail set two or three ems after its address with nothing around
    /// (`〒970-8026 …8-1　　TEL 0246-21-4372`) goes on its line (`opensContact`).
    func isGutter(
        between left: Rect, and right: Rect, lastLeft: Unicode.Scalar, firstRight: Unicode.Scalar,
        rightText: () -> [Unicode.Scalar] = { [] }
    ) -> Bool {
        let h = max(left.height, right.height)
        let width = right.x0 - left.x1
        guard width > 0.15 * h else { return false }
        // Brackets pair within a line: `※（　）内は…` is one line whatever aligns around it.
        if Self.openingBrackets.contains(lastLeft) || Self.closingBrackets.contains(firstRight) { return false }
        let mid = (left.x1 + right.x0) / 2
        let half = max(min(width / 2 - 0.05 * h, 0.3 * h), 0.05 * h)
        let top = min(left.y0, right.y0)
        let bottom = max(left.y1, right.y1)
        var crossed = false
        var aligned = false
        var label = false
        for (near, far) in [(top - 0.05 * h, -1.0), (bottom + 0.05 * h, 1.0)] {
            // Look at the nearest row: within three line heights, or six in a loose table.
            var reach = 3.0
            if grid.isEmpty(Rect(x0: left.x0, y0: min(near, near + far * 3 * h), x1: right.x1, y1: max(near, near + far * 3 * h))) {
                reach = 6
            }
            let y0 = min(near, near + far * reach * h)
            let y1 = max(near, near + far * reach * h)
            if !grid.isEmpty(Rect(x0: mid - half, y0: y0, x1: mid + half, y1: y1)) {
                crossed = true
                continue
            }
            let textLeft = !grid.isEmpty(Rect(x0: left.x0, y0: y0, x1: mid - half, y1: y1))
            let textRight = !grid.isEmpty(Rect(x0: mid + half, y0: y0, x1: right.x1, y1: y1))
            if textLeft && textRight { aligned = true }
            // A side label: nothing under or over it, while the text after the gap goes on.
            if !textLeft && textRight && left.width >= 1.5 * h { label = true }
        }
        if width < 0.6 * h { return aligned && !crossed }
        if aligned || label { return true }
        guard !crossed, width > 1.5 * h else { return false }
        // (No gap wider than three ems comes here: `joinRows` links none.)
        return !Self.contactKeys.contains(firstRight) || !Self.opensContact(rightText())
    }

    /// Whether two runs on a row line up with runs in the rows above or below as cells do:
    /// some nearby row holds two separate runs, one starting or ending where the left run does
    /// and one starting or ending where the right run does (left-aligned labels, right-aligned
    /// figures). A wide cell in the next row may cross the gap, but the edges still line up.
    /// So do two runs each centred on its own run of the line set tight under or over them:
    /// header cells broken over two lines (`1次合格` over `者数`), whatever their lengths.
    func alignsAsCells(_ left: Rect, _ right: Rect, runs: [Rect], grid: SpatialGrid, except: [Int]) -> Bool {
        let h = max(left.height, right.height)
        guard right.x0 - left.x1 > 0.3 * h else { return false }
        let window = Rect(x0: left.x0 - h, y0: min(left.y0, right.y0) - 3 * h, x1: right.x1 + h, y1: max(left.y1, right.y1) + 3 * h)
        let near = grid.query(window).filter { !except.contains($0) && runs[$0].yOverlap(left) <= 0 }
        let tolerance = 0.3 * h
        func sameEdge(_ a: Rect, _ b: Rect) -> Bool { abs(a.x0 - b.x0) <= tolerance || abs(a.x1 - b.x1) <= tolerance }
        func centredTight(_ a: Rect, _ b: Rect) -> Bool {
            abs(a.midX - b.midX) <= tolerance && a.yOverlap(b) <= 0 && max(a.y0, b.y0) - min(a.y1, b.y1) <= 0.5 * h
        }
        // A line between the two rows running across the gap from under the left run: a
        // paragraph under a numbered item's label and title (`取組1　テレワーク`, its text,
        // `取組2　フレックスタイム制`), which line up as cells do; a table's column gap runs down
        // between its rows. (A heading set out left of the rows, `◎…試験` over `▷事務系 | …`,
        // groups them as a band row groups a table's.)
        let gapMid = (left.x1 + right.x0) / 2
        func crossedBetween(_ row: Rect) -> Bool {
            let top = min(row.y1, left.y1), bottom = max(row.y0, left.y0)
            guard bottom - top > 0.5 * h else { return false }
            let band = Rect(x0: gapMid - 0.1 * h, y0: top + 0.1 * h, x1: gapMid + 0.1 * h, y1: bottom - 0.1 * h)
            return grid.query(band).contains { runs[$0].x0 >= left.x0 - 0.3 * h && runs[$0].x0 < gapMid - 0.5 * h && runs[$0].x1 > gapMid + 0.5 * h && runs[$0].yOverlap(band) > 0 }
        }
        for first in near where sameEdge(runs[first], left) && runs[first].x1 < right.x0 {
            for second in near where second != first && runs[second].yOverlap(runs[first]) > 0
                && runs[second].x0 > runs[first].x1 && sameEdge(runs[second], right) && !crossedBetween(runs[first])
            {
                return true
            }
        }
        for first in near where centredTight(runs[first], left) && runs[first].x1 < right.x0 {
            for second in near where second != first && runs[second].yOverlap(runs[first]) > 0
                && runs[second].x0 > runs[first].x1 && centredTight(runs[second], right)
            {
                return true
            }
        }
        return false
    }

    /// Whether two runs are one count with white space inside its brackets: `９（` before `２）`,
    /// or `９（２` before `）`. (A bracket alone, turned in a vertical table, or a note's empty
    /// brackets, `※（　）内は…`, is no count.)
    static func padsCount(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Bool {
        guard let last = left.last, let first = right.first else { return false }
        if openingBrackets.contains(last) {
            return left.count >= 2 && TableDetector.isDigit(left[left.count - 2]) && TableDetector.isDigit(first)
        }
        guard closingBrackets.contains(first), TableDetector.isDigit(last),
            let open = left.lastIndex(where: { openingBrackets.contains($0) }), open > 0
        else { return false }
        return TableDetector.isDigit(left[open - 1]) && left[(open + 1)...].allSatisfy(TableDetector.isDigit)
    }

    /// A figure or a count's bracket: what a count printed one figure to a box is made of.
    static func isBoxedFigure(_ scalar: Unicode.Scalar) -> Bool {
        TableDetector.isDigit(scalar) || scalar == "（" || scalar == "）" || scalar == "〔" || scalar == "〕" || scalar == "(" || scalar == ")"
    }

    static let openingBrackets: Set<Unicode.Scalar> = ["（", "(", "「", "『", "【", "〔", "［", "[", "〈", "《", "｛"]
    static let closingBrackets: Set<Unicode.Scalar> = ["）", ")", "」", "』", "】", "〕", "］", "]", "〉", "》", "｝"]
}
