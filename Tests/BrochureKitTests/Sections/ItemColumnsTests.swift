import Testing

@testable import BrochureKit

/// Initiatives and support systems set as columns: item numbers set apart from their titles,
/// and a grid of names (each with a note in brackets under it) beside a column of texts.
@Suite("Item columns")
struct ItemColumnsTests {
    typealias L = LooseLayoutsTests

    /// Numbered initiatives as the layout reads them: the first number joined to its title,
    /// the others (set large, left of their titles) read before the column of titles and texts.
    static let numbered: [(page: Int, block: Block)] = [
        L.block("01 地域に飛び込む現地調査", x: 30, y: 177),
        L.block("02", x: 30, y: 229, size: 14, kind: .heading), L.block("03", x: 30, y: 281, size: 14, kind: .heading),
        L.block("若手職員が全国の観光地を訪ね、施策の種を探します。", x: 54, y: 198),
        L.block("テレワークとフレックス", x: 54, y: 233),
        L.block("在宅勤務とフレックスタイム制を組み合わせています。", x: 54, y: 250),
        L.block("庁内公募プロジェクト", x: 54, y: 285),
        L.block("部署を越えて集まった職員が自由に提案できます。", x: 54, y: 302),
    ]

    @Test("A bare item number set larger than the section's heading does not close the section")
    func bareNumberKeepsSection() {
        let heading = L.block("働き方の取組", x: 38, y: 157, size: 11, kind: .heading).block
        let page = PageLayout(number: 1, width: 842, height: 595, bodyFontSize: 9, isVertical: false, blocks: [heading] + Self.numbered.map(\.block))
        let layout = DocumentLayout.onePage(page)
        let parts = SectionSegmenter().segment(layout)
        #expect(parts.map(\.kind) == [.initiatives])
        #expect(parts.first?.blocks.count == Self.numbered.count)
        #expect(TitledParagraphs.isBareMarker(L.block("◆", x: 0, y: 0).block) && !TitledParagraphs.isBareMarker(L.block("二十", x: 0, y: 0).block))
    }

    @Test("A bare item number is no title and no part of one: the titles beside the numbers name the items")
    func bareNumbersSkipped() {
        let items = TitledParagraphs().split(L.part(.initiatives, "働き方の取組", Self.numbered))
        #expect(items.map(\.title) == ["地域に飛び込む現地調査", "テレワークとフレックス", "庁内公募プロジェクト"])
    }

    @Test("A number set before a title on its line is dropped before the spaces are (01 地域… is 地域…)")
    func numberOnTitleLine() {
        let items = TitledParagraphs().split(L.part(.initiatives, "働き方の取組", [
            L.block("01 地域に飛び込む現地調査", x: 30, y: 177), L.block("若手職員が全国の観光地を訪ね、施策の種を探します。", x: 54, y: 198),
        ]))
        #expect(items.map(\.title) == ["地域に飛び込む現地調査"])
    }

    @Test("Names with a bracketed note under each, under a 制度 header, beside texts under 内容: paired in order, the note joining the text")
    func namesWithNotes() {
        func named(_ name: String, _ note: String, y: Double) -> (page: Int, block: Block) {
            let lines = [L.block(name, x: 78, y: y).block.lines[0], L.block(note, x: 78, y: y + 11.6).block.lines[0]]
            return (1, Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines))
        }
        let blocks = [
            L.block("仕事と家庭の両立支援制度", x: 74, y: 190), L.block("制度", x: 125, y: 213),
            named("育児休業", "（子が3歳に達するまで）", y: 232), named("育児時間", "（1日2時間まで）", y: 262), named("介護休暇", "（通算6月まで）", y: 292),
            L.block("内容", x: 366, y: 213),
            L.block("男女を問わず取得でき、復帰後の面談も行います。", x: 198, y: 237),
            L.block("小学校就学前の子の送り迎えなどに利用できます。", x: 198, y: 268),
            L.block("要介護の家族1人につき、3回まで分割できます。", x: 198, y: 298),
        ]
        let items = TitledParagraphs().split(L.part(.supportSystems, "両立支援", blocks))
        #expect(items.map(\.title) == ["育児休業", "育児時間", "介護休暇"])
        #expect(items.first?.text == "男女を問わず取得でき、復帰後の面談も行います。(子が3歳に達するまで)")
    }

    /// A paragraph of `lines`, one under the other from `y`, each as wide as its text.
    static func paragraph(_ lines: [String], y: Double) -> (page: Int, block: Block) {
        let textLines = lines.enumerated().map { i, text in
            TextLine(text: text, box: Rect(x0: 40, y0: y + Double(i) * 12, x1: 40 + Double(text.count) * 9, y1: y + Double(i) * 12 + 9),
                     fontSize: 9, isBold: false, orientation: .horizontal)
        }
        return (1, Block(kind: .paragraph, box: Rect.enclosing(textLines.map(\.box))!, lines: textLines))
    }

    @Test("A caption over marked items is no half of the first title; a `期間：` line under a title is its text")
    func markedItemsWithFields() {
        let items = TitledParagraphs().split(L.part(.supportSystems, "両立支援", [
            L.block("仕事と家庭の両立を支える制度", x: 40, y: 100),
            L.block("■育児休業", x: 40, y: 120, size: 10, kind: .heading),
            Self.paragraph(["期間：子が3歳に達するまで", "男女とも取得でき、昨年度は男性職員の取得率が8割を超えま", "した。"], y: 135),
            L.block("■介護休暇", x: 40, y: 180, size: 10, kind: .heading),
            Self.paragraph(["期間：通算6月まで", "要介護の家族1人につき、3回まで分割して取得できます。"], y: 195),
            Self.paragraph(["参考：両立支援ハンドブック"], y: 230),
        ]))
        #expect(items.map(\.title) == ["育児休業", "介護休暇"])
        #expect(items.first?.text == "期間:子が3歳に達するまで男女とも取得でき、昨年度は男性職員の取得率が8割を超えました。")
        // After an item's text a labelled line is a note: it does not join the item.
        #expect(items.last?.text == "期間:通算6月まで要介護の家族1人につき、3回まで分割して取得できます。")
    }

    @Test("A `制度 | 期間 | 内容` grid read column by column: each name takes its period and its text")
    func namesPeriodsTexts() {
        let blocks: [(page: Int, block: Block)] = [
            L.block("制度", x: 97, y: 87), L.block("産前・産後休暇", x: 54, y: 112), L.block("育児休業", x: 54, y: 143), L.block("育児時間", x: 54, y: 174),
            L.block("期間", x: 222, y: 87),
            Self.paragraph(["産前6週間（多胎妊娠の場合は14週", "間）・産後8週間"], y: 106), L.block("子が3歳に達するまで", x: 164, y: 143), L.block("1日2時間まで", x: 164, y: 174),
            L.block("内容", x: 414, y: 87),
            Self.paragraph(["出産予定日の6週間前から請求により取得できます。産後8週", "間は就業できません。"], y: 106),
            Self.paragraph(["男女とも取得でき、2回まで分割して取得することもできま", "す。"], y: 137),
            Self.paragraph(["勤務時間の始めや終わりに、30分単位で勤務しないことがで", "きます。"], y: 168),
            L.block("Q&A", x: 60, y: 277, size: 12, kind: .heading),
        ]
        let items = TitledParagraphs().split(L.part(.supportSystems, "両立支援", blocks))
        #expect(items.prefix(3).map(\.title) == ["産前・産後休暇", "育児休業", "育児時間"])
        #expect(items.dropFirst().first?.text == "男女とも取得でき、2回まで分割して取得することもできます。子が3歳に達するまで")
    }

    @Test("Names with their periods set apart on the line, or a period over the text below the name: one item each")
    func namesWithPills() {
        let items = TitledParagraphs().split(L.part(.supportSystems, "両立支援制度", [
            Self.paragraph(["産前・産後休暇 産前6週間・産後8週間", "多胎妊娠の場合、産前は14週間取得できます。"], y: 50),
            L.block("配偶者出産休暇", x: 40, y: 84),
            Self.paragraph(["2日", "妻の出産に伴う入院や付添いに使えます。"], y: 96),
            Self.paragraph(["子の看護休暇 年5日（子が2人以上の場合は10日）", "子の病気や予防接種の付添いに使えます。"], y: 130),
        ]))
        #expect(items.map(\.title) == ["産前・産後休暇産前6週間・産後8週間", "配偶者出産休暇", "子の看護休暇年5日(子が2人以上の場合は10日)"])
        #expect(items.map { SupportSystem.splitPeriod($0.spacedTitle).name } == ["産前・産後休暇", "配偶者出産休暇", "子の看護休暇"])
        #expect(items[1].text == "2日妻の出産に伴う入院や付添いに使えます。")
    }
}
