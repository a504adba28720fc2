/// A support system's period set apart from its name (under it, beside it as a figure, in a ribbon): kept with that item, not taken for the next one's title.
extension TitledParagraphs {
    /// Whether `line` is the period of the support system `item` still waiting for its text,
    /// straight under its name in a type of its own, flush with it or right of it (a card's
    /// `結婚休暇` over `連続する5日以内`). Short and without a full stop, it would otherwise pass
    /// for the next card's name; a caption over a list is no period. The type may be smaller
    /// or larger: a card may set its period as an accent bigger than the name (`育児休業` over
    /// `子が3歳まで` in 11 pt), which the layout then calls a heading. A line in the name's own
    /// type may be the next card's name and is left to be one.
    static func periodUnder(_ item: Item, _ line: TextLine, page: Int) -> Bool {
        let em = max(line.box.height, 1)
        guard item.text.isEmpty, item.titleSize > 0, item.page == page, abs(line.fontSize - item.titleSize) > 0.25,
            line.box.y0 >= item.box.y1 - 1, line.box.y0 - item.box.y1 <= 1.5 * em, line.box.x0 >= item.box.x0 - 0.5 * em
        else { return false }
        let text = Normalized.compact(line.text)
        let split = SupportSystem.splitPeriod(line.text)
        return SupportSystem.isPeriod(text) && (split.period == nil || SupportSystem.isPeriod(split.name))
    }

    /// Whether `line`, a line alone, is the period of the support system `item` still waiting
    /// for its text, set as a big figure on the card, larger than the name (`介護休暇` in
    /// 10.5 pt then `6か月` in 15 pt): a length of time is no second line of a name. (One in
    /// the text's type, `配偶者出産休暇` then `2日以内`, is the text itself. A qualifier over its
    /// figure, `最大` then `3年`, makes a length of time with it, no name: that item is dropped
    /// when the support systems are read, `ParsedPart`.)
    static func figureAfterName(_ item: Item, _ line: TextLine) -> Bool {
        let text = Normalized.compact(line.text)
        return item.text.isEmpty && item.titleSize > 0 && line.fontSize > item.titleSize + 0.25
            && SupportSystem.isDurationValue(text) && !SupportSystem.isDurationValue(item.title + text)
    }

    /// Whether a block of two lines is a support system's name over its period (`育児休業` /
    /// `子が3歳に達するまで`, right-aligned under it in smaller type), no title wrapped onto a
    /// second line: a wrapped title keeps its type size, and its second half is no period.
    /// Its name is a title however wide its period runs (`育児短時間勤務` over `小学校就学前まで`,
    /// as wide as the name): a short first line over a long one is not the only sign of one.
    static func nameOverPeriod(_ block: Block) -> Bool {
        guard block.lines.count == 2, case let name = block.lines[0], case let period = block.lines[1],
            period.fontSize < name.fontSize - 0.25, period.box.y0 >= name.box.y1 - 1
        else { return false }
        return SupportSystem.isPeriod(Normalized.compact(period.text)) && !SupportSystem.isPeriod(Normalized.compact(name.text))
    }

    /// Whether `line` is the period of the support system `item`, set in a ribbon at the foot
    /// of its card after its text (`子が3歳に達するまで` under `男性職員の…`): a period alone on
    /// its line, in smaller type than the name, under the item's text and within its width.
    /// Short and without a full stop, it would otherwise pass for the next card's name.
    static func ribbonBelow(_ item: Item, _ line: TextLine, page: Int) -> Bool {
        let em = max(line.box.height, 1)
        guard !item.text.isEmpty, item.titleSize > 0, item.page == page, line.fontSize < item.titleSize - 0.25,
            line.box.y0 >= item.box.y1 - 1, line.box.x0 >= item.box.x0 - em, line.box.x1 <= item.box.x1 + em
        else { return false }
        let text = Normalized.compact(line.text)
        // (Not a name with its period in brackets or set apart, `介護休暇（通算6月）`, `育児休業　子が
        // 3歳に達するまで`; `年5日（2人以上は10日）` is a period.)
        let split = SupportSystem.splitPeriod(line.text)
        return SupportSystem.isPeriod(text) && (split.period == nil || SupportSystem.isPeriod(split.name))
    }
}
