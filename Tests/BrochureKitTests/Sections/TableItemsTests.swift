import Testing

@testable import BrochureKit

/// Support systems and initiatives set as tables.
@Suite("Items in tables")
struct TableItemsTests {
    static func titles(_ rows: [[String]], header: Int) -> [String] {
        var part = HiringParserTests.part(rows, header: header)
        part.kind = .supportSystems
        return TitledParagraphs().split(part).map(\.title)
    }

    @Test("Three columns under a header that names them (制度 | 期間 | 内容): one item per row")
    func namedColumns() {
        #expect(Self.titles([
            ["制度", "期間", "内容"],
            ["育児休業", "子が３歳に達するまで", "男女とも取得でき、２回まで分割できます。"],
            ["介護休暇", "通算６月以内", "３回まで分割して取得できます。"],
        ], header: 1) == ["育児休業", "介護休暇"])
        #expect(Self.titles([
            ["制度", "対象", "期間・内容"],
            ["育児時間", "小学校就学前の子を養育する職員", "１日２時間以内"],
        ], header: 1) == ["育児時間"])
    }

    @Test("A row of framed boxes, each a name over its text: one item per column")
    func boxesSideBySide() {
        #expect(Self.titles([
            ["育児休業", "育児短時間勤務", "子の看護休暇"],
            ["子が３歳に達するまで", "小学校就学前まで、勤", "年５日（子が２人以上"],
            ["取得可能", "務時間を短縮可能", "は10日）"],
        ], header: 1) == ["育児休業", "育児短時間勤務", "子の看護休暇"])
        // Figures in columns are no boxes of text.
        #expect(Self.titles([["令和5年度", "令和6年度", "令和7年度"], ["", "3", "4"]], header: 1).isEmpty)
        #expect(Self.titles([["令和5年度", "令和6年度", "令和7年度"], ["2名", "3名", "4名"], ["1名", "1名", "2名"]], header: 1).isEmpty)
    }

    @Test("A band of life stages over the names (a chevron row): the names are the titles, the stages group them")
    func stagesOverNames() {
        #expect(Self.titles([
            ["妊娠", "出産", "育児", "介護"],
            ["妊娠中の通勤緩和", "出産休暇", "育児休業", "介護休暇"],
            ["1日1時間以内", "産前8週間・産後8週間", "子が3歳に達するまで", "通算6か月"],
            ["混雑を避けて出勤できます。", "有給の休暇です。", "男性も取得しています。", "分けて取得できます。"],
        ], header: 1) == ["妊娠中の通勤緩和", "出産休暇", "育児休業", "介護休暇"])
        // Names of boxes that happen to be short are no band of stages.
        #expect(Self.titles([
            ["テレワーク", "時差出勤", "フレックス"],
            ["自宅で勤務できます。", "出勤時刻を選べます。", "勤務時間を調整できます。"],
            ["週2回まで", "7時から", "コアタイムなし"],
        ], header: 1) == ["テレワーク", "時差出勤", "フレックス"])
    }

    @Test("Two columns read as before: one item per row")
    func twoColumns() {
        #expect(Self.titles([["制度", "内容"], ["育児休業", "子が３歳まで"], ["介護休暇", "通算６月以内"]], header: 1) == ["育児休業", "介護休暇"])
    }

    /// A support section of one-line names, each followed by a block of two wrapped lines.
    static func titles(blocks: [[String]]) -> [String] {
        let parts = blocks.enumerated().map { i, lines in
            let box = Rect(x0: 40, y0: 100 + Double(i) * 40, x1: 120, y1: 100 + Double(i) * 40 + Double(lines.count) * 12)
            return (1, Block(kind: .paragraph, box: box, lines: lines.enumerated().map { k, text in
                TextLine(text: text, box: Rect(x0: 40, y0: box.y0 + Double(k) * 12, x1: 40 + 8 * Double(text.count), y1: box.y0 + Double(k) * 12 + 8),
                         fontSize: 8, isBold: false, orientation: .horizontal)
            }))
        }
        let part = SectionSegmenter.Part(kind: .supportSystems, heading: "両立支援制度", headingSize: 11, blocks: parts, page: 1)
        return TitledParagraphs().split(part).map(\.title)
    }

    @Test("Two short lines straight after a name are its text, not a title set on two lines")
    func twoLinesUnderAName() {
        #expect(Self.titles(blocks: [["育児休業"], ["子が３歳に達するまで", "取得可能"], ["介護休暇"], ["通算６月以内、３回ま", "で分割可能"]]) == ["育児休業", "介護休暇"])
        // A title on two lines after an item's text is still one title.
        #expect(Self.titles(blocks: [["育児休業"], ["子が３歳に達するまで取得できます。"], ["育児短時間", "勤務"], ["勤務時間を短縮できます。"]])
            == ["育児休業", "育児短時間勤務"])
    }

    @Test("Steps of a career path (１～２年目) set among a section's items are not items", arguments: [
        ("１～２年目", true), ("11年目～", true), ("入庁10年目以降", true), ("テレワーク", false), ("3年目研修", false),
    ])
    func careerSteps(_ title: String, _ isStep: Bool) {
        #expect(TitledParagraphs.isCareerStep(title) == isStep)
    }

    @Test("A column of names read before the column of their texts: paired in order when the counts match")
    func namesBeforeTexts() {
        #expect(Self.titles(blocks: [["◇産前・産後休暇"], ["◇育児休業"], ["◇介護休暇"], ["産前６週間、産後８週間の特別休暇です。"],
                                     ["子が３歳に達するまで取得できます。"], ["通算６月以内の期間で取得できます。"]])
            == ["産前・産後休暇", "育児休業", "介護休暇"])
        // Two names and one text: left as before (the text goes with the name just above it).
        #expect(Self.titles(blocks: [["■テレワーク"], ["■フレックス"], ["全職員が利用できます。"]]) == ["フレックス"])
    }
}
