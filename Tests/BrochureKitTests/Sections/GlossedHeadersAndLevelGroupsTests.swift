import Testing

@testable import BrochureKit

/// A hiring header glossed in English line by line
/// (`計` over `Total`, `うち女性` over `Women`), and an exam table whose levels each head a
/// group of `試験区分 | 人数` columns.
@Suite("Glossed hiring headers, exam levels over column groups")
struct GlossedHeadersAndLevelGroupsTests {
    typealias H = HiringParserTests
    typealias E = ExamBreakdownParserTests
    typealias L = LooseLayoutsTests

    @Test("A women's column after the total, under a header glossed in English, holds the total's women")
    func glossedWomenColumn() {
        let record = HiringParser().parse(H.part([
            ["年度", "事務職", "技術職", "計", "うち女性"],
            ["Fiscal year", "Administrative", "Technical", "Total", "Women"],
            ["令和3年度", "9", "2", "11", "5"],
            ["令和4年度", "10", "2", "12", "5"],
            ["令和5年度（予定）", "11", "3", "14", "－"],
        ], header: 2))
        #expect(H.read(record) == ["2021 11/5 9/- 2/-", "2022 12/5 10/- 2/-", "2023p 14/- 11/- 3/-"])
    }

    @Test("A gloss line is left out of a label, in a row or a cell of its own; Latin alone, or a year, is kept")
    func glossLines() {
        func cell(_ text: String, lines: [String] = []) -> Table.Cell { Table.Cell(text: text, box: nil, lines: lines) }
        #expect(HeaderGloss.label([cell("計"), cell("Total")]) == "計")
        #expect(HeaderGloss.label([cell("うち女性Women", lines: ["うち女性", "Women"])]) == "うち女性")
        #expect(HeaderGloss.label([cell(""), cell("Total")]) == "Total")
        #expect(HeaderGloss.label([cell("年度"), cell("FY2026")]) == "年度FY2026")
        #expect(HeaderGloss.label([cell("事務系"), cell("(人)")]) == "事務系(人)")
    }

    /// `区分 | 大学卒業程度 | | 大学院修了程度 |` over `| 試験区分 | 人数 | 試験区分 | 人数`, the
    /// track cell centred on its rows.
    static var levelGroups: (page: Int, block: Block) {
        ExamHoldout34Tests.table([
            ["区分", "大学卒業程度", "", "大学院修了程度", ""],
            ["", "試験区分", "人数", "試験区分", "人数"],
            ["", "電気・電子", "3名", "情報通信", "6名"],
            ["研究・技術職", "情報工学", "4名", "電磁波計測", "2名"],
            ["", "機械", "1名", "", ""],
            ["事務職", "行政", "4名", "行政", "2名"],
        ], xs: [44...99, 144...189, 301...316, 324...398, 481...496], y0: 86, step: 18, header: 2)
    }

    @Test("Each level over a group of columns holds the category and count pairs under it, up to the next level")
    func levelColumnGroups() throws {
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "令和8年度採用予定", [Self.levelGroups])))
        #expect(Set(E.read(exam)) == [
            "technical undergraduate 電気・電子 3", "technical undergraduate 情報工学 4", "technical undergraduate 機械 1",
            "technical graduate 情報通信 6", "technical graduate 電磁波計測 2",
            "administrative undergraduate 行政 4", "administrative graduate 行政 2",
        ])
    }
}
