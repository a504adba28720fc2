extension RunningFurniture {
    /// Marks a running title set on a page after the first, in its top or bottom margin: the
    /// publication's name repeated from the cover's masthead in small type (`宇都宮市職員採用ガイド
    /// 2026` over page 2 under the masthead `宇都宮市 職員採用ガイド`), which a two-page brochure
    /// prints once only, so no repeat across pages finds it.
    ///
    /// Every word of it but figures (a year, a page number) is a run of at least two
    /// characters found in the first page's masthead (its blocks in the top eighth), and it is
    /// set smaller than the masthead's largest line by a fifth at least: a repeated masthead
    /// (a next brochure's cover) is as large as the first.
    static func markTitles(_ pages: inout [PageLayout]) {
        guard pages.count >= 2, let first = pages.first, first.number == 1, first.height > 0 else { return }
        let masthead = first.blocks.filter { !$0.isFurniture && inMasthead($0, first) }
        let title = Normalized.compact(masthead.flatMap(\.lines).map(\.text).joined())
        guard let size = masthead.flatMap(\.lines).map(\.fontSize).max(), !title.isEmpty else { return }
        for p in pages.indices.dropFirst() {
            let page = pages[p]
            for b in page.blocks.indices {
                let block = page.blocks[b]
                guard !block.isFurniture, block.table == nil, block.lines.count == 1, inBand(block, page),
                    block.lines[0].fontSize <= 0.8 * size, repeats(title, block.lines[0].text)
                else { continue }
                pages[p].blocks[b].kind = block.box.midY < page.height / 2 ? .header : .footer
            }
        }
    }

    /// Whether a block stands in the cover's masthead: the top eighth of the first page. (Pages
    /// kept as text keep such a block as one line of its printed text, which is all read of it
    /// here but for its size, which the masthead's largest line, in the top tenth, gives.)
    static func inMasthead(_ block: Block, _ page: PageLayout) -> Bool {
        page.number == 1 && block.box.y1 <= page.height * 0.12
    }

    /// Whether every word of `text` but figures is found in `title`, two characters or more each.
    static func repeats(_ title: String, _ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace).map { Normalized.compact(String($0)) }.filter { word in
            word.contains { $0.isLetter }
        }
        return !words.isEmpty && words.reduce(0) { $0 + $1.count } >= 4
            && words.allSatisfy { $0.count >= 2 && title.contains($0) }
    }
}
