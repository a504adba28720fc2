import Testing

@testable import BrochureKit

/// `令和8年度 採用予定数` set as a page's section title, told from the same words set as a
/// table's caption by their size against the heading of the section open above.
@Suite("Dated plan titles")
struct DatedPlanTitleTests {
    typealias L = LooseLayoutsTests

    @Test("A year's planned hires set as large as the section heading above opens the exam section")
    func titleOpensExams() {
        let found = SectionSegmenterTests.parts([
            L.block("働き方", x: 40, y: 50, size: 11.5, kind: .heading),
            L.block("週2日まで在宅で勤務することができます。", x: 40, y: 70),
            L.block("令和8年度採用予定数", x: 40, y: 120, size: 14, kind: .heading),
            L.block("事務職員採用試験（大卒程度）", x: 40, y: 140, size: 10, kind: .heading),
            L.block("北海道東北グループ 5名", x: 40, y: 160, size: 10, kind: .heading),
        ])
        #expect(found.map(\.kind) == [.initiatives, .examBreakdown])
        #expect(found.last?.blocks.count == 2)
    }

    @Test("The same words set smaller than the section heading above, or in body type, caption a table and open nothing")
    func captionOpensNothing() {
        let smaller = SectionSegmenterTests.parts([
            L.block("働き方", x: 40, y: 50, size: 12, kind: .heading),
            L.block("週2日まで在宅で勤務することができます。", x: 40, y: 70),
            L.block("令和8年度採用予定数", x: 40, y: 120, size: 10, kind: .heading),
        ])
        #expect(smaller.map(\.kind) == [.initiatives])
        let body = SectionSegmenterTests.parts([
            L.block("働き方", x: 40, y: 50, size: 12, kind: .heading),
            L.block("令和8年度採用予定数", x: 40, y: 120, size: 12),
        ])
        #expect(body.map(\.kind) == [.initiatives])
        // Under an exam section's own heading, the caption stays in it.
        let inside = SectionSegmenterTests.parts([
            L.block("採用予定（試験区分別）", x: 40, y: 50, size: 12, kind: .heading),
            L.block("令和8年度採用予定数", x: 40, y: 70, size: 12, kind: .heading),
            L.block("行政 6名", x: 40, y: 90),
        ])
        #expect(inside.count == 1 && inside.first?.blocks.count == 2)
    }
}
