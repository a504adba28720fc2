/// A table whose only title is a numbered caption set under it (`表1 採用者数の推移`).
extension SectionSegmenter {
    /// The blocks just read that belong to the section a caption under them opens: the table
    /// right above a caption numbering it (`表2 令和7年度採用者の配属先`, or `表1` set apart
    /// before `採用者数の推移`), and that number. Read in order, the table comes before the
    /// caption that names its section, so without this it is left to the section above.
    static func tableCaptioned(by caption: Block, text: String, recent: [(page: Int, block: Block)], page: Int) -> [(page: Int, block: Block)] {
        var taken: [(page: Int, block: Block)] = []
        var rest = recent[...]
        if !opensWithTableNumber(text) {
            guard let number = rest.last, number.block.table == nil, number.block.lines.count == 1,
                isTableNumber(number.block.lines[0].text)
            else { return [] }
            taken.append(number)
            rest = rest.dropLast()
        }
        guard let table = rest.last, table.page == page, table.block.table != nil, let line = caption.lines.first else { return [] }
        let gap = caption.box.y0 - table.block.box.y1
        guard gap >= -0.5, gap <= 3 * line.box.height, caption.box.xOverlap(table.block.box) > 0 else { return [] }
        return [table] + taken
    }

    /// Whether `text` opens with a table's number (`表1`, `表 2`, `図表3`).
    static func opensWithTableNumber(_ text: String) -> Bool {
        var rest = Substring(Normalized.compact(text))
        for word in ["図表", "表"] where rest.hasPrefix(word) {
            rest = rest.dropFirst(word.count).drop { $0 == " " }
            return rest.first.map { $0.isASCII && $0.isNumber } ?? false
        }
        return false
    }

    /// Whether `text` is a table's number and nothing else (`表1`).
    static func isTableNumber(_ text: String) -> Bool {
        let compact = Normalized.compact(text).filter { $0 != " " }
        return opensWithTableNumber(compact) && compact.drop { !$0.isNumber }.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
