import Testing

@testable import BrochureKit

@Suite("Section segmentation")
struct SectionSegmenterTests {
    static func kinds(_ build: (inout PageBuilder) -> Void) -> [SectionKind] {
        var b = PageBuilder()
        build(&b)
        let layout = DocumentLayout.onePage(LayoutEngine().layout(b.page()))
        return SectionSegmenter().segment(layout).map(\.kind)
    }

    @Test("A caption in body type that names a section word (…での…研修) does not open a section; a title does")
    func captionsDoNotOpenSections() {
        let found = Self.kinds { b in
            b.text("働き方改革", x: 40, y: 60, size: 16)
            b.text("警察大学校での初任幹部研修", x: 40, y: 90)
            b.text("フレックスタイム制を全職員が使えるようにしています。", x: 40, y: 110)
            b.text("生活と仕事の両立支援のための制度", x: 40, y: 150)
            b.text("育児休業は子が3歳に達するまで取得できます。", x: 40, y: 170)
        }
        #expect(found == [.initiatives, .supportSystems])
    }

    @Test("A caption in body type that opens with its year (令和8年度 大学卒業程度試験 採用予定数) is as short as its title without the year: it opens its section")
    func datedCaptionOpensSection() {
        let found = Self.kinds { b in
            b.text("配属先", x: 40, y: 60, size: 16)
            b.text("令和7年度採用者の配属先は、本庁の各部局と地域振興局です。", x: 40, y: 90)
            b.text("令和8年度 大学卒業程度試験 採用予定数", x: 40, y: 130)
            b.text("行政A 72名", x: 40, y: 150)
        }
        #expect(found == [.assignments, .examBreakdown])
        #expect(SectionSegmenter.droppingOpeningYear("令和8年度 大学卒業程度試験 採用予定数") == "大学卒業程度試験採用予定数")
        #expect(SectionSegmenter.droppingOpeningYear("年度別の採用者数") == "年度別の採用者数")
    }

    @Test("A contacts heading glossed CONTACT & ACCESS names access too; a gloss of contacts alone does not")
    func glossNamingAccess() {
        let found = Self.kinds { b in
            b.text("お問い合わせ CONTACT & ACCESS", x: 40, y: 60, size: 16)
            b.text("人事委員会事務局 任用課（県庁本館5階）", x: 40, y: 90)
            b.text("TEL 026-235-7461", x: 40, y: 106)
        }
        #expect(found == [.contacts, .access])
        #expect(!SectionSegmenter.glossNamesAccess("お問い合わせ CONTACT"))
        #expect(!SectionSegmenter.glossNamesAccess("お問い合わせ ACCESSIBILITY"))
        #expect(SectionSegmenter.glossNamesAccess("お問い合わせ Contact & Access"))
    }

    @Test("A table whose first cell starts with a section name (a rail heading joined to it) opens that section", arguments: [
        ("採用実績総合職の採用者数（年度別）", SectionKind?.some(.hiring)), ("1 採用実績", .hiring), ("配属先", .assignments),
        ("年度", nil), ("総合職の採用者数", nil),
    ])
    func tableOpensSection(_ text: String, _ kind: SectionKind?) {
        #expect(SectionSegmenter.sectionOpening(text) == kind)
    }

    @Test("A title with an English gloss and a year over its caption in the same type opens its section")
    func glossedTitleOverCaption() {
        let found = Self.kinds { b in
            b.text("研修制度", x: 40, y: 60, size: 12)
            b.text("新規採用職員研修で、奨学金・留学生支援の制度と窓口対応を学びます。", x: 40, y: 80, size: 8)
            b.text("採用予定 RECRUITMENT 2026", x: 40, y: 200, size: 9)
            b.text("令和8年度職員採用試験（大学卒業程度）採用予定数", x: 40, y: 212, size: 9)
            b.text("事務（総合）20名、事務（地域限定）4名", x: 40, y: 240, size: 8)
        }
        #expect(found == [.training, .examBreakdown])
    }

    @Test("A table caption with a unit note names no section, though it holds a section word")
    func unitNoteCaption() {
        #expect(SectionKind.opened(by: "総合職の採用者数（年度別）（単位：人）") == nil)
        #expect(SectionKind.opened(by: "採用者数（単位:人）") == nil)
        #expect(SectionKind.opened(by: "採用実績") == .hiring)
    }

    @Test("A heading asked as a question names its section by the words of the question", arguments: [
        ("どうやって行けばいいですか？", SectionKind?.some(.access)), ("最寄り駅からの行き方", .access), ("庁舎案内図", .access),
        ("どの試験区分から採用していますか？", .examBreakdown), ("国土交通省の仕事", nil),
        ("第3章 採用予定", .examBreakdown), ("第２部　研修制度", .training), ("第3章", nil), ("第一線で働く", nil),
        // A police force's words: its first posts, the jobs it recruits.
        ("初任配置", .assignments), ("配置実績", .assignments), ("募集職種", .examBreakdown), ("募集職種の紹介", nil),
        // A hospital bureau's: the first post, the places offered, where to apply, the way to its building.
        ("最初の職場", .assignments), ("募集人員", .examBreakdown), ("申込先", .contacts), ("庁舎案内", .access), ("申込先一覧表", nil), ("最初の職場はどんなところ？", nil),
    ])
    func questionHeadings(_ text: String, _ kind: SectionKind?) {
        #expect(SectionKind.opened(by: text) == kind)
    }

    /// The kinds and headings of a document of `blocks`, each a one-line block.
    static func parts(_ blocks: [(page: Int, block: Block)]) -> [SectionSegmenter.Part] {
        let page = PageLayout(number: 1, width: 595, height: 842, bodyFontSize: 9, isVertical: false, blocks: blocks.map(\.block))
        let layout = DocumentLayout.onePage(page)
        return SectionSegmenter().segment(layout)
    }

    @Test("A Q&A heading as large as the section's ends it: its questions are no support systems")
    func questionsCloseSection() {
        typealias L = LooseLayoutsTests
        let found = Self.parts([
            L.block("両立支援制度", x: 40, y: 50, size: 12, kind: .heading),
            L.block("育児休業", x: 40, y: 70), L.block("子が3歳に達するまで、男女とも取得できます。", x: 40, y: 82),
            L.block("Q&A", x: 40, y: 110, size: 12, kind: .heading),
            L.block("Q．他府省から来た職員も多いのですか？", x: 40, y: 130),
        ])
        #expect(found.map(\.kind) == [.supportSystems])
        #expect(found.first?.blocks.count == 2)
    }

    @Test("A title under a bare item number, or one whose section opens again under a real heading, stays an item")
    func itemTitlesNamingSections() {
        typealias L = LooseLayoutsTests
        let numbered = Self.parts([
            L.block("復興庁の働き方", x: 40, y: 50, size: 12, kind: .heading),
            L.block("01", x: 40, y: 70, size: 14, kind: .heading), L.block("現地で学ぶ復興の今", x: 40, y: 90),
            L.block("入庁1年目に各復興局を訪ね、現場の声を聞きます。", x: 40, y: 102),
            L.block("02", x: 40, y: 120, size: 14, kind: .heading), L.block("テレワークと出張の両立", x: 40, y: 140),
            L.block("移動中や出張先でも業務ができるようにしています。", x: 40, y: 152),
        ])
        #expect(numbered.map(\.kind) == [.initiatives])
        let restored = Self.parts([
            L.block("水産庁の働き方", x: 40, y: 50, size: 12, kind: .heading),
            L.block("浜で学ぶ現地研修", x: 40, y: 70), L.block("入庁1年目の夏に漁村に1週間滞在し、漁業を体験します。", x: 40, y: 82),
            L.block("フレックスタイム制", x: 40, y: 100), L.block("始業・終業の時刻を日ごとに選べます。", x: 40, y: 112),
            L.block("研修制度", x: 40, y: 140, size: 12, kind: .heading),
            L.block("入庁後は合同の初任者研修で基礎を学びます。", x: 40, y: 160),
        ])
        #expect(restored.map(\.kind) == [.initiatives, .training])
        #expect(restored.first?.blocks.count == 4)
        // Every title in body type, the sections' a little larger (10.5 pt over 10 pt items).
        func plain(titleSize: Double) -> [SectionSegmenter.Part] {
            Self.parts([
                L.block("法務省の取組", x: 56, y: 181, size: 10.5),
                L.block("現場を知る研修", x: 56, y: 237, size: 10), L.block("刑務所や少年院などで実務研修を行い、現場を体験します。", x: 56, y: 254),
                L.block("テレワークの推進", x: 56, y: 300, size: 10), L.block("業務用端末の持ち帰りを認めています。", x: 56, y: 317),
                L.block("両立支援の制度", x: 56, y: 340, size: 10.5), L.block("育児時間", x: 60, y: 360, size: 10),
                L.block("小学校就学前の子を養育する職員は、1日2時間以内で勤務しないことができます。", x: 60, y: 372),
                L.block("研修制度", x: 56, y: 389, size: titleSize), L.block("新規採用職員研修の後、法務総合研究所で研修を行います。", x: 56, y: 409),
            ])
        }
        #expect(plain(titleSize: 10.5).map(\.kind) == [.initiatives, .supportSystems, .training])
        #expect(plain(titleSize: 10.5).first?.blocks.count == 4)
        // Set like the item titles, the later title restores nothing: two training parts.
        #expect(plain(titleSize: 10).map(\.kind) == [.initiatives, .training, .supportSystems, .training])
    }

    @Test("An icon's single glyph set large beside its item (育) closes no section; a larger title does")
    func iconGlyphClosesNothing() {
        typealias L = LooseLayoutsTests
        let found = Self.parts([
            L.block("両立支援", x: 308, y: 67, size: 9, kind: .heading),
            L.block("育", x: 315, y: 119, size: 12, kind: .heading), L.block("育児休業 子が3歳に達するまで", x: 342, y: 114),
            L.block("部", x: 315, y: 160, size: 12, kind: .heading), L.block("部分休業 子が小学校を卒業するまで", x: 342, y: 155),
            L.block("先輩職員の声", x: 308, y: 200, size: 12, kind: .heading), L.block("入庁5年目の職員です。", x: 308, y: 220),
        ])
        #expect(found.map(\.kind) == [.supportSystems])
        #expect(found.first?.blocks.count == 4)
    }

    @Test("A section headed as the continuation of one before it (試験区分（続き）) joins it")
    func continuationJoins() {
        typealias L = LooseLayoutsTests
        let found = Self.parts([
            L.block("試験区分", x: 40, y: 50, size: 12, kind: .heading), L.block("事務系：法律2名", x: 40, y: 70),
            L.block("配属実績", x: 40, y: 100, size: 12, kind: .heading), L.block("総務課 2名", x: 40, y: 120),
            L.block("試験区分（続き）", x: 40, y: 150, size: 12, kind: .heading), L.block("技術系：デジタル1名", x: 40, y: 170),
        ])
        #expect(found.map(\.kind) == [.examBreakdown, .assignments])
        #expect(found.first?.blocks.count == 2)
    }

    @Test("A heading set upright on a horizontal page (a thumb-index tab), or of punctuation alone, closes no section by its size")
    func uprightAndPunctuationHeadingsCloseNothing() {
        typealias L = LooseLayoutsTests
        let tab = TextLine(text: "採用情報", box: Rect(x0: 575, y0: 370, x1: 586, y1: 414), fontSize: 11, isBold: false, orientation: .vertical)
        let found = Self.parts([
            L.block("令和8年度試験区分別の採用予定", x: 328, y: 300),
            (1, Block(kind: .heading, box: tab.box, lines: [tab])),
            L.block("、", x: 440, y: 320, size: 10.2, kind: .heading),
            L.block("大卒程度試験 法律2名", x: 328, y: 340),
        ])
        #expect(found.map(\.kind) == [.examBreakdown])
        #expect(found.first?.blocks.count == 3)
    }

    @Test("A heading with an English gloss is as large as its title, not its gloss: item titles under it close nothing")
    func glossedHeadingSize() {
        typealias L = LooseLayoutsTests
        // `取組 Initiatives`: 11 pt title, 7 pt gloss, the line measured 7 pt by glyph length.
        let heading = TextLine(text: "取組 Initiatives", box: Rect(x0: 28, y0: 34, x1: 87, y1: 45), fontSize: 7, isBold: true, orientation: .horizontal)
        let found = Self.parts([
            (1, Block(kind: .paragraph, box: heading.box, lines: [heading])),
            L.block("◆分析の信頼性確保", x: 28, y: 61, size: 8.5, kind: .heading),
            L.block("国際規格に基づく品質管理のもとで分析を行っています。", x: 37, y: 77, size: 7.5),
        ])
        #expect(found.map(\.kind) == [.initiatives])
        #expect(found.first?.blocks.count == 2)
        #expect(SectionSegmenter.headingSize(heading) == 11)
    }

    @Test("An item title naming the open section (働きやすい職場づくり), set like the item titles beside it and smaller than the section's heading, stays an item; set as large as the heading it opens a section")
    func itemTitleNamingOpenSection() {
        typealias L = LooseLayoutsTests
        func found(titleSize: Double) -> [SectionSegmenter.Part] {
            Self.parts([
                L.block("④ 造幣局の取組", x: 40, y: 34, size: 11.5, kind: .heading),
                L.block("伝統技術の継承", x: 40, y: 70, size: 9.5, kind: .heading),
                L.block("熟練の技を若手職員がベテランから直接学びます。", x: 40, y: 87, size: 8),
                L.block("働きやすい職場づくり", x: 395, y: 70, size: titleSize, kind: .heading),
                L.block("テレワークとフレックスタイム制を導入しています。", x: 395, y: 87, size: 8),
            ])
        }
        #expect(found(titleSize: 9.5).map(\.kind) == [.initiatives])
        #expect(found(titleSize: 9.5).first?.blocks.count == 4)
        #expect(found(titleSize: 11.5).map(\.kind) == [.initiatives, .initiatives])
    }

    @Test("A contacts heading with a smaller label line under it keeps the label in its section; a label naming its office (…技術採用担当) opens no new section")
    func contactLabelsUnderHeading() {
        typealias L = LooseLayoutsTests
        func line(_ text: String, y: Double, size: Double) -> TextLine {
            TextLine(text: text, box: Rect(x0: 36, y0: y, x1: 36 + Double(text.count) * size, y1: y + size), fontSize: size, isBold: true, orientation: .horizontal)
        }
        let lines = [line("採用に関するお問い合わせ", y: 711, size: 10), line("◆事務系 警務部人事第一課採用センター", y: 730, size: 8.5)]
        let found = Self.parts([
            (1, Block(kind: .heading, box: Rect.enclosing(lines.map(\.box))!, lines: lines)),
            L.block("電話 03-3581-4321（内線22814）", x: 36, y: 744, size: 8),
            L.block("◆技術系 総務部施設課技術採用担当", x: 308, y: 730, size: 8.5, kind: .heading),
            L.block("電話 03-3581-7730（直通）", x: 308, y: 744, size: 8),
        ])
        #expect(found.map(\.heading) == ["採用に関するお問い合わせ"])
        #expect(found.first?.blocks.count == 4)
    }

    @Test("A title broken into short centred lines (職場の / 取組, in a circle) opens the section its joined words name; a first line naming one alone opens it by itself")
    func stackedTitles() {
        func stacked(_ texts: [String], y: Double) -> (page: Int, block: Block) {
            let lines = texts.enumerated().map { i, text in
                let width = Double(text.count) * 9
                return TextLine(text: text, box: Rect(x0: 58 - width / 2, y0: y + Double(i) * 12, x1: 58 + width / 2, y1: y + Double(i) * 12 + 9),
                                fontSize: 9, isBold: false, orientation: .horizontal)
            }
            return (1, Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines))
        }
        typealias L = LooseLayoutsTests
        let found = Self.parts([
            stacked(["職場の", "取組"], y: 52), L.block("◇デジタルシフトの推進", x: 90, y: 52),
            stacked(["交通", "アクセス"], y: 573), L.block("〒100-8924 東京都千代田区永田町1-10-1", x: 90, y: 573),
            stacked(["採用窓口", "総合職事務系"], y: 700),
        ])
        #expect(found.map(\.heading) == ["職場の取組", "交通アクセス", "採用窓口"])
        #expect(found.last?.blocks.count == 1)
    }

    @Test("A section's continuation (両立支援制度（続き）) read before its start stays a section of its own, not an item of the initiatives above")
    func continuationBeforeStart() {
        typealias L = LooseLayoutsTests
        let found = Self.parts([
            L.block("職場の取組", x: 40, y: 40, size: 12, kind: .heading),
            L.block("◇休暇を取りやすい職場", x: 40, y: 60),
            L.block("両立支援制度（続き）", x: 40, y: 80),
            L.block("●育児休業", x: 40, y: 100, kind: .heading), L.block("［期間］子が3歳に達するまで", x: 40, y: 112),
            L.block("両立支援制度", x: 40, y: 300, size: 12, kind: .heading),
            L.block("●産前・産後休暇", x: 40, y: 320, kind: .heading),
        ])
        #expect(found.map(\.kind) == [.initiatives, .supportSystems, .supportSystems])
    }

    @Test("A caption running on into a note after a gap opens the section its title names; a big figure in a card closes nothing")
    func captionTitleAndFigures() {
        typealias L = LooseLayoutsTests
        let found = Self.parts([
            L.block("数字で見る金融庁", x: 40, y: 102, size: 14, kind: .heading),
            L.block("採用者数の推移 （ ）内は女性の人数です。令和7年度は予定数です。", x: 40, y: 125),
            L.block("令和3年度", x: 69, y: 149), L.block("採用者数", x: 73, y: 165),
            L.block("41名", x: 63, y: 179, size: 22, kind: .heading), L.block("事務系 36（15）", x: 57, y: 229),
        ])
        #expect(found.map(\.heading) == ["採用者数の推移"])
        #expect(found.first?.blocks.count == 4)
        #expect(SectionSegmenter.isFigure("41名") && SectionSegmenter.isFigure("85.7%") && !SectionSegmenter.isFigure("令和3年度"))
        // Two cards' figures on one baseline are figures too; a figure beside words is not.
        #expect(SectionSegmenter.isFigure("8名 4名") && !SectionSegmenter.isFigure("8名 採用予定"))
    }

    @Test("A title in large type with its note on its line, over a caption in the note's type, opens its section; so does a title followed by the year it is about")
    func tallTitleLineOverCaption() {
        let title = TextLine(text: "採用実績 （表は横向きに組んでいます）", box: Rect(x0: 40, y0: 100, x1: 200, y1: 112), fontSize: 7.5, isBold: false, orientation: .horizontal)
        let caption = TextLine(text: "職種別採用者数の推移（）内は女性で内数", box: Rect(x0: 40, y0: 116, x1: 190, y1: 124), fontSize: 7.5, isBold: false, orientation: .horizontal)
        let block = Block(kind: .paragraph, box: title.box.union(caption.box), lines: [title, caption])
        #expect(SectionSegmenter.captionTitle(block) == "採用実績")
        #expect(SectionSegmenter.captionTitle(LooseLayoutsTests.block("採用予定 令和8年度", x: 40, y: 100).block) == "採用予定")
        #expect(SectionSegmenter.captionTitle(LooseLayoutsTests.block("採用予定 決まり次第お知らせします", x: 40, y: 100).block) == nil)
        let flat = TextLine(text: "採用実績 （表は横向きに組んでいます）", box: Rect(x0: 40, y0: 104, x1: 200, y1: 112), fontSize: 7.5, isBold: false, orientation: .horizontal)
        #expect(SectionSegmenter.captionTitle(Block(kind: .paragraph, box: flat.box.union(caption.box), lines: [flat, caption])) == nil)
    }

    @Test("A section's word alone, then its intro on the same baseline, opens the section; a sentence naming it does not")
    func headingWordThenIntro() {
        typealias L = LooseLayoutsTests
        let found = Self.parts([
            L.block("採用実績 大学卒程度等・社会人採用試験による採用者数", x: 40, y: 100),
            L.block("年度", x: 60, y: 120), L.block("令和5年度", x: 60, y: 135),
        ])
        #expect(found.map(\.kind) == [.hiring])
        #expect(found.first?.heading == "採用実績")
        let sentence = Self.parts([L.block("採用実績のある大学 全国の国公私立大学から採用しています", x: 40, y: 100)])
        #expect(sentence.isEmpty)
    }
}
