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

    @Test("A track's women left out (`5（－）`) are none when the total's women equal the other track's; else unknown")
    func womenBySum() {
        let w = { (count: Int, women: Int?) in CountWithWomen(count: count, women: women) }
        let rows = [
            Self.row(2021, w(11, 2), w(6, 2), w(5, nil)),
            Self.row(2024, w(13, 2), w(6, nil), w(7, 2)),
            // Women left over (3 of the total, 2 accounted for): not printed, so not given.
            Self.row(2022, w(11, 3), w(6, nil), w(5, 2)),
            // No total's women to add up to.
            Self.row(2023, w(11, nil), w(6, nil), w(5, 2)),
        ]
        let read = HiringRecord.noWomenBySum(rows)
        #expect(read[0].technical == w(5, 0) && read[1].administrative == w(6, 0))
        #expect(read[2] == rows[2] && read[3] == rows[3])
        var planned = rows[0]
        planned.planned = true
        #expect(HiringRecord.noWomenBySum([planned]) == [planned])
    }
}
