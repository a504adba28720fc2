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
        guard (2...3).contains(lines.count), lines.allSatisfy({ $0.orientation == .horizontal && CharacterBound.atMost(6, $0.text) }),
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
        // (Every page is asked: figures, a table's cells, are turned away first, and the lines
        // under one are looked for in order of height, not among all of the page's.)
        let short = lines.indices.filter {
            lines[$0].orientation == .horizontal && CharacterBound.atMost(6, lines[$0].text) && !lines[$0].text.contains(where: { $0.isASCII && $0.isNumber })
        }.sorted { lines[$0].box.y0 < lines[$1].box.y0 }
        guard short.count >= 2 else { return [:] }
        var found: [Int: Rect] = [:]
        for (start, first) in short.enumerated() where found[first] == nil {
            var stack = [first]
            while stack.count < 3, let last = stack.last {
                let above = lines[last].box
                var next: Int? = nil
                for j in short[(start + 1)...] {
                    let below = lines[j].box
                    if below.y0 - above.y1 > 0.5 * above.height { break }
                    if found[j] == nil && !stack.contains(j) && below.y0 >= above.midY
                        && abs(below.midX - above.midX) <= 0.5 * above.height
                        && abs(lines[j].fontSize - lines[last].fontSize) <= 0.1 * lines[last].fontSize
                    {
                        next = j
                        break
                    }
                }
                guard let next else { break }
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
