import Testing
@testable import BrochureKit

/// A full-width table over a page's two columns, its widest column gap in line with the
/// columns' gutter and its last row as close over them as its rows are to one another.
@Suite("A table over two columns")
struct TableOverColumnsTests {
    static func page(rightColumnAt rightX: Double = 346) -> PageBuilder {
        var b = PageBuilder()
        b.text("制度", x: 80, y: 305, size: 8)
        b.text("期間", x: 200, y: 305, size: 8)
        b.text("内容", x: 455, y: 305, size: 8)
        let rows = [("育児休業", "子が3歳に達するまで", "3回まで分割して取得できます。"), ("部分休業", "1日2時間まで", "子が小学校に入るまで使えます。"),
                    ("介護休暇", "通算6か月まで", "3回まで分割して取得できます。")]
        for (r, row) in rows.enumerated() {
            let y = 323 + Double(r) * 18
            b.text(row.0, x: 80, y: y, size: 8)
            b.text(row.1, x: 200, y: y, size: 8)
            b.text(row.2, x: 402, y: y, size: 8)
        }
        // The left column: a heading and two items; the right one: two paragraphs.
        b.text("働き方改革の取組", x: 85, y: 386, size: 11)
        var y = 409.0
        for item in ["●フレックスタイム制", "●ペーパーレス会議"] {
            b.text(item, x: 76, y: y, size: 9)
            b.text("始業と終業の時刻を30分単位で選び、家庭の事情に合わせ", x: 88, y: y + 15, size: 8)
            b.text("て働けます。", x: 88, y: y + 27, size: 8)
            y += 48
        }
        b.text("新規採用職員は、入庁後1か月の前期研修で市の仕組みと窓", x: rightX, y: 388, size: 8)
        b.text("口対応の基本を学びます。", x: rightX, y: 400, size: 8)
        b.text("2年目以降は、政策形成研修や民間企業への派遣研修など、", x: rightX, y: 420, size: 8)
        b.text("希望に応じて選べる研修を用意しています。", x: rightX, y: 432, size: 8)
        return b
    }

    @Test("The table keeps its last column; the right column's text is not a row of it")
    func tableEndsOverColumns() throws {
        let blocks = LayoutEngine().layout(Self.page().page()).blocks
        let table = try #require(blocks.compactMap(\.table).first { $0.rows.first?.first?.text == "制度" }, "\(blocks.map { $0.lines.map(\.text) })")
        #expect(table.rows.map { $0.map(\.text) }.first == ["制度", "期間", "内容"], "\(table.rows.map { $0.map(\.text) })")
        #expect(table.rows.count == 4, "\(table.rows.map { $0.map(\.text) })")
        #expect(!table.rows.joined().contains { $0.text.contains("新規採用") })
    }
}
