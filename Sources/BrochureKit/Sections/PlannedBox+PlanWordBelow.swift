extension PlannedBox {
    /// The short line saying planned right under a box's year title (`令和8年度` over
    /// `採用予定`), within the title's width: the title's second line, which makes the year the
    /// plan. Nil when the line under the title says nothing of a plan.
    static func planWord(under title: TextLine, in lines: [TextLine]) -> TextLine? {
        let em = title.box.height
        return lines.filter {
            $0.orientation == .horizontal && $0.box.y0 >= title.box.y1 - em / 4 && $0.box.y0 - title.box.y1 <= em
                && (title.box.x0...title.box.x1).contains($0.box.midX)
        }.min { $0.box.y0 < $1.box.y0 }.flatMap { line in
            PlannedNote.says(line.text) && YearLabel(line.text) == nil && CharacterBound.atMost(8, Normalized.compact(line.text)) ? line : nil
        }
    }
}
