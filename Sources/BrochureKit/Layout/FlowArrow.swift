/// An arrow drawn alone between boxes (`①テレワーク …` → `②フレックスタイム …`): a connector
/// of a flow, no text of either box.
///
/// A flow of numbered steps sets each step in a box and an arrow in the gap between two boxes,
/// centred on their height. Read with the boxes by height, the arrow would fall between a
/// step's name and its text; it leads from the box before it to the next, so it is read after
/// the box on its left (or above it), and a step's text never holds it.
enum FlowArrow {
    /// The arrows a flow is drawn with, rightwards and downwards.
    static let arrows: Set<Unicode.Scalar> = ["→", "⇒", "➡", "➔", "⟶", "▶", "►", "↓", "⇓", "▼"]

    /// Whether `text` is one or two arrows (spaces aside). Asked of every line of a section,
    /// so it reads scalars and stops at the first that is neither.
    static func isConnector(_ text: String) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars where scalar != " " && scalar != "\u{3000}" {
            guard arrows.contains(scalar) else { return false }
            count += 1
            if count > 2 { return false }
        }
        return count > 0
    }

    /// `lines` of one box, top to bottom, with a connector standing wholly right of the others
    /// (in the gap to the next box) moved after them.
    static func readLast(_ lines: [TextLine]) -> [TextLine] {
        let text = lines.filter { !isConnector($0.text) }
        guard text.count < lines.count, let right = text.map(\.box.x1).max() else { return lines }
        let gap = lines.filter { isConnector($0.text) && $0.box.x0 >= right - 0.5 }
        guard !gap.isEmpty else { return lines }
        return lines.filter { line in !gap.contains { $0.box == line.box } } + gap
    }
}
