import Testing
@testable import BrochureKit

/// Counts padded inside their brackets to line up down a column (`９（　２）`).
@Suite("Counts padded inside their brackets")
struct PaddedCountTests {
    @Test("A padded count is one cell, however many rows are padded alike")
    func paddedColumn() {
        var b = PageBuilder()
        b.text("採用実績", x: 54, y: 120, size: 11)
        for (word, x) in zip(["年度", "事務系", "技術系", "計"], [60.0, 190, 290, 390]) { b.text(word, x: x, y: 160, size: 9) }
        // Figures flush right in their cells, the women's counts padded to two digits.
        let rows = [["2021年度", "１８（１０）", "９（　２）", "２７（１２）"], ["2022年度", "２１（１２）", "８（　３）", "２９（１５）"],
                    ["2023年度", "１９（１１）", "１１（　４）", "３０（１５）"]]
        for (r, row) in rows.enumerated() {
            b.text(row[0], x: 60, y: 177 + 17 * Double(r), size: 9)
            for (c, cell) in row.dropFirst().enumerated() {
                b.text(cell, x: [282.0, 382, 482][c] - 9 * Double(cell.unicodeScalars.count), y: 177 + 17 * Double(r), size: 9)
            }
        }
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(lines.contains("2021年度\t１８（１０）\t９（ ２）\t２７（１２）"), "\(lines)")
        #expect(lines.contains("2023年度\t１９（１１）\t１１（ ４）\t３０（１５）"), "\(lines)")
    }

    @Test("Which runs around a gap are one count", arguments: [
        ("９（", "２）", true), ("９（２", "）", true), ("１１（", "４）名", true),
        ("（", "４５）", false), ("※1 （", "）内は女性の内数です。", false), ("事務（", "２）", false),
        ("９（２", "）内", true), ("９（２人", "）", false), ("９", "２）", false),
    ])
    func runs(left: String, right: String, expected: Bool) {
        #expect(LineBuilder.padsCount(Array(left.unicodeScalars), Array(right.unicodeScalars)) == expected)
    }
}
