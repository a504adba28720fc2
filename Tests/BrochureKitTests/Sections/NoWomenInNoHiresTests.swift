import Testing

@testable import BrochureKit

/// A cell of no hires in a record that counts women: it has no women, though it prints none.
@Suite("No women in no hires")
struct NoWomenInNoHiresTests {
    static func row(_ year: Int, _ total: CountWithWomen, _ administrative: CountWithWomen, _ technical: CountWithWomen) -> HiringRecord.Row {
        HiringRecord.Row(fiscalYear: year, label: "\(year)", planned: false, total: total, administrative: administrative, technical: technical)
    }

    @Test("A record counting women gives its empty, `0` and `採用なし` cells no women; one counting none keeps them unknown")
    func zeroCells() {
        let counted = [
            Self.row(2021, CountWithWomen(count: 4, women: 2), CountWithWomen(count: 3, women: 2), CountWithWomen(count: 1, women: 0)),
            Self.row(2022, CountWithWomen(count: 2, women: 1), CountWithWomen(count: 2, women: 1), CountWithWomen(count: 0, women: nil)),
        ]
        let read = HiringRecord.noWomenInNoHires(counted)
        #expect(read[1].technical == CountWithWomen(count: 0, women: 0))
        #expect(read[0] == counted[0] && read[1].total == counted[1].total)
        let uncounted = [
            Self.row(2021, CountWithWomen(count: 4, women: nil), CountWithWomen(count: 4, women: nil), CountWithWomen(count: 0, women: nil)),
        ]
        #expect(HiringRecord.noWomenInNoHires(uncounted) == uncounted)
    }
}
