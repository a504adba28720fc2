import Testing

@testable import BrochureKit

/// A section heading at the head of a page over items filling both columns, and a titled box
/// and its twin beside it set well under their heading (holdout35's nagasaki page 2): the next
/// section's heading under the left column is read after both columns.
@Suite("A row across the gutter at the page's head")
struct RowAcrossAtPageHeadTests {
    static func page() -> PageBuilder {
        var b = PageBuilder()
        b.text("働きやすい職場づくり", x: 49, y: 49, size: 12, bold: true)
        for (column, items) in [[("◆離島勤務サポート", ["離島の振興局勤務では赴任旅費と住居手当を支給し、帰省の旅", "費も年2回助成します。"]),
                                  ("◆若手職員の政策提案", ["入庁3年目までの職員がチームで政策を提案し、優れた提案は", "予算化します。"])],
            [("◆テレワークの推進", ["本庁・振興局ともにモバイル端末を配備し、在宅勤務を月8日", "まで利用できます。"]),
             ("◆時差出勤", ["7時30分から10時までの間で始業時刻を選べます。"])]].enumerated()
        {
            let x = column == 0 ? 40.0 : 305
            for (row, (title, text)) in items.enumerated() {
                let y = 76 + Double(row) * 48
                b.text(title, x: x, y: y, size: 9.5, bold: true)
                for (k, line) in text.enumerated() { b.text(line, x: x + 10, y: y + 16 + Double(k) * 13, size: 8.5) }
            }
        }
        b.text("仕事と家庭の両立支援", x: 49, y: 176, size: 12, bold: true)
        for (r, row) in [["制度", "期間", "内容"], ["育児休業", "子が3歳になるまで", "男性職員の取得も広がっています。"], ["部分休業", "1日2時間まで", "小学校就学前の子を養育する職員が利用できます。"],
                         ["子の看護休暇", "年5日", "子が2人以上の場合は年10日まで取得できます。"]].enumerated() {
            for (c, cell) in row.enumerated() { b.text(cell, x: [43.0, 130, 230][c], y: 214 + Double(r) * 20, size: 8.5) }
        }
        b.text("お問い合わせ", x: 49, y: 381, size: 12, bold: true)
        for (column, (title, office, phone)) in [("【事務職について】", "人事委員会事務局任用課", "TEL 095-895-2741"), ("【技術職について】", "土木部監理課", "TEL 095-895-2913")].enumerated() {
            let x = column == 0 ? 50.0 : 315
            b.text(title, x: x, y: 421, size: 9, bold: true)
            b.text(office, x: x, y: 437, size: 8)
            b.text(phone, x: x, y: 451, size: 8)
        }
        b.text("アクセス", x: 49, y: 495, size: 12, bold: true)
        b.text("〒850-8570 長崎県長崎市尾上町3番1号", x: 40, y: 521, size: 8)
        return b
    }

    @Test("At the page's head, the heading's items fill both columns before the next section's heading")
    func rowAtThePageHead() {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        let next = lines.firstIndex(of: "仕事と家庭の両立支援")
        let right = lines.firstIndex(of: "◆時差出勤")
        #expect(next != nil && right != nil && right! < next!, "\(lines)")
    }

    @Test("Boxes three lines under their heading, side by side, are read before the heading under the left one")
    func boxesUnderTheirHeading() {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        let access = lines.firstIndex(of: "アクセス")
        let twin = lines.firstIndex(of: "【技術職について】")
        #expect(access != nil && twin != nil && twin! < access!, "\(lines)")
    }
}
