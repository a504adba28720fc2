import Testing
@testable import BrochureKit

/// Labels set once down a table's first column, centred on the rows they name (a merged cell
/// of an unruled table), go to the first row of their run; labels level with their group's
/// first row stay.
@Suite("Spanning labels")
struct SpanningLabelsTests {
    /// A table `区分 | 試験 | 予定数` of `names.count` rows at an 18 pt pitch, in 9 pt type, with
    /// `labels` (text, top) in its first column; its rows as texts.
    static func rows(_ names: [String], labels: [(String, Double)]) -> [[String]] {
        var b = PageBuilder()
        b.text("区分", x: 60, y: 172, size: 9)
        b.text("試験区分", x: 150, y: 172, size: 9)
        b.text("予定数", x: 300, y: 172, size: 9)
        for (r, name) in names.enumerated() {
            let y = 190 + Double(r) * 18
            b.text(name, x: 150, y: y, size: 9)
            b.text(String(r + 1), x: 310, y: y, size: 9)
        }
        for (label, y) in labels { b.text(label, x: 60, y: y, size: 9) }
        let tables = LayoutEngine().layout(b.page()).blocks.compactMap(\.table)
        return tables.first?.rows.map { $0.map(\.text) } ?? []
    }

    @Test("An era set once in the gap at the middle of six year rows is read with the first")
    func eraCentredOnSixRows() {
        // Rows 190 … 289: the middle, 239.5, is the gap between the third and fourth rows.
        let rows = Self.rows(["3年度", "4年度", "5年度", "6年度", "7年度", "8年度"], labels: [("令和", 235)])
        #expect(rows.count == 7, "\(rows)")
        #expect(rows.dropFirst().first?.first == "令和", "\(rows)")
        #expect(rows.dropFirst(2).allSatisfy { $0.first == "" }, "\(rows)")
    }

    @Test("Two group labels, each centred on its run (three rows, then two), go to each run's first row")
    func groupsCentredOnRuns() {
        // 事務系 on rows 190 … 235 (middle row 208), 技術系 on rows 244 … 271 (in the gap, 253 … 262).
        let rows = Self.rows(["法律", "経済", "行政", "土木", "電気"], labels: [("事務系", 208), ("技術系", 253)])
        #expect(rows.map { $0.first ?? "?" } == ["区分", "事務系", "", "", "技術系", ""], "\(rows)")
    }

    @Test("Labels on two lines (`上級` over `（大学卒業程度）`), each centred on its run, go to each run's first row")
    func twoLineLabelsCentredOnRuns() {
        // 上級 … on rows 190 … 235 (middle 212.5), 中級 … on rows 244 … 271 (middle 257.5).
        let rows = Self.rows(
            ["一般行政", "土木", "建築", "一般事務", "保育士"],
            labels: [("上級", 203), ("（大学卒業程度）", 213), ("中級", 248), ("（短大卒業程度）", 258)])
        #expect(rows.map { $0.first ?? "?" } == ["区分", "上級（大学卒業程度）", "", "", "中級（短大卒業程度）", ""], "\(rows)")
    }

    @Test("Labels level with their group's first row stay, though a regular pitch centres one on rows around it")
    func topAlignedLabelsStay() {
        let rows = Self.rows(["行政", "学校事務", "建築", "電気"], labels: [("事務職", 190), ("技術職", 226)])
        #expect(rows.map { $0.first ?? "?" } == ["区分", "事務職", "", "技術職", ""], "\(rows)")
    }

    @Test("Labels that leave the last rows to no label stay where they are")
    func labelsThatTileNothingStay() {
        // Centred on the first three of five rows: the last two would belong to no label.
        let rows = Self.rows(["法律", "経済", "行政", "土木", "電気"], labels: [("事務系", 208)])
        #expect(rows.map { $0.first ?? "?" } == ["区分", "", "事務系", "", "", ""], "\(rows)")
    }

    @Test("Two rows bridged by a two-line cell and a label centred beside both stay two rows, the spanning cells in the first")
    func rowsBridgedBySpanningCells() {
        var b = PageBuilder()
        for (text, x) in [("区分", 79.0), ("試験", 229), ("職種", 389), ("採用予定数", 475)] { b.text(text, x: x, y: 93.5, size: 9) }
        b.text("事務", x: 389, y: 113.5, size: 9)
        b.text("3", x: 494.7, y: 113.5, size: 9)
        b.text("国立大学法人等職員採用試験", x: 179.5, y: 118.1, size: 9)
        b.text("事務系", x: 74.5, y: 123.5, size: 9)
        b.text("（北海道・東北地区）", x: 193, y: 128.9, size: 9)
        b.text("図書", x: 389, y: 133.5, size: 9)
        b.text("1", x: 494.7, y: 133.5, size: 9)
        let rows = LayoutEngine().layout(b.page()).blocks.compactMap(\.table).first?.rows.map { $0.map(\.text) } ?? []
        #expect(rows.count == 3, "\(rows)")
        #expect(rows.dropFirst().first?.last == "3" && rows.last?.last == "1", "\(rows)")
        #expect(rows.dropFirst().first?.contains("事務系") == true && rows.last?.contains("図書") == true, "\(rows)")
    }

    @Test("A first label centred between the first two rows counts as their run's: the next label, centred on three, goes to its first")
    func firstRowLabelCentredOnTwo() {
        // 事務職 in the gap between rows 190 and 208; 技術職 level with 244, the middle of 226 … 271.
        let rows = Self.rows(["一般事務", "社会福祉", "土木", "建築", "電気"], labels: [("事務職", 199), ("技術職", 244)])
        #expect(rows.map { $0.first ?? "?" } == ["区分", "事務職", "", "技術職", "", ""], "\(rows)")
    }

    @Test("Cells set once beside two rows, falling between their bands, join the first of them")
    func labelRowBetweenTwoRows() {
        var b = PageBuilder()
        for (text, x) in [("区分", 321.6), ("試験", 383.6), ("職種", 462.6), ("予定数", 515.5)] { b.text(text, x: x, y: 385.7, size: 8) }
        func spanning(_ track: String, centre: Double) {
            b.text(track, x: 311.6, y: centre - 4, size: 8)
            b.text("一般職試験", x: 371.6, y: centre - 8.8, size: 8)
            b.text("（大卒程度試験）", x: 359.6, y: centre + 0.8, size: 8)
        }
        spanning("事務系", centre: 411.7)
        b.text("行政", x: 462.6, y: 407.7, size: 8)
        b.text("3", x: 525, y: 407.7, size: 8)
        b.text("電気・電子・情報", x: 438.6, y: 429.7, size: 8)
        b.text("1", x: 525, y: 429.7, size: 8)
        spanning("技術系", centre: 444.7)
        b.text("機械", x: 462.6, y: 451.7, size: 8)
        b.text("1", x: 525, y: 451.7, size: 8)
        let rows = LayoutEngine().layout(b.page()).blocks.compactMap(\.table).first?.rows.map { $0.map(\.text) } ?? []
        #expect(rows.count == 4, "\(rows)")
        #expect(rows.dropFirst(2).first == ["技術系", "一般職試験（大卒程度試験）", "電気・電子・情報", "1"], "\(rows)")
        #expect(rows.last == ["", "", "機械", "1"], "\(rows)")
    }

    @Test("A label on a row of its own, at the table's pitch, stays that row")
    func labelRowOfItsOwnStays() {
        func cell(_ text: String, x: Double, y: Double) -> Table.Cell {
            text.isEmpty ? Table.Cell(text: "", box: nil) : Table.Cell(text: text, box: Rect(x0: x, y0: y, x1: x + 9 * Double(text.count), y1: y + 9))
        }
        var rows = [("区分", "職種", "予定数"), ("事務系", "", ""), ("", "行政", "1"), ("技術系", "", ""), ("", "土木", "3"), ("", "電気", "4")].enumerated().map { r, row in
            [cell(row.0, x: 60, y: 172 + Double(r) * 18), cell(row.1, x: 150, y: 172 + Double(r) * 18), cell(row.2, x: 300, y: 172 + Double(r) * 18)]
        }
        var boxes: [Rect] = []
        TableDetector.joinLabelRows(&rows, rowBoxes: &boxes, headerRows: 1)
        #expect(rows.map { $0[0].text } == ["区分", "事務系", "", "技術系", "", ""])
    }
}
