/// A cover's date set on two lines: the year over the month.
extension EditionFinder {
    /// The lines of a block, with a year standing alone on its line joined to the month line
    /// under it (`2026年` over `2月発行` in a seal): the date a cover stacks is one date.
    static func coverLines(_ block: Block) -> [TextLine] {
        var lines = block.lines
        for (i, line) in block.lines.enumerated().dropLast() where isBareYear(line.text) {
            let next = block.lines[i + 1]
            guard next.text.first.map({ $0.isNumber }) == true else { continue }
            var joined = line
            joined.text = line.text.trimmingWhitespace() + next.text.trimmingWhitespace()
            joined.box = line.box.union(next.box)
            lines.append(joined)
        }
        return lines
    }

    /// Whether `text` is a year and nothing else (`2026年`, `令和8年`): a date wanting its month.
    static func isBareYear(_ text: String) -> Bool {
        let text = Normalized.compact(text).filter { $0 != " " }
        guard text.hasSuffix("年"), text.count <= 8 else { return false }
        return standalone(text + "1月") != nil
    }
}
