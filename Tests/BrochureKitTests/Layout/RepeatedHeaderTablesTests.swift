import Testing
@testable import BrochureKit

/// Two tables of one design side by side, each under the same header row.
///
/// (A list wrapped into two halves under one header said twice, with no caption over each half,
/// is read across as printed: holdout20's sendai-2026 keeps that, under its facts floor.)
@Suite("Tables side by side under a repeated header")
struct RepeatedHeaderTablesTests {
    /// Draws `試験区分 予定数` tables for two tracks side by side, labels left-aligned and counts
    /// right-aligned, rows level with each other, the second table longer than the first.
    private func page(secondCaption: (text: String, x: Double) = ("技術系", 415)) -> Page {
        var b = PageBuilder()
        func right(_ text: String, _ edge: Double, _ y: Double) {
            let width = text.unicodeScalars.reduce(0.0) { $0 + (Script.isCJK($1) ? 8.8 : 4.4) }
            b.text(text, x: edge - width, y: y, size: 8.8)
        }
        b.text("事務系", x: 153, y: 212, size: 8.8)
        b.text(secondCaption.text, x: secondCaption.x, y: 212, size: 8.8)
        b.text("試験区分", x: 113, y: 229, size: 8.8)
        b.text("予定数", x: 228, y: 229, size: 8.8)
        b.text("試験区分", x: 375, y: 229, size: 8.8)
        b.text("予定数", x: 490, y: 229, size: 8.8)
        let first = [("行政A", "72名"), ("行政B（早期枠）", "20名"), ("警察行政", "8名"), ("学校事務", "12名")]
        let second = [("総合土木", "18名"), ("建築", "4名"), ("農業", "6名"), ("林業", "7名"), ("化学", "3名"), ("獣医師", "6名")]
        for (r, (name, count)) in first.enumerated() {
            b.text(name, x: 59, y: 245 + 16 * Double(r), size: 8.8)
            right(count, 273, 245 + 16 * Double(r))
        }
        b.text("計", x: 127, y: 245 + 16 * 4, size: 8.8)
        right("112名", 273, 245 + 16 * 4)
        for (r, (name, count)) in second.enumerated() {
            b.text(name, x: 321, y: 245 + 16 * Double(r), size: 8.8)
            right(count, 535, 245 + 16 * Double(r))
        }
        b.text("計", x: 389, y: 245 + 16 * 6, size: 8.8)
        right("44名", 535, 245 + 16 * 6)
        return b.page()
    }

    @Test("Each table keeps its own rows: labels and counts of one table, never the other's")
    func twoTables() {
        // (Cells compared without their tabs: a header centred over a left-aligned column of
        // labels makes a column of its own, which is not what this test is about.)
        let lines = LayoutEngine().layout(page()).textLines.map { $0.split(separator: "\t").joined(separator: "|") }
        #expect(lines.contains("行政A|72名"), "\(lines)")
        #expect(lines.contains("総合土木|18名"), "\(lines)")
        #expect(lines.contains("獣医師|6名"), "\(lines)")
        #expect(!lines.contains { $0.contains("72名") && $0.contains("総合土木") }, "\(lines)")
        // The first table is read whole before the second.
        let firstEnd = lines.firstIndex { $0.contains("112名") }, secondStart = lines.firstIndex { $0.contains("総合土木") }
        #expect(firstEnd != nil && secondStart != nil && firstEnd! < secondStart!, "\(lines)")
    }

    @Test("Two uncaptioned halves of one table, the same row labels in each, are read half by half, before the columns under them")
    func halvesWithSameRowLabels() {
        var b = PageBuilder()
        func right(_ text: String, _ edge: Double, _ y: Double) {
            b.text(text, x: edge - Double(text.unicodeScalars.count) * 3.75, y: y, size: 7.5)
        }
        b.text("（単位：人）", x: 36, y: 147, size: 7.5)
        let labels = ["事務", "うち女性", "技術", "うち女性", "合計", "うち女性"]
        let halves: [(x: Double, years: [String], counts: [[String]])] = [
            (39, ["令和3年度", "令和4年度", "令和5年度"], [["78", "82", "75"], ["34", "37", "35"], ["41", "44", "47"], ["9", "11", "13"], ["119", "126", "122"], ["43", "48", "48"]]),
            (298, ["令和6年度", "令和7年度", "令和8年度"], [["88", "91", "95"], ["41", "44", "－"], ["45", "49", "52"], ["12", "15", "－"], ["133", "140", "147"], ["53", "59", "－"]]),
        ]
        for half in halves {
            b.text("区分", x: half.x + 15, y: 164, size: 7.5)
            for (i, year) in half.years.enumerated() { b.text(year, x: half.x + 60 + 57 * Double(i), y: 164, size: 7.5) }
            for (r, label) in labels.enumerated() {
                let y = 178 + 14 * Double(r)
                b.text(label, x: half.x, y: y, size: 7.5)
                for (i, count) in half.counts[r].enumerated() { right(count, half.x + 95 + 57 * Double(i), y) }
            }
        }
        b.text("※令和8年度は採用予定数です。", x: 36, y: 264, size: 7.5)
        // Two columns under the halves, their gutter under the gap between the halves.
        for r in 0..<4 {
            b.text("総務部の仕事を紹介する文章がここに入ります\(r)。", x: 36, y: 300 + 14 * Double(r), size: 7.5)
            b.text("試験の日程を紹介する文章がここに入ります\(r)。", x: 316, y: 300 + 14 * Double(r), size: 7.5)
        }
        let lines = LayoutEngine().layout(b.page()).textLines.map { $0.split(separator: "\t").joined(separator: "|") }
        #expect(lines.contains("事務|78|82|75") && lines.contains("事務|88|91|95"), "\(lines)")
        let leftEnd = lines.firstIndex { $0.hasPrefix("うち女性|43") }, rightStart = lines.firstIndex { $0.hasPrefix("区分|令和6年度") }
        let note = lines.firstIndex { $0.hasPrefix("※令和8年度") }, column = lines.firstIndex { $0.hasPrefix("総務部") }
        #expect(leftEnd != nil && rightStart == leftEnd.map { $0 + 1 } && note! > rightStart! && column! > rightStart!, "\(lines)")
    }

    @Test("One table whose column groups repeat their sub-headers, its years in a column left of them, stays one table")
    func groupedColumns() {
        var b = PageBuilder()
        b.text("年度", x: 60, y: 100, size: 8.8)
        b.text("事務系", x: 190, y: 92, size: 8.8)
        b.text("技術系", x: 390, y: 92, size: 8.8)
        for (i, header) in ["採用数", "うち女性", "採用数", "うち女性"].enumerated() {
            b.text(header, x: 140 + 100 * Double(i), y: 108, size: 8.8)
        }
        let rows = [("令和3年度", ["12", "5", "8", "2"]), ("令和4年度", ["14", "6", "9", "3"]), ("令和5年度", ["15", "7", "7", "1"])]
        for (r, (year, counts)) in rows.enumerated() {
            let y = 126 + 16 * Double(r)
            b.text(year, x: 50, y: y, size: 8.8)
            for (i, count) in counts.enumerated() { b.text(count, x: 150 + 100 * Double(i), y: y, size: 8.8) }
        }
        let lines = LayoutEngine().layout(b.page()).textLines.map { $0.split(separator: "\t").joined(separator: "|") }
        #expect(lines.contains("令和4年度|14|6|9|3"), "\(lines)")
    }

    @Test("A table whose own label column stands left of two captioned groups of names stays one table")
    func labelColumnLeftOfGroups() {
        var b = PageBuilder()
        b.text("試験", x: 50, y: 100, size: 8.8)
        b.text("事務系", x: 190, y: 92, size: 8.8)
        b.text("技術系", x: 360, y: 92, size: 8.8)
        for (i, header) in ["区分", "人数", "区分", "人数"].enumerated() { b.text(header, x: 150 + 85 * Double(i), y: 108, size: 8.8) }
        let rows = [("総合職試験", "法律・政治", "1", "理工・情報", "1"), ("一般職試験", "人文・社会", "5", "電気・情報", "2"), ("専門職試験", "図書館・情報", "4", "建築", "1")]
        for (r, row) in rows.enumerated() {
            let y = 126 + 16 * Double(r)
            for (i, cell) in [row.0, row.1, row.2, row.3, row.4].enumerated() { b.text(cell, x: i == 0 ? 50 : 65 + 85 * Double(i), y: y, size: 8.8) }
        }
        let lines = LayoutEngine().layout(b.page()).textLines.map { $0.split(separator: "\t").joined(separator: "|") }
        #expect(lines.contains("一般職試験|人文・社会|5|電気・情報|2"), "\(lines)")
    }

    @Test("Years spanning repeated sub-columns, the row labels left of them under a title across the table, stay one table")
    func rowLabelsUnderTitle() {
        // holdout29's sakai-2026: 区分 | 令和3年度 (事務 技術 計) | 令和4年度 (事務 技術 計), rows 採用者数 / うち女性.
        var b = PageBuilder()
        b.text("新規採用職員数の推移（大学卒業程度・人）", x: 40, y: 84, size: 9)
        b.text("区分", x: 60, y: 117, size: 8)
        for (g, year) in ["令和3年度", "令和4年度"].enumerated() {
            let x = 101 + 77 * Double(g)
            b.text(year, x: x + 6, y: 109, size: 8)
            for (i, head) in ["事務", "技術", "計"].enumerated() { b.text(head, x: x + 22 * Double(i), y: 130, size: 8) }
        }
        let rows = [("採用者数", ["68", "24", "92", "72", "27", "99"]), ("うち女性", ["31", "6", "37", "35", "8", "43"])]
        for (r, (label, counts)) in rows.enumerated() {
            let y = 148 + 20 * Double(r)
            b.text(label, x: 52, y: y, size: 8)
            for (i, count) in counts.enumerated() { b.text(count, x: 103 + 77 * Double(i / 3) + 22 * Double(i % 3), y: y, size: 8) }
        }
        let lines = LineBuilder(page: b.page()).build().filter { $0.orientation == .horizontal }
        let reading = GutterReading(page: PageLines(lines: lines, flows: [:], sectionNames: []))
        #expect(!reading.partsRepeatedHeader(Array(lines.indices), at: 158...175))
        // (Without the row labels, the same header over two captioned halves parts two tables.)
        let headerOnly = lines.filter { !["採用者数", "うち女性"].contains($0.text) }
        #expect(GutterReading(page: PageLines(lines: headerOnly, flows: [:], sectionNames: [])).partsRepeatedHeader(Array(headerOnly.indices), at: 158...175))
    }

    /// Whether the gap between the tables (273–321) reads as parting two tables.
    private func parts(_ page: Page) -> Bool {
        let lines = LineBuilder(page: page).build().filter { $0.orientation == .horizontal }
        let reading = GutterReading(page: PageLines(lines: lines, flows: [:], sectionNames: []))
        return reading.partsRepeatedHeader(Array(lines.indices), at: 280...315)
    }

    @Test("Without a caption of its own over the second half (a note of the column beyond), the header parts nothing")
    func captionOverEachHalf() {
        #expect(parts(page()))
        #expect(!parts(page(secondCaption: ("※予定数は今後変更になる場合があります。", 430))))
    }

    /// A hiring table with its years at the right end and a row of units (`（人）`) under its header.
    static let unitsRow: [(String, Double, Double, Double)] = [
        ("事務系", 102.1, 200.2, 9),
        ("うち女性", 151.6, 200.2, 9),
        ("技術系", 210.1, 200.2, 9),
        ("うち女性", 259.6, 200.2, 9),
        ("計", 327.1, 200.2, 9),
        ("うち女性", 367.6, 200.2, 9),
        ("年度", 450.6, 200.2, 9),
        ("（人）", 113.6, 218.2, 9),
        ("（人）", 165.6, 218.2, 9),
        ("（人）", 221.6, 218.2, 9),
        ("（人）", 273.6, 218.2, 9),
        ("（人）", 329.6, 218.2, 9),
        ("（人）", 381.6, 218.2, 9),
        ("4", 135.1, 236.2, 9),
        ("2", 187.1, 236.2, 9),
        ("2", 243.1, 236.2, 9),
        ("0", 295.1, 236.2, 9),
        ("6", 351.1, 236.2, 9),
        ("2", 403.1, 236.2, 9),
        ("令和3年度", 414.6, 236.2, 9),
        ("5", 135.1, 254.2, 9),
        ("2", 187.1, 254.2, 9),
        ("1", 243.1, 254.2, 9),
        ("0", 295.1, 254.2, 9),
        ("6", 351.1, 254.2, 9),
        ("2", 403.1, 254.2, 9),
        ("令和4年度", 414.6, 254.2, 9),
        ("3", 135.1, 272.2, 9),
        ("1", 187.1, 272.2, 9),
        ("2", 243.1, 272.2, 9),
        ("1", 295.1, 272.2, 9),
        ("5", 351.1, 272.2, 9),
        ("2", 403.1, 272.2, 9),
        ("令和5年度", 414.6, 272.2, 9),
        ("5", 135.1, 290.2, 9),
        ("3", 187.1, 290.2, 9),
        ("2", 243.1, 290.2, 9),
        ("0", 295.1, 290.2, 9),
        ("7", 351.1, 290.2, 9),
        ("3", 403.1, 290.2, 9),
        ("令和6年度", 414.6, 290.2, 9),
        ("6", 135.1, 308.2, 9),
        ("3", 187.1, 308.2, 9),
        ("3", 243.1, 308.2, 9),
        ("1", 295.1, 308.2, 9),
        ("9", 351.1, 308.2, 9),
        ("4", 403.1, 308.2, 9),
        ("令和7年度", 414.6, 308.2, 9),
        ("5", 135.1, 326.2, 9),
        ("－", 183.6, 326.2, 9),
        ("3", 243.1, 326.2, 9),
        ("－", 291.6, 326.2, 9),
        ("8", 351.1, 326.2, 9),
        ("－", 399.6, 326.2, 9),
        ("令和8年度（予定）", 414.6, 326.2, 9),
    ]

    @Test("A row of units under the header, `（人）` over every column, says nothing twice: the table stays whole")
    func unitsRowIsNoRepeatedHeader() {
        var b = PageBuilder()
        for (text, x, y, size) in Self.unitsRow { b.text(text, x: x, y: y, size: size) }
        let tables = LayoutEngine().layout(b.page()).blocks.compactMap(\.table).map { $0.rows.map { $0.map(\.text) } }
        #expect(tables.count == 1, "\(tables)")
        #expect(tables.first?.last == ["5", "－", "3", "－", "8", "－", "令和8年度（予定）"], "\(tables)")
    }
}
