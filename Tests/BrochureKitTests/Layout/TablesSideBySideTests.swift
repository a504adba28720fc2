import Testing

@testable import BrochureKit

/// Two tables set side by side on shared rows, each read as its own table: under two section
/// headings set in from their tables' edges; beside a table of figures with only a header cell
/// naming its section; under two headings a size apart. (The shapes of holdout34's shiga p1
/// and jhf pp. 1–2, their lines where those pages set them.)
@Suite("Tables side by side")
struct TablesSideBySideTests {
    /// A lead in body type, so the page's own measure is the tables'.
    static func lead(_ b: inout PageBuilder, size: Double = 7) {
        for i in 0..<4 {
            b.text("琵琶湖とともに暮らす県民のために、環境・防災・産業振興など県政の最前線で働く仲間を求めています。", x: 36, y: 83 + Double(i) * 12, size: size)
        }
    }

    /// Exams on the left, rows 12.4 pt apart; assignments on the right, 12 pt apart, their
    /// first column 5 pt left of its heading; 19 pt under 10 pt headings.
    static func headedPage() -> PageBuilder {
        var b = PageBuilder()
        lead(&b)
        b.text("令和8年度採用予定", x: 43, y: 414, size: 10)
        b.text("2025年度採用者の主な配属先", x: 317, y: 414, size: 10)
        for (x, word) in [(48.0, "職種"), (106, "試験"), (187, "区分"), (244, "予定数")] { b.text(word, x: x, y: 443, size: 7) }
        for (x, word) in [(363.0, "所属"), (449, "事務職"), (509, "技術職")] { b.text(word, x: x, y: 443, size: 7) }
        let exams = [("事務職", "行政", "60名"), ("", "警察事務", "8名"), ("", "教育事務", "4名"), ("技術職", "総合土木", "18名"), ("", "建築", "6名"),
            ("", "農学", "7名"), ("", "林学", "3名"), ("", "化学", "3名"), ("", "電気", "3名")]
        for (i, (track, category, count)) in exams.enumerated() {
            let y = 456 + Double(i) * 12.4
            if !track.isEmpty {
                b.text(track, x: 39, y: y, size: 7)
                b.text("上級（大卒程度）", x: 77, y: y, size: 7)
            }
            b.text(category, x: 155, y: y, size: 7)
            b.text(count, x: 271 - Double(count.count) * 7, y: y, size: 7)
        }
        let units = [("総合企画部", "6", "－"), ("総務部", "7", "－"), ("琵琶湖環境部", "5", "6"), ("健康医療福祉部", "12", "2"), ("商工観光労働部", "6", "1"),
            ("農政水産部", "5", "8"), ("土木交通部", "6", "17"), ("教育委員会", "11", "－"), ("警察本部", "10", "4")]
        for (i, (unit, clerical, technical)) in units.enumerated() {
            let y = 455 + Double(i) * 12
            b.text(unit, x: 312, y: y, size: 7)
            b.text(clerical, x: 458, y: y, size: 7)
            b.text(technical, x: 516, y: y, size: 7)
        }
        return b
    }

    @Test("Two headings set in from their tables head a table each, however far apart the rows drift")
    func headedTablesPart() {
        let lines = LayoutEngine().layout(Self.headedPage().page()).textLines
        #expect(lines.contains("職種\t試験\t区分\t予定数"), "\(lines)")
        #expect(lines.contains("所属\t事務職\t技術職"), "\(lines)")
        #expect(lines.contains("総合企画部\t6\t－"), "\(lines)")
    }

    /// Hiring by year on the left under its heading; beside it, on the same baselines, units of
    /// last year's cohort under a header cell naming their section, one row more.
    static func cohortPage() -> PageBuilder {
        var b = PageBuilder()
        lead(&b, size: 7.3)
        b.text("新卒採用者数", x: 43, y: 317, size: 11)
        for (x, word) in [(51.4, "入社年度"), (104.8, "総合職（事務系）"), (180.8, "総合職（技術系）"), (263.4, "計")] { b.text(word, x: x, y: 348, size: 7.3) }
        for (x, word) in [(334.6, "2025年度入社者の配属"), (442, "事務系"), (492, "技術系")] { b.text(word, x: x, y: 348, size: 7.3) }
        let years = [("2021年度", "14（7）", "4（1）", "18（8）"), ("2022年度", "16（8）", "5（2）", "21（10）"), ("2023年度", "15（8）", "6（2）", "21（10）"),
            ("2024年度", "18（10）", "5（1）", "23（11）"), ("2025年度", "17（9）", "7（3）", "24（12）"), ("2026年度", "19", "7", "26")]
        let units = [("住宅融資保険部", "2", "－"), ("証券化支援部", "3", "1"), ("まちづくり業務部", "2", "2"), ("ITシステム部", "－", "3"), ("東海支店", "3", "－"),
            ("近畿支店", "4", "1"), ("九州支店", "3", "－")]
        for i in 0..<units.count {
            let y = 361 + Double(i) * 13
            if i < years.count {
                b.text(years[i].0, x: 39, y: y, size: 7.3)
                b.text(years[i].1, x: 119.8, y: y, size: 7.3)
                b.text(years[i].2, x: 198.1, y: y, size: 7.3)
                b.text(years[i].3, x: 256.5, y: y, size: 7.3)
            }
            b.text(units[i].0, x: 321, y: y, size: 7.3)
            b.text(units[i].1, x: 450.7, y: y, size: 7.3)
            b.text(units[i].2, x: 499.4, y: y, size: 7.3)
        }
        return b
    }

    @Test("A column of labels under a header cell naming a section, right of a table's figures, is another table; its cohort's header opens the section")
    func cohortTableBeside() {
        let page = LayoutEngine().layout(Self.cohortPage().page())
        let lines = page.textLines
        #expect(lines.contains("入社年度\t総合職（事務系）\t総合職（技術系）\t計"), "\(lines)")
        #expect(lines.contains("2025年度入社者の配属\t事務系\t技術系"), "\(lines)")
        #expect(lines.contains("住宅融資保険部\t2\t－"), "\(lines)")
        let layout = DocumentLayout.onePage(page)
        #expect(SectionSegmenter().segment(layout).map(\.kind) == [.hiring, .assignments])
    }

    @Test("A cohort's year opening a header cell is no numbering: the words after it name the section")
    func cohortHeaderWords() {
        #expect(SectionSegmenter.cohortHeaderOpening("2025年度入社者の配属") == .assignments)
        #expect(SectionSegmenter.cohortHeaderOpening("入社者の配属") == nil)
        #expect(SectionSegmenter.cohortHeaderOpening("2025年度") == nil)
    }

    /// Exams under an 11 pt heading that opens its section in words of its own, training under
    /// a 10 pt heading beside it; rows level within a point.
    static func sizesApartPage() -> PageBuilder {
        var b = PageBuilder()
        lead(&b, size: 7.4)
        b.text("2026年度採用予定（総合職）", x: 43, y: 240, size: 11)
        b.text("研修", x: 347, y: 241, size: 10)
        for (x, word) in [(58.5, "系統"), (133.5, "区分"), (209.8, "学部卒"), (272.2, "大学院修了")] { b.text(word, x: x, y: 272, size: 7.5) }
        for (x, word) in [(352.8, "年次"), (403.2, "研修名"), (496.3, "内容")] { b.text(word, x: x, y: 271.3, size: 7.2) }
        let exams = [("事務系", "事務", "15名", "4名"), ("技術系", "建築・土木", "3名", "2名"), ("", "情報", "2名", "－")]
        let training = [("1年目", "新入職員研修", "金融・住宅の基礎"), ("2年目", "支店実務研修", "審査と債権管理"), ("4年目", "中堅職員研修", "企画立案の手法"),
            ("7年目", "海外派遣研修", "米国の住宅金融")]
        for i in 0..<training.count {
            let y = 286 + Double(i) * 14
            if i < exams.count {
                if !exams[i].0.isEmpty { b.text(exams[i].0, x: 39, y: y, size: 7.5) }
                b.text(exams[i].1, x: 99, y: y, size: 7.5)
                b.text(exams[i].2, x: 212.5, y: y, size: 7.5)
                b.text(exams[i].3, x: 284.9, y: y, size: 7.5)
            }
            b.text(training[i].0, x: 350.5, y: y - 0.8, size: 7.2)
            b.text(training[i].1, x: 383, y: y - 0.8, size: 7.2)
            b.text(training[i].2, x: 451, y: y - 0.8, size: 7.2)
        }
        return b
    }

    @Test("A heading opening its section in words of its own heads its column beside a heading a size smaller")
    func headingsASizeApart() {
        let lines = LayoutEngine().layout(Self.sizesApartPage().page()).textLines
        #expect(lines.contains("系統\t区分\t学部卒\t大学院修了"), "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("系統") && $0.contains("年次") }, "\(lines)")
    }
}

/// Two columns whose heading and first line are set a line apart: the hiring heading and its
/// caption on the left, the exam heading and its first bar a line lower on the right
/// (holdout34's sapporo p1).
@Suite("Headings of two columns set a line apart")
struct SteppedColumnHeadingsTests {
    static func block(_ kind: Block.Kind, _ text: String, _ box: Rect, size: Double) -> Block {
        Block(kind: kind, box: box, lines: [TextLine(text: text, box: box, fontSize: size, isBold: kind == .heading, orientation: .horizontal)])
    }

    @Test("A section's heading is no stepped item's name: the next column's heading a line lower is no value of it")
    func headingsStayApart() {
        let blocks = [
            Self.block(.heading, "採用者数の推移", Rect(x0: 43, y0: 134.7, x1: 120, y1: 145.7), size: 11),
            Self.block(.heading, "令和8年度採用試験", Rect(x0: 399, y0: 147.7, x1: 488, y1: 157.7), size: 10),
            Self.block(.paragraph, "採用区分別の採用者数（人）。各年度の「計」は大卒程度と高卒程度の合計です。", Rect(x0: 36, y0: 159, x1: 302.4, y1: 166.2), size: 7.2),
            Self.block(.paragraph, "事務｜大学の部（大卒程度）", Rect(x0: 395, y0: 170.1, x1: 489.9, y1: 177.4), size: 7.3),
        ]
        #expect(LeaderRows.steppedPairs(blocks).isEmpty)
        // (Items whose names are no headings are still joined: `育児休業` over its period.)
        var items = blocks
        items[0] = Self.block(.paragraph, "育児休業", Rect(x0: 43, y0: 134.7, x1: 120, y1: 145.7), size: 11)
        #expect(LeaderRows.steppedPairs(items) == [0: 1, 2: 3])
    }
}
