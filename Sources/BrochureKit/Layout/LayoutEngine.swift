/// Turns one page's glyphs into blocks in reading order.
public struct LayoutEngine: Sendable {
    public init() {}

    /// Lines, tables, blocks and reading order of one page, from its glyphs' geometry only.
    public func layout(_ page: Page) -> PageLayout {
        layout(page, tabs: [])
    }

    /// The page laid out with the lines standing where `tabs` stand (`EdgeTabs`) read last.
    func layout(_ page: Page, tabs: [Rect]) -> PageLayout {
        let body = Self.bodySize(page)
        var layout = laidOut(page, tabs: tabs, body: body)
        // (Counted on the glyphs as poppler gave them, before any are set aside.)
        layout.overlaidGlyphs = OverlaidText.count(page.glyphs, em: body)
        return layout
    }

    private func laidOut(_ page: Page, tabs: [Rect], body: Double? = nil) -> PageLayout {
        let body = body ?? Self.bodySize(page)
        // A huge word printed behind the text is decoration, no text (`BackgroundWord`).
        if let clean = BackgroundWord.removed(from: page, body: body) { return laidOut(clean, tabs: tabs) }
        // So is a page number set large in the outer margin (`EdgeFolio`).
        if let clean = EdgeFolio.removed(from: page, body: body) { return laidOut(clean, tabs: tabs) }
        // A table typed in box-drawing characters is read without its frame (`TextArtRules`).
        if let clean = TextArtRules.removed(from: page) { return laidOut(clean, tabs: tabs) }
        // A spreadsheet's printed row numbers and column letters are no text of the sheet.
        if let clean = SheetHeadings.removed(from: page) { return laidOut(clean, tabs: tabs) }
        // Words set at 45° (angled column headers) are laid level from where they start.
        if let level = DiagonalText.levelled(page) { return laidOut(level, tabs: tabs) }
        // Text tilted a few degrees is turned level where it stands.
        if let level = SkewedText.deskewed(page) { return laidOut(level, tabs: tabs) }
        // Text turned 180° is laid out on a page of its own turned round, and read after the
        // upright text.
        if let (upright, turned) = UpsideDownText.split(page) {
            var layout = laidOut(upright, tabs: tabs)
            layout.blocks += laidOut(turned, tabs: []).blocks
            return layout
        }
        // Text set sideways is laid out on a page of its own turned upright, and read where it
        // stands (`RotatedText.placed`).
        if let (upright, turned, strip) = RotatedText.split(page) {
            var layout = laidOut(upright, tabs: tabs)
            layout.blocks = RotatedText.placed(laidOut(turned, tabs: []).blocks, strip: strip, among: layout.blocks, pageWidth: page.width)
            return layout
        }
        let (lines, tabLines) = EdgeTabs.split(LineBuilder(page: page).build(), at: tabs)
        let verticalGlyphs = lines.filter { $0.orientation == .vertical }.reduce(0) { $0 + $1.text.unicodeScalars.count }  // no spaces are added to vertical lines
        let isVertical = verticalGlyphs * 2 > page.glyphs.count

        // Two pages printed side by side on one sheet are read one after the other; a table
        // running across the fold is read as a band across both, after what is above it.
        let halves = isVertical ? nil : SpreadSplit.fold(lines, width: page.width, height: page.height).map { fold -> [[TextLine]] in
            func split(_ lines: [TextLine]) -> [[TextLine]] { [lines.filter { $0.box.midX < fold }, lines.filter { $0.box.midX >= fold }] }
            guard let band = SpreadBand.across(lines, fold: fold) else { return split(lines) }
            let above = lines.filter { $0.box.midY < band.lowerBound }
            let below = lines.filter { $0.box.midY > band.upperBound }
            return split(above) + [lines.filter { band.contains($0.box.midY) }] + split(below)
        }
        var blocks = (halves ?? [lines]).filter { !$0.isEmpty }.flatMap { orderedBlocks(of: $0, body: body, isVertical: isVertical, height: page.height) }
        if !tabLines.isEmpty { blocks += orderedBlocks(of: tabLines, body: body, isVertical: false, height: page.height) }
        return PageLayout(
            number: page.number, width: page.width, height: page.height, bodyFontSize: body,
            isVertical: isVertical, blocks: blocks)
    }

    /// The blocks of some of a page's lines, in reading order.
    private func orderedBlocks(of lines: [TextLine], body: Double, isVertical: Bool, height: Double) -> [Block] {
        var blocks: [Block] = []
        let vertical = VerticalTable.find(in: lines)
        let rest = vertical.used.isEmpty ? lines : lines.indices.filter { !vertical.used.contains($0) }.map { lines[$0] }
        var found = RegionSegmenter().segment(rest)
        // A header cell left out of its table goes back into it (`StrayHeaderCells`).
        (found.tables, found.rest) = StrayHeaderCells.absorbed(found.tables, rest: found.rest)
        for (table, tableLines) in vertical.tables + found.tables {
            // A row of cards at one pitch is read card by card, not as a table's rows.
            // (Each card in the grid's box, so they are read together where the grid stands, in
            // their order, not interleaved with what lies under it.)
            if let cards = CardColumns.cards(of: table, lines: tableLines) {
                blocks += cards.map { Block(kind: $0.kind, box: table.box, lines: $0.lines) }
                continue
            }
            // Cards of the same fields side by side are a table each, one after the other (`KeyValueCards`).
            if let cards = KeyValueCards.split(table, lines: tableLines) {
                blocks += cards.map { Block(kind: .table, box: table.box, lines: $0.lines.sorted { $0.box.y0 < $1.box.y0 }, table: $0.table) }
                continue
            }
            blocks.append(Block(kind: .table, box: table.box, lines: tableLines.sorted { $0.box.y0 < $1.box.y0 }, table: table))
        }
        blocks += BlockBuilder(bodySize: body, verticalPage: isVertical).build(found.rest)
        if !isVertical { blocks = LevelRows.split(LeaderRows.joiningStepped(LeaderRows.joiningOnGrid(LeaderRows.joining(blocks)))) }
        // A sidebar and the main column beside it are read one after the other, left first.
        if let cut = found.columnCut {
            let order = ReadingOrder(vertical: isVertical, pageHeight: height)
            return order.sort(blocks.filter { $0.box.midX < cut }) + order.sort(blocks.filter { $0.box.midX >= cut })
        }
        return ReadingOrder(vertical: isVertical, pageHeight: height).sort(blocks)
    }

    /// The font size carrying the most glyphs.
    static func bodySize(_ page: Page) -> Double {
        var counts: [Int: Int] = [:]
        for glyph in page.glyphs { counts[Int((glyph.size * 2).rounded()), default: 0] += 1 }
        guard let top = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else {
            return 10
        }
        return Double(top.key) / 2
    }
}
