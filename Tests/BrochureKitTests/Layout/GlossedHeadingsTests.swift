import Testing
@testable import BrochureKit

/// Section headings set with an English gloss on their baseline (`配属実績 PLACEMENT`), and a
/// group cell centred on the rows it spans.
@Suite("Glossed headings and spanning cells")
struct GlossedHeadingsTests {
    /// A title at 12 pt with its gloss at 7 pt, bottoms level, from `x`.
    static func glossed(_ b: inout PageBuilder, _ title: String, _ gloss: String, x: Double, bottom: Double) {
        b.text(title, x: x, y: bottom - 12, size: 12, bold: true)
        b.text(gloss, x: x + 12 * Double(title.count) + 4, y: bottom - 7, size: 7)
    }

    /// Two notes, then `配属実績 PLACEMENT` beside `試験区分 EXAMINATION`, a caption under each,
    /// then a table under each, their rows level.
    static func page() -> PageBuilder {
        var b = PageBuilder()
        b.text("※数字は採用者数、（ ）内は女性の内数。", x: 42, y: 433, size: 7.5)
        b.text("※2026年度は採用予定数（白抜きの点）。", x: 42, y: 444, size: 7.5)
        glossed(&b, "配属実績", "PLACEMENT", x: 52, bottom: 473)
        glossed(&b, "試験区分", "EXAMINATION", x: 318, bottom: 473)
        b.text("2025年度採用者の配属先（2026年4月現在）", x: 42, y: 486, size: 8.5)
        b.text("2026年度採用予定者の試験区分", x: 308, y: 486, size: 8.5)
        tablesSideBySide(&b, y: 504, pitch: 16, unit: ("課", 60), left: (160, 210), category: 318, right: (430, 490),
                         rows: [("人事課", "法律"), ("総務課", "経済"), ("測地基準課", "工学"), ("地図情報課", "デジタル")])
        return b
    }

    /// An assignment table (`unit | 事務系 | 技術系`) and an exam table (`試験区分 | 事務系 | 技術系`)
    /// side by side, their rows level: headers at `y`, a row every `pitch`, each track header set
    /// ten points left of its counts.
    static func tablesSideBySide(_ b: inout PageBuilder, y: Double, pitch: Double, unit: (String, Double), left: (Double, Double),
                                 category: Double, right: (Double, Double), rows: [(String, String)]) {
        for (text, x) in [(unit.0, unit.1), ("事務系", left.0 - 10), ("技術系", left.1 - 10), ("試験区分", category),
                          ("事務系", right.0 - 10), ("技術系", right.1 - 10)] {
            b.text(text, x: x, y: y, size: 8)
        }
        for (r, (name, categoryName)) in rows.enumerated() {
            let rowY = y + pitch * Double(r + 1)
            b.text(name, x: unit.1, y: rowY, size: 8)
            b.text(r < 2 ? "1" : "－", x: left.0, y: rowY, size: 8)
            b.text(r < 2 ? "－" : "2", x: left.1, y: rowY, size: 8)
            b.text(categoryName, x: category, y: rowY, size: 8)
            b.text(r < 2 ? "1" : "－", x: right.0, y: rowY, size: 8)
            b.text(r < 2 ? "－" : "3", x: right.1, y: rowY, size: 8)
        }
    }

    @Test("Tables side by side under two glossed section headings are two tables, not one across the gap")
    func tablesUnderGlossedHeadings() {
        let tables = TableGeometryTests.tables(Self.page())
        #expect(tables.count == 2, "\(tables)")
        #expect(tables.first?.first == ["課", "事務系", "技術系"])
        #expect(EnglishGloss.stripped("配属実績 PLACEMENT") == "配属実績")
        #expect(EnglishGloss.stripped("WORK STYLE") == "WORK STYLE")
        #expect(EnglishGloss.stripped("配属実績") == "配属実績")
    }

    @Test("A gloss carrying a year is stripped with it; a year alone after a title is no gloss", arguments: [
        ("採用予定 RECRUITMENT 2026", "採用予定"), ("採用実績 2026", "採用実績 2026"), ("RECRUITMENT 2026", "RECRUITMENT 2026"),
        ("配属実績 ASSIGNMENT 202", "配属実績 ASSIGNMENT 202"),
        ("採用実績 Recruitment", "採用実績"), ("働き方 Work style", "働き方"), ("01 採用予定数 Positions 2026", "01 採用予定数"),
        ("連絡先 e-mail", "連絡先 e-mail"), ("担当 mail", "担当 mail"),
    ])
    func glossWithYear(_ text: String, _ stripped: String) {
        #expect(EnglishGloss.stripped(text) == stripped)
    }

    @Test("A long heading level with a section heading (04 採用予定数（試験区分別）, 16 characters) heads a column too: the tables under the two are cut apart")
    func longHeadingBesideSectionHeading() {
        var b = PageBuilder()
        b.text("03 配属先", x: 40, y: 46, size: 16, bold: true)
        b.text("04 採用予定数（試験区分別）", x: 305, y: 46, size: 16, bold: true)
        b.text("令和7年度採用者の配属先", x: 40, y: 79, size: 8)
        b.text("令和8年度採用予定数", x: 305, y: 79, size: 8)
        b.text("組織", x: 48, y: 99, size: 8)
        Self.tablesSideBySide(&b, y: 99, pitch: 18, unit: ("部署", 106), left: (210, 260), category: 308, right: (430, 500),
                              rows: [("総務部", "行政"), ("業務部", "事務"), ("研究所", "機械"), ("製造部", "化学")])
        let tables = TableGeometryTests.tables(b)
        #expect(tables.count == 2, "\(tables)")
        #expect(tables.first?.first?.contains("試験区分") == false, "\(tables)")
    }

    @Test("A group cell centred on its two rows, overlapping one by a point, stays in the table")
    func groupCellCentredOnRows() {
        var b = PageBuilder()
        b.text("部", x: 69, y: 504, size: 8)
        b.text("課", x: 152, y: 504, size: 8)
        b.text("事務系", x: 216, y: 504, size: 8)
        b.text("技術系", x: 256, y: 504, size: 8)
        let groups = [("総務部", ["人事課", "総務課"]), ("測地部", ["測地基準課", "物理測地課"]), ("基本図情報部", ["地図情報課", "画像調査課"])]
        for (g, (group, units)) in groups.enumerated() {
            let top = 520 + Double(g) * 31.6
            // Centred on its two rows' cell frame: a point and a half below their middles' midpoint.
            b.text(group, x: 44, y: top + 9.3, size: 8)
            for (r, unit) in units.enumerated() {
                let y = top + Double(r) * 15.8
                b.text(unit, x: 106, y: y, size: 8)
                b.text(g == 0 ? "1" : "－", x: 225, y: y, size: 8)
                b.text(g == 0 ? "－" : "2", x: 265, y: y, size: 8)
            }
        }
        let tables = TableGeometryTests.tables(b)
        #expect(tables.count == 1, "\(tables)")
        #expect(tables.first?.contains { $0.first == "測地部" && $0.contains("測地基準課") } == true, "\(tables)")
    }

    @Test("A gloss set flush right at its column's edge is read with its heading: each column's table before the next column's heading")
    func glossFlushRight() {
        var b = PageBuilder()
        for (title, gloss, caption, x, right) in [("配属実績", "PLACEMENT", "R7年度採用者の配属先", 40.0, 304.0),
                                                 ("採用予定", "EXAMS", "R8年度試験区分別の採用予定", 328.0, 538.0)] {
            b.text(title, x: x + 10, y: 444, size: 12, bold: true)
            b.text(gloss, x: right - 6 * Double(gloss.count), y: 449, size: 7)
            b.text(caption, x: x, y: 471, size: 8.5)
        }
        // The assignments at the left (the table indented), the exams at the right, rows of other pitches.
        for (r, row) in [["区分", "事務系", "技術系"], ["総務課", "1", "－"], ["企画課", "－", "2"]].enumerated() {
            for (c, cell) in row.enumerated() {
                b.text(cell, x: 51 + Double(c) * 95, y: 492 + Double(r) * 18, size: 8.5)
            }
        }
        for (r, row) in [["試験の程度", "事務系", "技術系"], ["大卒程度試験", "法律2・経済1", "デジタル1"], ["計", "3", "1"]].enumerated() {
            for (c, cell) in row.enumerated() {
                b.text(cell, x: 330 + Double(c) * 80, y: 492 + Double(r) * 26, size: 8.5)
            }
        }
        let lines = LayoutEngine().layout(b.page()).textLines
        let leftTable = lines.firstIndex { $0.hasPrefix("企画課") }
        let rightHeading = lines.firstIndex(of: "採用予定")
        #expect(leftTable != nil && rightHeading != nil && leftTable! < rightHeading!, "\(lines)")
    }

    @Test("A line of capitals as large as the heading beside it (the next column's `Q&A`) is no gloss")
    func sameSizeCapitalsNoGloss() {
        func block(_ text: String, x: Double, size: Double, kind: Block.Kind) -> Block {
            let box = Rect(x0: x, y0: 456 - size, x1: x + size * Double(text.count), y1: 456)
            return Block(kind: kind, box: box, lines: [TextLine(text: text, box: box, fontSize: size, isBold: false, orientation: .horizontal)])
        }
        let glossed = [block("配属実績", x: 50, size: 12, kind: .heading), block("PLACEMENT", x: 262, size: 7, kind: .paragraph)]
        #expect(EnglishGloss.beside(0, in: glossed) == 1)
        let beside = [block("配属実績", x: 50, size: 12, kind: .heading), block("Q&A", x: 308, size: 12, kind: .heading)]
        #expect(EnglishGloss.beside(0, in: beside) == nil)
    }

    @Test("A table under a heading row with a mixed-case gloss at the far right (`配属実績 … Placement`) stays whole across its widest column gap")
    func mixedCaseGlossOverTable() {
        var b = PageBuilder()
        b.text("配属実績", x: 50, y: 465, size: 12, bold: true)
        b.text("Placement", x: 515, y: 469, size: 8)
        b.text("2025年度入構者の配属先（人）", x: 40, y: 494, size: 9)
        // Units as columns under two-line header cells, the gap after the second unit the
        // widest of the table (25 points against 21).
        let cells: [(String, Double, Double)] = [
            ("調布航空宇宙", 94.5, 513.5), ("筑波宇宙", 163.5, 513.5), ("配属先", 52, 519), ("センター", 102.5, 524.3), ("センター", 163.5, 524.3),
            ("相模原", 228.5, 513.5), ("種子島宇宙", 281.5, 513.5), ("角田宇宙", 346.5, 513.5), ("東京事務所", 403.5, 519), ("計", 531, 519),
            ("キャンパス", 220.5, 524.3), ("センター", 285.5, 524.3), ("センター", 346.5, 524.3),
            ("事務系", 52, 540), ("8", 116, 540), ("6", 177, 540), ("3", 238, 540), ("1", 299, 540), ("－", 358.5, 540), ("4", 421, 540), ("22", 530, 540),
            ("技術系", 52, 556), ("9", 116, 556), ("12", 174.6, 556), ("7", 238, 556), ("4", 299, 556), ("3", 360, 556), ("－", 419.5, 556), ("38", 530, 556),
        ]
        for (text, x, y) in cells {
            b.text(text, x: x, y: y, size: 8)
        }
        b.text("採用予定", x: 50, y: 581, size: 12, bold: true)
        b.text("Openings", x: 519, y: 585, size: 8)
        b.text("2026年度採用予定数（職種・区分別）", x: 40, y: 610, size: 9)
        let tables = TableGeometryTests.tables(b)
        #expect(tables.count == 1, "\(tables)")
        #expect(tables.first?.first == ["配属先", "調布航空宇宙センター", "筑波宇宙センター", "相模原キャンパス", "種子島宇宙センター", "角田宇宙センター", "東京事務所", "計"], "\(tables)")
        let placement = TextLine(text: "Placement", box: Rect(x0: 515, y0: 469, x1: 551, y1: 477), fontSize: 8, isBold: false, orientation: .horizontal)
        let heading = TextLine(text: "配属実績", box: Rect(x0: 50, y0: 465, x1: 98, y1: 477), fontSize: 12, isBold: true, orientation: .horizontal)
        #expect(EnglishGloss.glosses(placement, heading: heading))
        #expect(!EnglishGloss.glosses(heading, heading: placement))
    }

    @Test("A section title and its gloss caught as the first row of a row of boxes head the table from above")
    func glossedTitleRowOverBoxes() {
        var b = PageBuilder()
        b.text("働き方", x: 50, y: 51.4, size: 12, bold: true)
        b.text("Work style", x: 340, y: 55.4, size: 8)
        for (c, x) in [44.0, 160, 276].enumerated() {
            b.text(["フレックスタイム制", "テレワーク", "海外派遣"][c], x: x + 2, y: 80.1, size: 9)
            b.text(["コアタイムのない柔軟な", "業務に応じて在宅勤務を", "海外の宇宙機関や大学で"][c], x: x, y: 100.5, size: 8.5)
            b.text(["勤務ができます。", "利用できます。", "経験を積めます。"][c], x: x, y: 113.5, size: 8.5)
        }
        let layout = LayoutEngine().layout(b.page())
        // The boxes are read box by box (`CardColumns`), the title and its gloss apart from them.
        let cards = layout.blocks.map { $0.lines.map(\.text) }
        #expect(cards.contains(["フレックスタイム制", "コアタイムのない柔軟な", "勤務ができます。"]), "\(cards)")
        #expect(layout.blocks.contains { $0.table == nil && $0.lines.contains { $0.text.hasPrefix("働き方") } && !$0.lines.contains { $0.text == "テレワーク" } })
    }
}
