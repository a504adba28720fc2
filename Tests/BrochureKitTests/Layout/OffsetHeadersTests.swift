import Testing
@testable import BrochureKit

/// Header labels flush left in their cells over figures flush right: every header stands in
/// the gap before its column of figures.
@Suite("Headers set at the left of columns of right-aligned figures")
struct OffsetHeadersTests {
    /// A hiring table whose cells start at 60, 190, 290 and 390: labels at the cells' left
    /// edges, figures ending 8 pt short of the next cell.
    static func lines(headerX: [Double] = [60, 190, 290, 390]) -> [String] {
        var b = PageBuilder()
        b.text("採用実績", x: 54, y: 120, size: 11)
        for (word, x) in zip(["年度", "事務", "技術", "計"], headerX) { b.text(word, x: x, y: 160, size: 9) }
        let rows = [["令和3年度", "58（27）", "21（6）", "79（33）"], ["令和4年度", "62（30）", "19（5）", "81（35）"], ["令和5年度", "70（35）", "24（8）", "94（43）"]]
        for (r, row) in rows.enumerated() {
            b.text(row[0], x: 60, y: 177 + 17 * Double(r), size: 9)
            for (c, cell) in row.dropFirst().enumerated() {
                let width = cell.unicodeScalars.reduce(0.0) { $0 + (Script.isCJK($1) ? 9 : 4.5) }
                b.text(cell, x: [282.0, 382, 482][c] - width, y: 177 + 17 * Double(r), size: 9)
            }
        }
        return LayoutEngine().layout(b.page()).textLines
    }

    @Test("Each header heads the figures after it, and no blank column appears")
    func headersToTheRight() {
        let lines = Self.lines()
        #expect(lines.contains("年度\t事務\t技術\t計"), "\(lines)")
        #expect(lines.contains("令和3年度\t58（27）\t21（6）\t79（33）"), "\(lines)")
    }

    @Test("Headers over their figures are placed as before")
    func headersOver() {
        let lines = Self.lines(headerX: [60, 250, 350, 455])
        #expect(lines.contains("年度\t事務\t技術\t計"), "\(lines)")
        #expect(lines.contains("令和4年度\t62（30）\t19（5）\t81（35）"), "\(lines)")
    }

    @Test("Loose headers go to the side whose columns no header of the row covers")
    func sides() {
        let columns: [ClosedRange<Double>] = [60...137, 241...282, 341...382, 441...482]
        // `年度` over the first column: the loose headers can only head the columns after them.
        let right = OffsetHeaders.widened(columns, headerRows: [[60...78, 190...208, 290...308, 390...399]])
        #expect(right == [60...137, 190...282, 290...382, 390...482])
        // The second column headed by a label over it: the loose ones head the columns before them.
        let left = OffsetHeaders.widened(columns, headerRows: [[145...160, 250...260, 390...400]])
        #expect(left == [60...160, 241...282, 341...400, 441...482])
        // Nothing covered: either side would do, so nothing is decided.
        #expect(OffsetHeaders.widened(columns, headerRows: [[190...208, 290...308]]) == columns)
        // Two loose headers in one gap: not this layout.
        #expect(OffsetHeaders.widened(columns, headerRows: [[60...78, 290...300, 310...330]]) == columns)
    }
}

extension OffsetHeadersTests {
    @Test("A header left of the first column of figures heads it, with the years' column last")
    func firstHeaderBeforeEveryColumn() {
        var b = PageBuilder()
        for (word, x) in zip(["事務職", "技術職", "計", "年度"], [75.0, 175, 275, 375]) { b.text(word, x: x, y: 221, size: 8.5) }
        for (r, row) in [["3〔2〕", "2〔0〕", "5〔2〕"], ["4〔2〕", "2〔1〕", "6〔3〕"], ["2〔1〕", "3〔1〕", "5〔2〕"]].enumerated() {
            for (c, cell) in row.enumerated() { b.text(cell, x: 140.5 + 100 * Double(c), y: 239 + 18 * Double(r), size: 8.5) }
            b.text("令和\(r + 3)年度", x: 375, y: 239 + 18 * Double(r), size: 8.5)
        }
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(lines.contains("事務職\t技術職\t計\t年度"), "\(lines)")
        #expect(lines.contains("3〔2〕\t2〔0〕\t5〔2〕\t令和3年度"), "\(lines)")
    }
}
