import Testing

@testable import BrochureKit

@Suite("Edition dates")
struct EditionWindowTests {
    @Test("Only the text just before 現在/時点 is searched for an as-of date")
    func windows() {
        #expect(EditionFinder.asOfWindows("本資料は令和6年3月現在のものです。") == ["本資料は令和6年3月現在"])
        #expect(EditionFinder.asOfWindows("令和7年4月1日時点、以下のとおり") == ["令和7年4月1日時点"])
        #expect(EditionFinder.asOfWindows("現在と未来の職場、2024年4月現在").count == 2)
        #expect(EditionFinder.asOfWindows("採用実績（単位：人）").isEmpty)
    }

    /// Pages of single-line paragraph blocks, one block per text, 20 pt apart.
    static func layout(_ pages: [[String]], tableOnFirstPage: [String] = []) -> DocumentLayout {
        func line(_ text: String, _ y: Double) -> TextLine {
            TextLine(text: text, box: Rect(x0: 50, y0: y, x1: 300, y1: y + 10), fontSize: 10, isBold: false, orientation: .horizontal)
        }
        let laidOut = pages.enumerated().map { number, texts in
            var blocks = texts.enumerated().map { i, text in
                Block(kind: .paragraph, box: line(text, 100 + Double(i) * 20).box, lines: [line(text, 100 + Double(i) * 20)])
            }
            if number == 0 {
                blocks += tableOnFirstPage.map { Block(kind: .table, box: line($0, 700).box, lines: [line($0, 700)]) }
            }
            return PageLayout(number: number + 1, width: 595, height: 842, bodyFontSize: 10, isVertical: false, blocks: blocks)
        }
        return DocumentLayout(
            source: "t.pdf", info: DocumentInfo(pageCount: pages.count, title: nil, producer: nil, creator: nil, creationDate: nil),
            pages: laidOut)
    }

    @Test("An as-of date in either calendar; the newest wins")
    func asOfInEitherCalendar() {
        #expect(EditionFinder.find(Self.layout([["配属先（2025年4月1日現在）"]]))?.asOf == "2025-04")
        #expect(EditionFinder.find(Self.layout([["（令和6年3月現在）"], ["2024年10月時点の実績"]]))?.asOf == "2024-10")
        #expect(EditionFinder.find(Self.layout([["（令和7年4月1日現在）", "2024年10月時点の実績"]]))?.asOf == "2025-04")
    }

    @Test("Without one, a date standing alone on the cover dates the brochure")
    func issueDateOnTheCover() {
        #expect(EditionFinder.find(Self.layout([["林野庁", "総合職採用パンフレット 2025", "令和７年３月"]]))?.asOf == "2025-03")
        #expect(EditionFinder.find(Self.layout([["2025年4月"]]))?.year == 2025)
        #expect(EditionFinder.find(Self.layout([["令和7年4月発行", "令和6年4月"]]))?.asOf == "2025-04")
        // An as-of date anywhere beats a lone date below the masthead.
        let below = ["採用案内", "a", "b", "c", "d", "e", "令和7年4月"]
        #expect(EditionFinder.find(Self.layout([below, ["（令和6年3月1日現在）"]]))?.asOf == "2024-03")
    }

    @Test("The masthead's issue date counts beside the as-of dates, the newer of them wins; dates further down do not")
    func mastheadBeatsAsOf() {
        // Figures counted on 1 April, the brochure issued in May.
        let cover = ["復興庁", "採用案内 2025", "2025年5月", "配属先（2025年4月1日現在）", "a", "b", "2012年2月"]
        #expect(EditionFinder.find(Self.layout([cover, ["2026年4月"]]))?.asOf == "2025-05")
        #expect(EditionFinder.find(Self.layout([["水産庁", "令和七年四月", "（令和7年4月1日現在）"]]))?.asOf == "2025-04")
        // Planned hires counted after the brochure went to print: the as-of date is newer.
        #expect(EditionFinder.find(Self.layout([["林野庁", "令和7年3月", "（令和7年4月1日現在）"]]))?.asOf == "2025-04")
    }

    @Test("A date in a sentence, a table, on a later page, or a year alone dates nothing")
    func otherDatesDateNothing() {
        #expect(EditionFinder.find(Self.layout([["令和7年4月に説明会を開催します", "総合職採用案内 2025", "令和7年度"]])) == nil)
        #expect(EditionFinder.find(Self.layout([["採用案内"], ["令和7年4月"]])) == nil)
        #expect(EditionFinder.find(Self.layout([["採用案内"]], tableOnFirstPage: ["令和7年4月"])) == nil)
    }

    @Test("An era year glossing the Western one in brackets (`2026年（令和8年）3月発行`) leaves the date whole")
    func eraGlossAfterTheWesternYear() {
        #expect(EditionFinder.withoutWesternGloss("2026年（令和8年）3月発行") == "2026年3月発行")
        #expect(EditionFinder.withoutWesternGloss("2025年(令和7年)4月1日現在") == "2025年4月1日現在")
        // The masthead's issue date beats the older as-of date of the figures.
        let cover = ["熊本市職員採用ガイド", "2026年（令和8年）3月発行", "配属先（2025年4月1日現在）"]
        #expect(EditionFinder.find(Self.layout([cover]))?.asOf == "2026-03")
    }
}
