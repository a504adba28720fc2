import Testing

@testable import BrochureKit

/// Categories under each track closed by their subtotal, assignments listed with their counts
/// in brackets, the plan said in a sentence, intakes dotted after the era, items marked `▲`.
@Suite("Subtotal columns, bracketed lists and plan sentences")
struct SubtotalColumnsAndBracketedListsTests {
    typealias L = LooseLayoutsTests
    typealias J = JobTitleTracksTests
    typealias C = CategoryColumnsAndPlanLinesTests

    @Test("Categories under a track closed by `計` give the track its subtotal column's figures")
    func subtotalColumns() throws {
        let hiring = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [J.table([
            ["年度", "事務職", "", "", "技術職", "", "", "合計"],
            ["", "一般事務", "社会福祉", "計", "土木", "電気", "計", ""],
            ["令和3年度", "6（3）", "1（1）", "7（4）", "2（0）", "1（0）", "3（0）", "10（4）"],
            ["令和4年度", "5（2）", "1（0）", "6（2）", "2（1）", "－", "2（1）", "8（3）"],
        ])])))
        #expect(C.tracks(hiring.rows) == ["2021 7(4) 3(0) 10", "2022 6(2) 2(1) 8"])
        // Sexes closed by `計` are `SexSubColumns`' (the women read from their column), and a
        // run with no subtotal is no group of this kind.
        let sexes = J.table([["年度", "事務系", "", "", "技術系", "", ""], ["", "男性", "女性", "計", "男性", "女性", "計"], ["令和3年度", "3", "2", "5", "1", "0", "1"]]).block.table!
        #expect(TrackSubtotalColumns.taken(sexes, headerRows: 2) == nil)
        let open = J.table([["年度", "事務職", "", "技術職", ""], ["", "一般事務", "社会福祉", "土木", "電気"], ["令和3年度", "6", "1", "2", "1"]]).block.table!
        #expect(TrackSubtotalColumns.taken(open, headerRows: 2) == nil)
    }

    @Test("Units listed with their counts per track in brackets, the list wrapping over blocks, are the assignments")
    func bracketedList() throws {
        let record = try #require(AssignmentsParser().parse(L.part(.assignments, "配属実績", [
            L.block("令和7年度採用者の主な配属先", x: 40, y: 80),
            L.block("総務課（事務2）、", x: 40, y: 100),
            L.block("財政課（事務1）、環境課（事務1・技術1）、生涯学習・スポーツ課（事務1名）、道路課（技術2）", x: 40, y: 114),
            L.block("※（）内は職種と人数", x: 40, y: 140),
        ])))
        #expect(record.rows.map { "\($0.unit) \($0.administrative) \($0.technical)" }
            == ["総務課 2 0", "財政課 1 0", "環境課 1 1", "生涯学習・スポーツ課 1 0", "道路課 0 2"])
        #expect(record.cohortFiscalYear == 2025)
        // A sentence with a bracket in it, or a bracket naming no track, is no such list.
        #expect(BracketedCountAssignments.items(in: "総務課（事務2）、財政課では予算を担当します（事務1）") == nil)
        #expect(BracketedCountAssignments.items(in: "総務課（土木2）、財政課（事務1）") == nil)
        #expect(BracketedCountAssignments.rows(in: [L.block("総務課（事務2）", x: 40, y: 100)]) == nil)
        // A list whose last block still ends in `、` is read as it stands.
        let open = BracketedCountAssignments.rows(in: [L.block("総務課（事務2）、", x: 40, y: 100), L.block("財政課（事務1）、", x: 40, y: 114)])
        #expect(open?.map(\.unit) == ["総務課", "財政課"])
    }

    @Test("The plan said in a sentence under the table (`…の採用予定は、…です。`) is the planned row")
    func planSentence() throws {
        func line(_ text: String) -> [TextLine] { [TextLine(text: text, box: Rect(x0: 40, y0: 300, x1: 400, y1: 309), fontSize: 9, isBold: false, orientation: .horizontal)] }
        let row = try #require(PlannedSentence.labelledRow(in: line("令和8年度の採用予定は、事務職20名、技術職6名の計26名です。"), after: 2025, page: 1))
        #expect(C.tracks([row]) == ["2026 20(-1) 6(-1) 26"])
        #expect(row.planned)
        #expect(PlannedSentence.labelledRow(in: line("令和8年度の採用予定は、事務職20名、技術職6名の計26名。"), after: 2025, page: 1) != nil)
        // A total that is not the sum, or more said after the counts, says no plan.
        #expect(PlannedSentence.labelledRow(in: line("令和8年度の採用予定は、事務職20名、技術職6名の計27名です。"), after: 2025, page: 1) == nil)
        #expect(PlannedSentence.labelledRow(in: line("令和8年度の採用予定は、事務職20名、技術職6名の計26名を予定しています。"), after: 2025, page: 1) == nil)
    }

    @Test("An intake dotted after the era's name (`令和3.4採用`) is the fiscal year of that month", arguments: [
        ("令和3.4採用", 2021), ("令和元.4採用", 2019), ("令和8.1採用", 2025), ("2021.4採用", 2021),
    ])
    func dottedEraIntake(label: String, year: Int) throws {
        #expect(try #require(YearLabel(label)).fiscalYear == year)
    }

    @Test("A dotted era intake needs the era's name and a month")
    func dottedEraIntakeRefused() {
        #expect(YearLabel.dottedIntake("令和3.13採用") == nil)
        #expect(YearLabel.dottedIntake("第3.4採用") == nil)
        #expect(YearLabel.dottedIntake("令和123.4採用") == nil)
    }

    @Test("A triangle marks an item as a square does")
    func triangleMark() {
        #expect(TitledParagraphs.cleanTitle("▲ノー残業デー") == "ノー残業デー")
        #expect(TitledParagraphs.startsWithMarker("△テレワーク"))
    }
}
