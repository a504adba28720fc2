import Testing

@testable import BrochureKit

/// A track over categories the total vouches for, the women told in a note, a list of one row
/// per hire, a unit under both tracks' bands, and a masthead broken over two lines.
@Suite("Category sums, per-hire lists and women in notes")
struct CategorySumsAndPerHireListsTests {
    typealias L = LooseLayoutsTests
    typealias J = JobTitleTracksTests
    typealias C = CategoryColumnsAndPlanLinesTests

    @Test("Categories under a track with no subtotal add up to the track when every row adds up to its total")
    func categorySums() throws {
        let hiring = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [J.table([
            ["年度", "事務職", "技術職", "", "計"], ["", "", "土木", "電気・機械", ""],
            ["令和3年度", "3（1）", "2（0）", "1（0）", "6（1）"], ["令和4年度", "2（1）", "1（1）", "－", "3（2）"],
        ])])))
        #expect(C.tracks(hiring.rows) == ["2021 3(1) 3(0) 6", "2022 2(1) 1(1) 3"])
        // A row that does not add up to its total says the columns are no parts.
        let off = J.table([["年度", "事務職", "技術職", "", "計"], ["", "", "土木", "電気・機械", ""], ["令和3年度", "3", "2", "1", "7"], ["令和4年度", "2", "1", "1", "4"]]).block.table!
        #expect(TrackCategorySums.summed(off, headerRows: 2) == nil)
    }

    @Test("The women told in a note under bare counts go to each year's tracks and total")
    func womenInNote() throws {
        let hiring = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [
            J.table([["年度", "事務系", "技術系", "計"], ["令和3年度", "18", "3", "21"], ["令和4年度", "20", "2", "22"]]),
            L.block("※うち女性（事務系／技術系）は、令和3年度6／1、令和4年度8／0です。", x: 40, y: 400),
        ])))
        #expect(hiring.rows.map { "\($0.administrative?.women ?? -1) \($0.technical?.women ?? -1) \($0.total?.women ?? -1)" } == ["6 1 7", "8 0 8"])
        // More women than the count, or a year the table lacks, and the note is not read.
        let bare = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [
            J.table([["年度", "事務系", "技術系", "計"], ["令和3年度", "18", "3", "21"], ["令和4年度", "20", "2", "22"]]),
        ])))
        let note = try #require(WomenInNote.women(in: ["※うち女性（事務系／技術系）は、令和3年度19／1、令和4年度8／0です。"]))
        #expect(WomenInNote.apply(note, to: bare).rows.map { $0.administrative?.women ?? -1 } == [-1, -1])
        let elsewhere = try #require(WomenInNote.women(in: ["※うち女性（事務系／技術系）は、令和2年度6／1、令和4年度8／0です。"]))
        #expect(WomenInNote.apply(elsewhere, to: bare).rows.map { $0.administrative?.women ?? -1 } == [-1, -1])
        #expect(WomenInNote.women(in: ["※うち女性（事務系／技術系）は、令和3年度6、令和4年度8／0です。"]) == nil)
    }

    @Test("A list of one row per hire, no counts, is counted per unit and track; a running number is no count")
    func perHireList() throws {
        let table = try #require(J.table([
            ["No.", "職種", "配属先"], ["1", "事務職", "総務課"], ["2", "事務職", "総務課"], ["3", "技術職", "土木課"], ["4", "事務職", "税務課"],
        ]).block.table)
        let rows = try #require(PerHireAssignments.rows(table, page: 1))
        #expect(rows.map { "\($0.unit) \($0.administrative) \($0.technical)" } == ["総務課 2 0", "土木課 0 1", "税務課 1 0"])
        let counted = try #require(J.table([["区分", "職種", "配属先"], ["3", "事務職", "総務課"], ["1", "事務職", "税務課"], ["2", "技術職", "土木課"]]).block.table)
        #expect(PerHireAssignments.rows(counted, page: 1) == nil)
    }

    @Test("A unit listed under each track's band is one row with both counts")
    func unitUnderBothBands() {
        let rows = [AssignmentRecord.Row(unit: "企画課", administrative: 1, technical: 0), AssignmentRecord.Row(unit: "総務課", administrative: 2, technical: 0),
                    AssignmentRecord.Row(unit: "企画課", administrative: 0, technical: 1), AssignmentRecord.Row(unit: "総務課", administrative: 1, technical: 1)]
        #expect(AssignmentsParser.joiningTrackBands(rows).map { "\($0.unit) \($0.administrative) \($0.technical)" } == ["企画課 1 1", "総務課 2 0", "総務課 1 1"])
    }

    @Test("A masthead broken over two lines in one type is one name; a long name up to twenty characters is a name")
    func mastheadOnTwoLines() {
        func line(_ text: String, y: Double, size: Double = 24) -> TextLine {
            TextLine(text: text, box: Rect(x0: 50, y0: y, x1: 50 + Double(text.count) * size, y1: y + size), fontSize: size, isBold: true, orientation: .horizontal)
        }
        let first = line("岩手中部", y: 60)
        #expect(CoverTitle.nameOnTwoLines(first, among: [first, line("水道企業団", y: 88)]) == "岩手中部水道企業団")
        #expect(CoverTitle.nameOnTwoLines(first, among: [first, line("水道企業団", y: 88, size: 12)]) == nil)
        #expect(CoverTitle.nameOnTwoLines(first, among: [first, line("水道企業団", y: 140)]) == nil)
        #expect(CoverTitle.name("国立障害者リハビリテーションセンター") == "国立障害者リハビリテーションセンター")
    }
}
