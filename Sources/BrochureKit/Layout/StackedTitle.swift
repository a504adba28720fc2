/// A section title broken into two or three short lines centred on each other (`採用` / `予定`,
/// `職場の` / `取組`), as brochures set them in circles or tabs in body type.
///
/// Each line alone names nothing, so rules that look for a heading line (the gutter between
/// two columns' headings) would miss it; joined they name a section.
enum StackedTitle {
    /// Whether `lines`, top to bottom, are one stacked title: short, horizontal, centred on the
    /// first, the first not naming a section alone (else it is the heading and the rest its
    /// text) and all of them joined naming one.
    static func names(_ lines: [TextLine]) -> Bool {
        guard (2...3).contains(lines.count), lines.allSatisfy({ $0.orientation == .horizontal && $0.text.count <= 6 }),
            case let middle = lines[0].box.midX, lines.allSatisfy({ abs($0.box.midX - middle) <= 0.5 * $0.box.height })
        else { return false }
        return SectionKind.opened(by: lines[0].text) == nil && SectionKind.opened(by: lines.map(\.text).joined()) != nil
    }

    /// Whether a block (not a table) is one stacked title: a heading for segmenting and ordering.
    static func names(_ block: Block) -> Bool {
        block.table == nil && names(block.lines)
    }

    /// The page's stacked titles: for each line of one, the box of the whole title.
    ///
    /// Lines follow each other within half a line's height, in the same type, with nothing
    /// else of the page between them; the title takes as many lines (up to three) as name a
    /// section together.
    static func find(in lines: [TextLine]) -> [Int: Rect] {
        let short = lines.indices.filter { lines[$0].orientation == .horizontal && lines[$0].text.count <= 6 }
        guard short.count >= 2 else { return [:] }
        var found: [Int: Rect] = [:]
        for first in short where found[first] == nil {
            var stack = [first]
            while stack.count < 3, let last = stack.last,
                let next = short.first(where: { j in
                    let above = lines[last].box, below = lines[j].box
                    return found[j] == nil && !stack.contains(j) && below.y0 >= above.midY && below.y0 - above.y1 <= 0.5 * above.height
                        && abs(below.midX - above.midX) <= 0.5 * above.height
                        && abs(lines[j].fontSize - lines[last].fontSize) <= 0.1 * lines[last].fontSize
                })
            {
                stack.append(next)
                if names(stack.map { lines[$0] }) {
                    let box = stack.dropFirst().reduce(lines[first].box) { $0.union(lines[$1].box) }
                    for i in stack { found[i] = box }
                    break
                }
            }
        }
        return found
    }
}
