import Testing

@testable import BrochureKit

/// A page like a two-column brochure spread's second half: a row of three numbered boxes,
/// then support systems as a dot-leader list (name left, period right-aligned on its
/// baseline, the dots drawn) beside a contact column across a narrow gutter.
@Suite("Leader rows and the columns around them")
struct LeaderRowsTests {
    static func page(values: Bool = true) -> PageBuilder {
        var b = PageBuilder()
        let boxes = [("フレックスタイム制", 50.0), ("研究学園都市での子育て", 224.0), ("オンライン会議の標準化", 398.0)]
        for (number, (title, x)) in boxes.enumerated() {
            b.text("0\(number + 1)", x: x, y: 68, size: 14)
            b.text(title, x: x, y: 92, size: 9.5, bold: true)
            for row in 0..<3 { b.text("柔軟な勤務時間で職員が働きやすくして", x: x, y: 108 + Double(row) * 12, size: 8) }
        }
        b.text("仕事と生活の両立支援", x: 52, y: 170, size: 12, bold: true)
        b.text("採用に関する問合せ先", x: 344, y: 170, size: 12, bold: true)
        let rows = [
            ("▼産前・産後休暇", "産前6週間・産後8週間", "多胎妊娠の場合は産前14週間です。"),
            ("▼育児休業", "子が3歳に達するまで", "分割して2回まで取得できます。"),
            ("▼子の看護休暇", "年5日（子が2人以上は10日）", "子の通院や予防接種の付添いに使えます。"),
            ("▼介護休暇", "通算6月まで", "要介護者1人につき通算して取得できます。"),
        ]
        for (i, row) in rows.enumerated() {
            let y = 195 + Double(i) * 33
            b.text(row.0, x: 46, y: y, size: 9, bold: true)
            if values {
                let width = row.1.unicodeScalars.reduce(0.0) { $0 + (Script.isCJK($1) ? 9 : 4.5) }
                b.text(row.1, x: 310 - width, y: y, size: 9)
            }
            b.text(row.2, x: 58, y: y + 14, size: 8)
        }
        for (i, text) in ["総合職事務系", "総務部人事課任用係", "TEL 029-864-1111", "Mail", "jimu@example.go.jp", "総合職技術系",
            "総務部人事課採用担当", "TEL 029-864-1112", "Mail", "gijutsu@example.go.jp"].enumerated() {
            b.text(text, x: 334, y: 195 + Double(i) * 14, size: 9)
        }
        return b
    }

    @Test("A name and the period right-aligned on its baseline are one line, read before the description under them")
    func joinsLeaderRows() {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        #expect(lines.contains("▼育児休業 子が3歳に達するまで"), "\(lines)")
        let row = lines.firstIndex(of: "▼介護休暇 通算6月まで")
        let description = lines.firstIndex(of: "要介護者1人につき通算して取得できます。")
        #expect(row != nil && description != nil && row! < description!, "\(lines)")
    }

    @Test("The list beside a column across a narrow gutter is read whole before that column")
    func listBeforeTheColumnBeside() {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        let last = lines.firstIndex(of: "要介護者1人につき通算して取得できます。")
        let contact = lines.firstIndex(of: "総合職事務系")
        #expect(last != nil && contact != nil && last! < contact!, "\(lines)")
    }

    @Test("A section heading reaching into two of the boxes above ends the row of boxes: all three are read first")
    func headingUnderTwoBoxes() {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        let third = lines.firstIndex(of: "オンライン会議の標準化")
        let support = lines.firstIndex(of: "仕事と生活の両立支援")
        #expect(third != nil && support != nil && third! < support!, "\(lines)")
    }

    @Test("Two columns that share a baseline are not a leader row: a paragraph runs on under the right one")
    func columnsAreNotLeaderRows() {
        var b = PageBuilder()
        for (i, caption) in ["採用者数（各年度4月1日現在）", "〈事務系〉"].enumerated() {
            let y = 100 + Double(i) * 80
            b.text(caption, x: 50, y: y, size: 9, bold: true)
            for row in 0..<3 { b.text("令和7年度に採用した職員は長官官房と式部職に配属されまし", x: 50, y: y + 14 + Double(row) * 14, size: 9) }
        }
        for (i, caption) in ["採用予定者の試験区分", "早出遅出勤務の活用例"].enumerated() {
            let y = 100 + Double(i) * 80
            b.text(caption, x: 310, y: y, size: 9, bold: true)
            b.text("儀式や行事の時間に合わせて始業と終業の時刻を", x: 310, y: y + 14, size: 9)
        }
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(lines.contains("採用予定者の試験区分") && lines.contains("早出遅出勤務の活用例"), "\(lines)")
    }

    @Test("A pill's count and the next pill's label are no leader row, though a card above ends where the label does")
    func pillsAreNotLeaderRows() {
        var b = PageBuilder()
        for (i, (name, count)) in [("北海道東北グループ", "5名"), ("関東信越グループ", "10名"), ("東海北陸グループ", "6名")].enumerated() {
            let x = 48 + Double(i) * 175
            b.text(name, x: x, y: 86, size: 9, bold: true)
            b.text(count, x: x + 144 - Double(count.unicodeScalars.count) * 8, y: 86, size: 9)
            b.text("青森・岩手・宮城・秋田・山形・福島・新潟・長野", x: x, y: 104, size: 7.5)
        }
        b.text("技術職員採用試験（大卒程度）", x: 48, y: 270, size: 10, bold: true)
        for (i, (label, count)) in [("建築", "4名"), ("電気", "3名"), ("機械", "3名")].enumerated() {
            let x = 52 + Double(i) * 120
            b.text(label, x: x, y: 293, size: 9)
            b.text(count, x: x + 71.33, y: 293, size: 9)
        }
        b.text("※採用はグループごとに行い、管内の病院に配属します。", x: 40, y: 316, size: 7)
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(lines.contains("4名") && lines.contains("電気") && !lines.contains("4名 電気"), "\(lines)")
    }
}
