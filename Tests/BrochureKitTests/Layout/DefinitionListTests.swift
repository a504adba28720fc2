import Testing

@testable import BrochureKit

/// A column of support systems' names, each level with its period and text in a column to
/// its right, under a section heading; an earlier section's item titles at the same edge.
@Suite("Definition lists")
struct DefinitionListTests {
    static let items = [
        ("産前・産後休暇", "産前6週間・産後8週間", "出産のための有給の特別休暇です。"),
        ("育児休業", "子が3歳に達するまで", "男女とも取得できます。"),
        ("介護休暇", "通算6か月", "3回まで分割して取得できます。"),
        ("子の看護休暇", "年5日", "子の看病や予防接種の付添いに使えます。"),
    ]

    static func page() -> PageBuilder {
        var b = PageBuilder()
        b.text("働き方改革", x: 40, y: 40, size: 12, bold: true)
        b.text("◆テレワーク", x: 40, y: 64, size: 8)
        b.text("自宅での勤務を選べます。", x: 52, y: 78, size: 8)
        b.text("◆ペーパーレス", x: 40, y: 96, size: 8)
        b.text("資料の電子化を進めています。", x: 52, y: 110, size: 8)
        b.text("両立支援制度", x: 40, y: 140, size: 12, bold: true)
        for (i, (name, period, text)) in items.enumerated() {
            let y = 166 + Double(i) * 36
            b.text(name, x: 40, y: y, size: 8)
            b.text(period, x: 140, y: y, size: 8)
            b.text(text, x: 140, y: y + 12, size: 8)
        }
        return b
    }

    @Test("Each name is read with its period and text, not the column of names first")
    func namesWithTheirDefinitions() throws {
        let text = LayoutEngine().layout(Self.page().page()).textLines
        for (name, period, body) in Self.items {
            let at = try #require(text.firstIndex(of: name), "\(text)")
            #expect(text.count > at + 2 && text[at + 1] == period && text[at + 2] == body, "\(text)")
        }
        #expect(text.firstIndex(of: "◆ペーパーレス").map { $0 < text.firstIndex(of: "両立支援制度")! } == true)
    }

    @Test("A period level with its name, right of it, is that item's text, not the next item's title")
    func periodBesideName() throws {
        let layout = LayoutEngine().layout(Self.page().page())
        let document = DocumentLayout.onePage(layout)
        let part = try #require(SectionSegmenter().segment(document).first { $0.kind == .supportSystems })
        let items = TitledParagraphs().split(part)
        #expect(items.map(\.title) == Self.items.map(\.0))
        #expect(items.first?.text.hasPrefix("産前6週間・産後8週間") == true)
    }

    /// (An ordering check for a side-headed list. It reads the same whether or not a term paired
    /// with its side heading may head a list (`units[u].count <= 2` in `joiningDefinitions`): that
    /// extension is shown only by holdout4's cao-2025, 288 → 289 facts.)
    @Test("A side-headed definition list reads its first term, then that term's definition, before the heading's kicker")
    func firstTermBesideSideHeading() throws {
        typealias S = SidebarEndingAboveTests
        let blocks = [
            S.block("両立支援", (68, 192, 112, 203), kind: .heading), S.block("SUPPORT", (78, 208, 111, 214)),
            S.block("育児休業", (130, 193, 168, 203)), S.block("子が3歳に達するまで取得できます。", (230, 193, 456, 203)),
            S.block("育児短時間勤務", (130, 212, 196, 222)), S.block("勤務時間を短縮して勤務できます。", (230, 212, 540, 222)),
            S.block("子の看護休暇", (130, 231, 186, 241)), S.block("年5日まで取得できます。", (230, 231, 552, 256)),
            S.block("介護休暇", (130, 265, 168, 275)), S.block("通算6月以内の期間で取得できます。", (230, 265, 540, 275)),
        ]
        var generator = SplitMix(seed: 3)
        let order = ReadingOrder(vertical: false).sort(blocks.shuffled(using: &generator)).map { $0.lines[0].text }
        let term = try #require(order.firstIndex(of: "育児休業"))
        #expect(order.count > term + 1 && order[term + 1] == "子が3歳に達するまで取得できます。", "\(order)")
    }

    @Test("A label and number (POINT 1) marks an item; the heading beside it is its title, not its text")
    func pointLabels() {
        typealias L = LooseLayoutsTests
        let part = L.part(.initiatives, "職場の取組", [
            L.block("POINT 1", x: 63, y: 42), L.block("フレックスタイム制度", x: 108, y: 41, kind: .heading),
            L.block("始業・終業の時刻を職員が選べます。", x: 108, y: 58),
            L.block("POINT 2", x: 63, y: 92), L.block("キャリアチャレンジ制度", x: 108, y: 91, kind: .heading),
            L.block("希望するポストに自ら応募できる制度です。", x: 108, y: 108),
        ])
        #expect(TitledParagraphs().split(part).map(\.title) == ["フレックスタイム制度", "キャリアチャレンジ制度"])
        #expect(TitledParagraphs.isBareMarker(L.block("STEP2", x: 0, y: 0).block))
        #expect(!TitledParagraphs.isBareMarker(L.block("テレワーク", x: 0, y: 0).block))
    }

    @Test("Three columns of short lines, each the definitions of the one before: every block is read once")
    func chainedColumnsLoseNothing() {
        typealias S = SidebarEndingAboveTests
        var blocks: [Block] = []
        for row in 0..<4 {
            let y = 100 + Double(row) * 20
            for (c, x) in [40.0, 100, 160].enumerated() {
                blocks.append(S.block("\(c)-\(row)", (x, y, x + 20, y + 8)))
            }
        }
        let order = ReadingOrder(vertical: false).sort(blocks).map { $0.lines[0].text }
        #expect(order.sorted() == blocks.map { $0.lines[0].text }.sorted())
    }

    @Test("Definitions of two lines centred on their one-line terms are read term by term; big one-line figures centred on labels are not definitions")
    func centredDefinitions() {
        typealias S = SidebarEndingAboveTests
        func twoLines(_ a: String, _ b: String, x: Double, y: Double) -> Block {
            let first = S.block(a, (x, y, x + 120, y + 8.5)).lines[0]
            let second = S.block(b, (x, y + 11.5, x + 150, y + 20)).lines[0]
            return Block(kind: .paragraph, box: Rect(x0: x, y0: y, x1: x + 150, y1: y + 20), lines: [first, second])
        }
        var blocks = [S.block("両立支援制度", (40, 174, 97, 183), kind: .heading)]
        for (i, term) in ["育児休業", "育児短時間勤務", "介護休業", "保存休暇"].enumerated() {
            let y = 201 + Double(i) * 31
            blocks.append(S.block(term, (44, y, 44 + Double(term.count) * 8.5, y + 8.5)))
            blocks.append(twoLines("期間\(i)", "内容\(i)", x: 136, y: y - 6))
        }
        let order = ReadingOrder(vertical: false).sort(blocks).map { $0.lines[0].text }
        #expect(order == ["両立支援制度", "育児休業", "期間0", "育児短時間勤務", "期間1", "介護休業", "期間2", "保存休暇", "期間3"], "\(order)")
        // Key figures: a label, then its figure set large on one line, centred on it; a footnote under them.
        var figures: [Block] = []
        for (i, (label, figure)) in [("職員数", "約1,700名"), ("本会議の開会", "年間約70回"), ("会議録の作成", "約4,000ページ")].enumerated() {
            let y = 430 + Double(i) * 31
            figures.append(S.block(label, (44, y, 92, y + 8)))
            figures.append(S.block(figure, (114, y - 3, 232, y + 11)))
        }
        figures.append(twoLines("*1 R8は採用予定数です。", "*2 速記者1名を含みます。", x: 36, y: 539))
        let read = ReadingOrder(vertical: false).sort(figures).map { $0.lines[0].text }
        #expect(read.firstIndex(of: "会議録の作成")! < read.firstIndex(of: "約1,700名")!, "\(read)")
    }

    @Test("Two line names, each level with one line of its route, are read pair by pair; a chart's figures beside their years are not")
    func twoBadgesBesideTheirRoutes() {
        typealias S = SidebarEndingAboveTests
        var blocks = [S.block("アクセス", (40, 359, 104, 370), kind: .heading), S.block("〒305-8517 茨城県つくば市観音台3-1-1", (40, 383, 217, 392))]
        for (i, route) in ["ひたち野うしく駅から関東鉄道バスで約25分", "牛久駅から関東鉄道バスで約30分"].enumerated() {
            let y = 424 + Double(i) * 20
            blocks.append(S.block("JR常磐線", (45, y, 77, y + 8)))
            blocks.append(S.block(route, (88, y - 1, 88 + Double(route.count) * 9, y + 8)))
        }
        let order = ReadingOrder(vertical: false).sort(blocks).map { $0.lines[0].text }
        #expect(order == ["アクセス", "〒305-8517 茨城県つくば市観音台3-1-1", "JR常磐線", "ひたち野うしく駅から関東鉄道バスで約25分", "JR常磐線", "牛久駅から関東鉄道バスで約30分"], "\(order)")
        // A bar chart's values, each level with its year label to the right: figures, not names.
        var chart = [S.block("採用者数の推移", (40, 40, 140, 51), kind: .heading), S.block("総合職の採用者数は毎年増えています。", (40, 60, 220, 68))]
        for (i, (value, year)) in [("27", "R3年度"), ("30", "R4年度")].enumerated() {
            let y = 90 + Double(i) * 20
            chart.append(S.block(value, (45, y, 55, y + 8)))
            chart.append(S.block(year, (66, y, 96, y + 8)))
        }
        let read = ReadingOrder(vertical: false).sort(chart).map { $0.lines[0].text }
        #expect(read.suffix(4) == ["27", "30", "R3年度", "R4年度"], "\(read)")
    }
}

extension DefinitionListTests {
    @Test("Cards titled over their own text in columns side by side are read column by column, no definition list")
    func cardColumns() {
        typealias C = ContactTailOrderTests
        let left = [
            C.block(.heading, "働きやすい職場づくり", 48, 236, 208, 252), C.block(.heading, "●テレワーク", 48, 265, 126, 278),
            C.block(.paragraph, "村外の研修先からも業務ができます。", 61, 285, 265, 297), C.block(.heading, "●島内住宅", 48, 311, 113, 324),
            C.block(.paragraph, "職員住宅を低い家賃で借りられます。", 61, 331, 265, 343),
        ]
        let right = [
            C.block(.heading, "両立支援制度", 336, 236, 432, 252), C.block(.heading, "■育児休業（子が3歳に達するまで）", 336, 265, 552, 278),
            C.block(.paragraph, "取得後は元の職場に戻ります。", 349, 285, 517, 297), C.block(.heading, "■子の看護休暇（年5日まで）", 336, 311, 513, 324),
            C.block(.paragraph, "時間単位で取得できます。", 349, 331, 493, 343),
        ]
        let third = [C.block(.heading, "研修", 624, 236, 656, 252), C.block(.paragraph, "入庁後3か月間は、各課を回る研修を行います。", 624, 265, 888, 299)]
        let top = [C.block(.heading, "令和8年度採用予定", 48, 45, 297, 73), C.block(.paragraph, "区分 試験 職種 採用予定数", 56, 106, 610, 214)]
        let cards = Set((left + right).map { $0.lines[0].text })
        let order = ReadingOrder(vertical: false).sort(top + left + right + third).map { $0.lines[0].text }.filter(cards.contains)
        #expect(order == (left + right).map { $0.lines[0].text })
    }
}
