/// Gives a footnote set at a page's foot (`*1 R8は採用予定数です`) to the section whose table
/// carries its mark (`R8*1`).
///
/// Notes under all of a page's columns are read after the last of them, so they join whatever
/// section that column holds. Their mark says where they belong: a note explaining a planned
/// year belongs to the hiring table that marks the year, whatever section is read last.
enum FootnoteHome {
    /// `parts` with each such note moved to the end of the part whose table on its page
    /// carries the note's mark, when that is another part; unchanged otherwise.
    static func gathered(_ parts: [SectionSegmenter.Part]) -> [SectionSegmenter.Part] {
        var parts = parts
        gather(&parts)
        return parts
    }

    /// `gathered` in place.
    static func gather(_ result: inout [SectionSegmenter.Part]) {
        for i in result.indices {
            var k = result[i].blocks.count - 1
            while k >= 0 {
                let item = result[i].blocks[k]
                k -= 1
                guard item.block.table == nil, let mark = mark(of: item.block),
                    !marks(mark, in: result[i], page: item.page),
                    let home = result.indices.first(where: { $0 != i && marks(mark, in: result[$0], page: item.page) })
                else { continue }
                result[i].blocks.remove(at: k + 1)
                result[home].blocks.append(item)
            }
        }
    }

    /// The mark a note opens with: `*1`, `※2`, `注1` (a mark and one or two digits).
    static func mark(of block: Block) -> String? {
        guard let first = block.lines.first else { return nil }
        let text = Normalized.compact(first.text)
        guard let sign = text.first, "*※注".contains(sign) else { return nil }
        let digits = text.dropFirst().prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return nil }
        let rest = text.dropFirst(1 + digits.count)
        guard let next = rest.first, !(next.isASCII && next.isNumber), !rest.isEmpty else { return nil }
        return String(sign) + digits
    }

    /// Whether a table of `part` on `page` has a cell carrying `mark` (not a longer number).
    static func marks(_ mark: String, in part: SectionSegmenter.Part, page: Int) -> Bool {
        part.blocks.contains { item in
            guard item.page == page, let table = item.block.table else { return false }
            return table.rows.joined().contains { cell in
                let text = Normalized.compact(cell.text)
                guard let range = text.range(of: mark), range.lowerBound > text.startIndex else { return false }
                return range.upperBound == text.endIndex || !(text[range.upperBound].isASCII && text[range.upperBound].isNumber)
            }
        }
    }
}
