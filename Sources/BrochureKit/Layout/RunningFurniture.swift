/// Marks running headers, footers and page numbers so later stages can skip them.
///
/// Furniture is text in the top or bottom margin that either repeats at the same height on
/// other pages (digits ignored, so `- 3 -` matches `- 4 -`) or is a bare page number, or the
/// page's number beside a chapter's name (`2 働く環境`, `採用情報 1`); and text in the left or
/// right margin repeated at the same place on other pages (an index of tabs set down the
/// page's edge, `はじめに` `はたらく` `データ` on every page).
enum RunningFurniture {
    static let marginShare = 0.1

    static func mark(_ pages: inout [PageLayout]) {
        var seen: [String: Set<Int>] = [:]
        for page in pages {
            for block in page.blocks where isCandidate(block, page) {
                seen[key(block, page), default: []].insert(page.number)
            }
        }
        let needed = max(2, (pages.count + 1) / 2)
        for p in pages.indices {
            let page = pages[p]
            // Three or more bare numbers side by side number items (`01` `02` `03` over a row
            // of boxes); a page, even a spread, has at most two page numbers at one height.
            let numbers = page.blocks.filter { isCandidate($0, page) && isPageNumber($0) }
            for b in page.blocks.indices {
                let block = page.blocks[b]
                guard isCandidate(block, page) else { continue }
                let repeated = pages.count >= 2 && (seen[key(block, page)]?.count ?? 0) >= needed
                let itemNumber = numbers.filter { $0.box.yOverlap(block.box) > 0 }.count >= 3
                // (A bare number at the page's edge alone numbers an item, not the page.)
                let numbered = inBand(block, page) && (isPageNumber(block) || numbersChapter(block, page))
                if !itemNumber && (repeated && !headsContent(block, page) || numbered) {
                    pages[p].blocks[b].kind = block.box.midY < page.height / 2 ? .header : .footer
                }
            }
        }
        markTitles(&pages)
    }

    /// Whether a block in the bottom margin heads a longer block straight under it: the
    /// label of a contact set in a footer band on every page (`事務系 人事委員会事務局任用課`
    /// over its location, phone and e-mail), content repeated, not a running footer, which
    /// nothing follows.
    private static func headsContent(_ block: Block, _ page: PageLayout) -> Bool {
        guard block.box.midY >= page.height / 2, let line = block.lines.last else { return false }
        return page.blocks.contains { other in
            other.kind != .table && !isCandidate(other, page) && other.box.y0 >= block.box.y1 - 1
                && other.box.y0 - block.box.y1 <= 1.5 * line.em && other.box.xOverlap(block.box) > 0
        }
    }

    /// Whether a block could be marked, whatever its lines say: no table, in a margin. Of a
    /// block that cannot, only the kind and box are read (`headsContent`), so a caller may keep
    /// less of it (`PageLayout.keptForText`).
    static func mayMark(_ block: Block, _ page: PageLayout) -> Bool {
        block.kind != .table && page.height > 0 && (inBand(block, page) || atEdge(block, page))
    }

    private static func isCandidate(_ block: Block, _ page: PageLayout) -> Bool {
        guard block.kind != .table, block.lines.count <= 2, page.height > 0 else { return false }
        return inBand(block, page) || atEdge(block, page)
    }

    /// Whether a block stands in the top or bottom margin.
    static func inBand(_ block: Block, _ page: PageLayout) -> Bool {
        block.box.y1 <= page.height * marginShare || block.box.y0 >= page.height * (1 - marginShare)
    }

    /// Whether a block stands in the left or right margin.
    private static func atEdge(_ block: Block, _ page: PageLayout) -> Bool {
        page.width > 0 && (block.box.x1 <= page.width * marginShare || block.box.x0 >= page.width * (1 - marginShare))
    }

    private static func key(_ block: Block, _ page: PageLayout) -> String {
        let text = String(block.lines.map(\.text).joined().unicodeScalars.map { TableDetector.isDigit($0) ? "#" : Character($0) })
        // Height only: a spread mirrors its footers to the outer corners of facing pages.
        let y = Int((block.box.midY / 12).rounded())
        // (At the page's edge, the side too: a tab at the right edge is not one at the left.)
        let side = atEdge(block, page) ? (block.box.midX < page.width / 2 ? "|L" : "|R") : ""
        return "\(text)|\(y)\(side)"
    }

    /// Whether a block is this page's number and a chapter's name of a few words beside it, one
    /// line: `2 働く環境`, `採用情報 1`, or the number out of the page count, `2 / 3 採用実績`
    /// (which says it numbers pages, so the name may run a little longer: `1 / 3 ようこそ内閣法制局へ`).
    static func numbersChapter(_ block: Block, _ page: PageLayout) -> Bool {
        guard block.lines.count == 1 else { return false }
        let words = block.lines[0].text.split(whereSeparator: \.isWhitespace)
        guard words.count >= 2, words.count <= 4 else { return false }
        for (number, name) in [(words.dropLast(), words[words.count - 1]), (words.dropFirst(), words[0])] {
            let parts = number.joined().split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "／" }.map { Int($0) }
            guard parts.count <= 2, parts[0] == page.number, parts.allSatisfy({ ($0 ?? 0) >= page.number }) else { continue }
            if name.count <= (parts.count == 2 ? 12 : 8) && name.allSatisfy({ $0.isLetter || $0 == "・" }) { return true }
        }
        return false
    }

    /// `3`, `- 3 -`, `－３－`, `3/12`, `p. 3`, `3 ページ`.
    static func isPageNumber(_ block: Block) -> Bool {
        let text = block.lines.map(\.text).joined(separator: " ")
        var digits = 0
        var other = 0
        for scalar in text.unicodeScalars {
            if TableDetector.isDigit(scalar) {
                digits += 1
            } else if !" -‐‑–—－/／.pPageページ頁".unicodeScalars.contains(scalar) {
                other += 1
            }
        }
        return digits >= 1 && digits <= 4 && other == 0
    }
}
