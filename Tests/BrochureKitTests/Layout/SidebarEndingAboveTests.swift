import Testing

@testable import BrochureKit

/// A main column going on below a sidebar that ends just above its last section: exam titles
/// a few lines under their section's heading, and a sum line at the right under the table
/// above (blocks as a two-column recruitment page lays them out).
@Suite("Main column below a sidebar's end")
struct SidebarEndingAboveTests {
    static func block(_ text: String, _ box: (Double, Double, Double, Double), kind: Block.Kind = .paragraph) -> Block {
        let rect = Rect(x0: box.0, y0: box.1, x1: box.2, y1: box.3)
        let line = TextLine(text: text, box: rect, fontSize: rect.height, isBold: kind == .heading, orientation: .horizontal)
        return Block(kind: kind, box: rect, lines: [line])
    }

    static let blocks = [
        block("配属実績", (46, 396, 96, 408), kind: .heading),
        block("令和7年度採用者の配属先", (36, 420, 251, 427)),
        block("区分 本部 東北 関東", (46, 436, 374, 527)),
        block("計 事務系440名・技術系20名", (275, 536, 388, 544)),
        block("EXAMINATION", (46, 554, 106, 560)),
        block("採用予定", (46, 564, 96, 576), kind: .heading),
        block("令和8年度採用計画（試験別）", (36, 588, 144, 595)),
        block("◎採用試験（大卒程度）", (36, 603, 160, 611), kind: .heading),
        block("▷事務系", (46, 616, 77, 637)),
        block("一般事務300名／経理120名", (92, 616, 285, 637)),
        block("◎採用試験（大学院卒程度）", (36, 646, 177, 654), kind: .heading),
        block("▷技術系", (46, 660, 77, 667)),
        block("システム6名", (92, 660, 136, 667)),
        block("数字で見る機構", (404, 400, 508, 410), kind: .heading),
        block("職員数 約11,000人", (404, 420, 535, 444)),
        block("採用に関するお問い合わせ", (404, 470, 518, 480), kind: .heading),
        block("人事部人事企画グループ TEL 03-5344-1100", (410, 490, 529, 510)),
        block("本部へのアクセス", (404, 520, 480, 530), kind: .heading),
        block("〒168-8505 東京都杉並区高井戸西3-5-24", (404, 536, 546, 544)),
        block("▶京王線『高井戸』駅徒歩約6分", (404, 548, 555, 556)),
    ]

    @Test("The main column is read to its end before the sidebar beside it")
    func mainColumnFirst() throws {
        var generator = SplitMix(seed: 7)
        let order = ReadingOrder(vertical: false).sort(Self.blocks.shuffled(using: &generator)).map { $0.lines[0].text }
        let sidebar = try #require(order.firstIndex(of: "数字で見る機構"))
        for text in ["◎採用試験（大卒程度）", "一般事務300名／経理120名", "◎採用試験（大学院卒程度）", "システム6名"] {
            #expect(order.firstIndex(of: text).map { $0 < sidebar } == true, "\(text): \(order)")
        }
    }
}
