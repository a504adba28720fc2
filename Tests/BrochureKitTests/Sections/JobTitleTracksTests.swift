import Testing

@testable import BrochureKit

/// Tracks named by a pay schedule's word and a job title (`行政職 | 植物防疫官 | 計`), a year of
/// two intakes (`4月` and `10月` under one year), hanging bullets.
@Suite("Job-title tracks and intakes")
struct JobTitleTracksTests {
    typealias L = LooseLayoutsTests

    static func table(_ rows: [[String]], page: Int = 1) -> (page: Int, block: Block) {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { 40 + Double($0) * 90 }
        let cells = rows.enumerated().map { r, row in
            row.enumerated().map { c, text in
                Table.Cell(text: text, box: text.isEmpty ? nil : Rect(x0: widths[c], y0: 100 + Double(r) * 14, x1: widths[c] + 60, y1: 110 + Double(r) * 14))
            }
        }
        let box = Rect(x0: 40, y0: 100, x1: widths.last! + 60, y1: 110 + Double(rows.count - 1) * 14)
        return (page, Block(kind: .table, box: box, lines: [], table: Table(box: box, columns: widths.map { $0...($0 + 60) }, rows: cells, headerRowCount: 1)))
    }

    @Test("The column beside the named track that adds up with it to the total is the other track")
    func complementBySums() throws {
        let hiring = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [Self.table([
            ["年度", "行政職", "植物防疫官", "計"], ["令和3年度", "3（1）", "9（4）", "12（5）"], ["令和4年度", "2（1）", "11（5）", "13（6）"],
        ])])))
        #expect(hiring.rows.map { "\($0.administrative?.count ?? -1) \($0.technical?.count ?? -1)" } == ["3 9", "2 11"])
        // Sums that do not add up leave the column unknown.
        let roles: [ColumnRole] = [.year, .administrative, .unknown, .total]
        let cells = [[nil, 3, 9, 12], [nil, 2, 11, 14]] as [[Int?]]
        #expect(TrackComplement.completed(roles, rows: 2) { cells[$0][$1] } == roles)
    }

    @Test("A brochure's hiring table headed `行政職 | 植物防疫官 | 計` reads the post's column as the technical track")
    func complementInABrochure() throws {
        let document = try BrochureExtractor().extract(try PDFDocument(path: "Fixtures/holdout64/yokohama-pps-2026.pdf"))
        let rows = try #require(document.sections.hiring?.rows)
        #expect(rows.first.map { "\($0.administrative?.count ?? -1) \($0.technical?.count ?? -1) \($0.total?.count ?? -1)" } == "3 9 12")
        #expect(rows.allSatisfy { $0.technical != nil })
    }

    @Test("An assignment table's one other column of counts is the other track; the women or a note are not", arguments: [
        (["配属先", "行政職", "植物防疫官"], ColumnRole.technical), (["配属先", "事務職", "うち女性"], .unknown), (["配属先", "技術職", "備考"], .unknown),
    ])
    func complementInHeader(_ labels: [String], _ expected: ColumnRole) {
        let roles = labels.map { ColumnRole(label: $0) }
        #expect(TrackComplement.completed(roles, labels: labels)[2] == expected)
    }

    @Test("A year's two intakes, a row per month under its cell, are added up into the year")
    func twoIntakes() throws {
        let hiring = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [Self.table([
            ["年度", "採用時期", "事務職員", "技術職員", "計"], ["令和4年度", "4月", "10（6）", "3（1）", "13（7）"],
            ["令和5年度", "4月", "8（4）", "2（1）", "10（5）"], ["", "10月", "1（1）", "1（0）", "2（1）"], ["令和6年度", "4月", "11（6）", "－", "11（6）"],
        ])])))
        #expect(hiring.rows.map { "\($0.fiscalYear) \($0.total?.count ?? -1)(\($0.total?.women ?? -1)) \($0.administrative?.count ?? -1) \($0.technical?.count ?? -1)" }
            == ["2022 13(7) 10 3", "2023 12(6) 9 3", "2024 11(6) 11 0"])
        #expect(IntakeSubRows.added("8（4）", "1") == "9" && IntakeSubRows.added("－", "2（1）") == "2" && IntakeSubRows.added("8名", "1") == "9" && IntakeSubRows.added("行政", "1") == nil)
    }

    @Test("A bullet hung a third of an em before its title opens the title's line")
    func hangingBullet() {
        var b = PageBuilder()
        for (i, (title, text)) in [("フレックスタイム制", "始業・終業の時刻を選べます。"), ("テレワーク", "在宅勤務を活用しています。")].enumerated() {
            let y = 200 + Double(i) * 26
            b.text("◆", x: 52, y: y, size: 9)
            b.text(title, x: 60, y: y, size: 9)
            b.text(text, x: 60, y: y + 12, size: 9)
        }
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(lines.contains("◆ フレックスタイム制") && lines.contains("◆ テレワーク"), "\(lines)")
    }
}
