import Testing

@testable import BrochureKit

/// Hiring as small multiples with one panel per year: two bars per panel with their figures
/// over them, `計` under the bars, the tracks said only by a colour legend on the intro line.
@Suite("Hiring: one bar-chart panel per year")
struct HiringYearPanelsTests {
    typealias H = HiringParserTests

    static func line(_ text: String, x: Double, y: Double) -> TextLine {
        TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + 6 * Double(text.count), y1: y + 9), fontSize: 9, isBold: false, orientation: .horizontal)
    }

    /// An intro line ending with the legend, then panels 130 pt wide, three to a row: the
    /// label at the top left, the first bar's figure higher than the second's, `計` below.
    static func panels(_ years: [String], _ figures: [(String, String, String)], legend: String = "採用者数（人） ■事務系 ■理工系") -> [TextLine] {
        var lines = [TextLine(text: legend, box: Rect(x0: 40, y0: 80, x1: 400, y1: 89), fontSize: 9, isBold: false, orientation: .horizontal)]
        for (i, (year, figure)) in zip(years, figures).enumerated() {
            let x = 40 + 130 * Double(i % 3)
            let y = 100 + 120 * Double(i / 3)
            lines += [
                line(year, x: x, y: y), line(figure.0, x: x + 20, y: y + 30), line(figure.1, x: x + 70, y: y + 60),
                line(figure.2, x: x + 40, y: y + 90),
            ]
        }
        return lines
    }

    static let years = ["令和5年度", "令和6年度", "令和7年度", "令和8年度（予定）"]
    static let figures = [("24（11）", "4（1）", "計 28（12）"), ("26（12）", "5（2）", "計 31（14）"), ("25（13）", "6（2）", "計 31（15）"), ("30", "8", "計 38")]

    @Test("Panels read row by row; the legend's order says which bar is which track; 予定 in a label marks its panel")
    func panels() {
        var part = H.part([["採用実績"]], header: 0)
        part.blocks = Self.panels(Self.years, Self.figures).map { (1, Block(kind: .paragraph, box: $0.box, lines: [$0])) }
        #expect(H.read(HiringParser().parse(part)) == ["2023 28/12 24/11 4/1", "2024 31/14 26/12 5/2", "2025 31/15 25/13 6/2", "2026p 38/- 30/- 8/-"])
        // The legend the other way round: the first bar is the technical track's.
        let swapped = YearPanelCharts.parse(Self.panels(Self.years, Self.figures, legend: "■理工系 ■事務系"), page: 1)
        #expect(H.read(swapped).first == "2023 28/12 4/1 24/11")
    }

    @Test("A total that is not the bars' sum, a panel without both bars, or no legend: no chart")
    func refused() {
        var wrong = Self.figures
        wrong[1].2 = "計 32（14）"
        #expect(YearPanelCharts.parse(Self.panels(Self.years, wrong), page: 1) == nil)
        var missing = Self.panels(Self.years, Self.figures)
        missing.removeAll { $0.text == "5（2）" }
        #expect(YearPanelCharts.parse(missing, page: 1) == nil)
        #expect(YearPanelCharts.parse(Self.panels(Self.years, Self.figures, legend: "採用者数（人）"), page: 1) == nil)
    }
}
