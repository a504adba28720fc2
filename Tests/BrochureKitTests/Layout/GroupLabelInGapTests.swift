import Testing
@testable import BrochureKit

/// A hiring table whose track columns are grouped under short spanning labels (`事務系` over
/// `採用数 | うち女性`), each label centred in the gap between its two sub-headers.
@Suite("Group labels centred in a gap")
struct GroupLabelInGapTests {
    static func table() -> [[String]]? {
        var b = PageBuilder()
        b.text("年度", x: 65, y: 211, size: 8)
        for (text, x) in [("事務系", 152.0), ("技術系", 248), ("合計", 348)] { b.text(text, x: x, y: 203, size: 8) }
        for (text, x) in [("採用数", 129.5), ("うち女性", 174), ("採用数", 225.5), ("うち女性", 270), ("採用数", 321.5), ("うち女性", 366)] {
            b.text(text, x: x, y: 219.7, size: 7)
        }
        let body = [["2021（R3）", "98名", "41名", "64名", "15名", "162名", "56名"], ["2022（R4）", "102名", "45名", "66名", "17名", "168名", "62名"],
                    ["2023（R5）", "95名", "44名", "71名", "19名", "166名", "63名"]]
        for (r, row) in body.enumerated() {
            for (text, x) in zip(row, [35.0, 139.4, 187.4, 235.4, 283.4, 325.1, 379.4]) { b.text(text, x: x, y: 235.6 + Double(r) * 17, size: 10) }
        }
        return LayoutEngine().layout(b.page()).blocks.compactMap(\.table).first.map { $0.rows.map { $0.map(\.text) } }
    }

    @Test("A group label centred between two sub-headers widens neither column: each sub-header keeps its own")
    func subHeadersKeepTheirColumns() {
        let rows = Self.table()
        #expect(rows?.contains(["", "採用数", "うち女性", "採用数", "うち女性", "採用数", "うち女性"]) == true, "\(String(describing: rows))")
        #expect(rows?.last == ["2023（R5）", "95名", "44名", "71名", "19名", "166名", "63名"])
    }
}
