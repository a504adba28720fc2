import Testing

@testable import BrochureKit

/// Figures struck through with the corrected ones beside them, under a note saying which.
@Suite("Struck figures")
struct StruckFiguresTests {
    typealias H = HiringParserTests

    static let rows = [["年度", "事務職", "技術職", "計"], ["令和5年度", "8（5）", "2（1）", "10（6）"], ["令和6年度", "6（3） 7（4）", "2（1）", "8（4） 9（5）"]]

    @Test("Under a note saying the figures at the right correct the struck ones, a cell of two counts reads the right one")
    func correctedAtRight() {
        var part = H.part(Self.rows, header: 1)
        let note = "※令和6年度の事務職と計は、二重線の数値を右の数値に訂正しました。"
        let box = Rect(x0: 40, y0: 200, x1: 400, y1: 209)
        part.blocks.append((1, Block(kind: .paragraph, box: box, lines: [TextLine(text: note, box: box, fontSize: 8, isBold: false, orientation: .horizontal)])))
        #expect(H.read(HiringParser().parse(part)) == ["2023 10/6 8/5 2/1", "2024 9/5 7/4 2/1"])
        #expect(StruckFigures.correctedSide(in: "※左の数値に修正しました") == .left)
        #expect(StruckFigures.correctedSide(in: "※数値を訂正しました") == nil)
        #expect(StruckFigures.corrected("12（3）", side: .right) == "12（3）")
    }

    @Test("Without such a note a cell of two counts is read as before")
    func noNote() {
        #expect(H.read(HiringParser().parse(H.part(Self.rows, header: 1))).last == "2024 8/4 6/3 2/1")
    }
}
