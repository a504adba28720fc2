/// Stacks lines into paragraphs and headings.
///
/// A line continues the block above it when it sits one line-space below, shares the
/// block's left edge or overlaps it, and has the same size and heading-ness. Headings are
/// told by size and weight against the page's body text, and by 【…】 brackets.
struct BlockBuilder {
    /// The page's body font size: the size most glyphs are set in.
    let bodySize: Double
    let verticalPage: Bool

    func build(_ lines: [TextLine]) -> [Block] {
        var blocks: [Block] = []
        let horizontal = lines.filter { $0.orientation == .horizontal }.sorted {
            $0.box.y0 != $1.box.y0 ? $0.box.y0 < $1.box.y0 : $0.box.x0 < $1.box.x0
        }
        for line in horizontal {
            let heading = isHeading(line)
            // A short line behind a mark, tight under longer lines behind the same mark, is the
            // next item of their list (`■ 名鉄岐阜駅からバスで約25分` after `■ JR岐阜駅から…`), no heading.
            let markedItem = heading && line.fontSize < 1.18 * bodySize && !line.text.hasPrefix("【")
            var best: (index: Int, gap: Double)? = nil
            for (i, block) in blocks.enumerated()
            where (block.kind == .heading) == heading
                || markedItem && block.kind != .heading && block.lines.last.map({ $0.text.first == line.text.first }) == true
            {
                guard let last = block.lines.last, last.orientation == .horizontal else { continue }
                let em = max(last.box.height, line.box.height)
                let gap = line.box.y0 - last.box.y1
                guard gap > -0.3 * em, gap <= 0.9 * em, Self.sameFamily(line.fontName, last.fontName),
                    abs(line.fontSize - last.fontSize) <= 0.15 * max(line.fontSize, last.fontSize),
                    // (A line set larger and indented under a caption is the first item's name.)
                    !(line.fontSize >= 1.05 * last.fontSize && line.box.x0 >= last.box.x0 + 0.3 * em),
                    abs(line.box.x0 - block.box.x0) <= 1.6 * em
                        || line.box.xOverlap(last.box) >= 0.6 * min(line.box.width, last.box.width)
                else { continue }
                if best == nil || gap < best!.gap { best = (i, gap) }
            }
            if let best {
                blocks[best.index].lines.append(line)
                blocks[best.index].box = blocks[best.index].box.union(line.box)
            } else {
                blocks.append(Block(kind: heading ? .heading : .paragraph, box: line.box, lines: [line]))
            }
        }
        blocks += verticalBlocks(lines.filter { $0.orientation == .vertical })
        return blocks.map(classifyList)
    }

    /// Vertical lines: headings on a horizontal page, paragraphs read right to left on a vertical one.
    ///
    /// A passage set vertically on a horizontal page (a governor's message in 縦書き beside the
    /// figures) is a paragraph too: three lines or more side by side from one top, each but the
    /// last at least six characters long. Vertical headings and a table's vertical column heads
    /// are short, or stand apart; short lines close side by side from one top in two sizes or
    /// more are a panel of items (`panels`).
    private func verticalBlocks(_ lines: [TextLine]) -> [Block] {
        let passages = columnsRightToLeft(lines)
        guard verticalPage else {
            var single: [TextLine] = []
            var blocks = passages.flatMap { block -> [Block] in
                let long = block.lines.dropLast().allSatisfy { $0.text.count >= 6 }
                if block.lines.count >= 3 && long { return [block] }
                single += block.lines
                return []
            }
            for panel in Self.panelRows(Self.panels(single)) {
                // (Items of a panel name themselves in larger type: a table's upright column
                // heads, close side by side from one top, are set in one.)
                let sizes = panel.map(\.fontSize)
                if panel.count >= 3, let small = sizes.min(), let large = sizes.max(), large >= 1.1 * small {
                    blocks.append(Block(kind: .paragraph, box: Rect.enclosing(panel.map(\.box))!, lines: panel))
                } else {
                    blocks += panel.map { Block(kind: $0.text.count <= 14 ? .heading : .paragraph, box: $0.box, lines: [$0]) }
                }
            }
            return blocks
        }
        return passages
    }

    /// Short vertical lines set close side by side from one top, whatever their type: items
    /// of a panel set upright (`育児休業` / `子が3歳に達するまで` / `男女とも取得できます`), read right
    /// to left.
    static func panels(_ lines: [TextLine]) -> [[TextLine]] {
        var panels: [[TextLine]] = []
        for line in lines.sorted(by: { $0.box.x1 > $1.box.x1 }) {
            let index = panels.firstIndex { panel in
                let last = panel.last!
                let em = min(last.box.width, line.box.width)
                let gap = last.box.x0 - line.box.x1
                return gap > -0.3 * em && gap <= 0.8 * em && abs(last.box.y0 - line.box.y0) <= 0.3 * em
            }
            if let index { panels[index].append(line) } else { panels.append([line]) }
        }
        return panels
    }

    /// Panels of three lines or more side by side from one top, less than 2.5 em apart, as one:
    /// the items of one panel (`育児休業` …, then `介護休暇` …), read right to left.
    static func panelRows(_ panels: [[TextLine]]) -> [[TextLine]] {
        var rows: [[TextLine]] = []
        for panel in panels {
            let first = panel[0]
            let index = panel.count < 3 ? nil : rows.firstIndex { row in
                let last = row.last!
                let em = min(last.box.width, first.box.width)
                let gap = last.box.x0 - first.box.x1
                return row.count >= 3 && gap > 0 && gap <= 2.5 * em && abs(last.box.y0 - first.box.y0) <= 0.3 * em
            }
            if let index { rows[index] += panel } else { rows.append(panel) }
        }
        return rows
    }

    /// Vertical lines grouped into paragraphs read right to left: each line joins the block whose
    /// last line stands just right of it, from about the same top, in the same type.
    private func columnsRightToLeft(_ lines: [TextLine]) -> [Block] {
        var blocks: [Block] = []
        for line in lines.sorted(by: { $0.box.x1 > $1.box.x1 }) {
            let em = line.box.width
            let index = blocks.firstIndex { block in
                guard let last = block.lines.last else { return false }
                let gap = last.box.x0 - line.box.x1
                return gap > -0.3 * em && gap <= 1.2 * em && abs(last.box.y0 - line.box.y0) <= 2.5 * em
                    && abs(last.fontSize - line.fontSize) <= 0.15 * max(last.fontSize, line.fontSize)
            }
            if let index {
                blocks[index].lines.append(line)
                blocks[index].box = blocks[index].box.union(line.box)
            } else {
                blocks.append(Block(kind: .paragraph, box: line.box, lines: [line]))
            }
        }
        return blocks
    }

    /// Whether two font names are one typeface: a title set in Gothic over body text in
    /// Mincho is its own block. Subset prefixes (`ABCDEF+`) and styles after a comma or hyphen
    /// are ignored; unknown names never split. Lines of one page mostly share a font, so equal
    /// names are answered before any splitting (it was 2.5% of `extract` on long documents).
    static func sameFamily(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        func family(_ name: String) -> Substring {
            let base = name.split(separator: "+").last ?? Substring(name)
            return base.split(whereSeparator: { $0 == "," || $0 == "-" }).first ?? base
        }
        return a.isEmpty || b.isEmpty || family(a) == family(b)
    }

    func isHeading(_ line: TextLine) -> Bool {
        let text = line.text
        // (Every line is asked: lengths are bounded without counting every character, and the
        // first mark is looked up as a scalar.)
        let first = text.unicodeScalars.first
        if first == "【", CharacterBound.atMost(30, text), let close = text.firstIndex(of: "】") {
            // 【採用窓口】 heads a section; 【TEL】 and 【e-mail】 label a value.
            let label = text[text.index(after: text.startIndex)..<close]
            if label.unicodeScalars.contains(where: Script.isCJK) { return true }
        }
        if line.fontSize >= 1.18 * bodySize && CharacterBound.atMost(40, text) { return true }
        // `■採用実績`, `◆研修制度`, `＜配属実績＞`: a short line behind a heading mark.
        if let first, Self.headingMarks.contains(first), CharacterBound.atMost(20, text), !text.unicodeScalars.contains("。") { return true }
        return false
    }

    private static let headingMarks = Set("■◆▼▶●＜〈《".unicodeScalars)

    private static let bullets: Set<Character> = Set("・●○■□◆◇▪•※").union((0x2460...0x2473).compactMap { Unicode.Scalar($0).map(Character.init) })

    private func classifyList(_ block: Block) -> Block {
        guard block.kind == .paragraph, block.lines.count >= 2 else { return block }
        let marked = block.lines.filter { $0.text.first.map(Self.bullets.contains) ?? false }.count
        var result = block
        if marked * 2 >= block.lines.count { result.kind = .list }
        return result
    }
}
