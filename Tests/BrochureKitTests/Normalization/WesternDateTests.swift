import Testing

@testable import BrochureKit

@Suite("Western dates")
struct WesternDateTests {
    @Test(arguments: [
        ("2025年4月現在", 2025, 4, nil as Int?, true),
        ("（２０２５年４月１日現在）", 2025, 4, 1, true),
        ("2024年 10月 時点", 2024, 10, nil, true),
        ("2025.4", 2025, 4, nil, false),
        ("2025/4/1現在", 2025, 4, 1, true),
        ("発行：2023年12月", 2023, 12, nil, false),
        ("2026（令和8）年4月", 2026, 4, nil, false),
        ("２０１９（令和元）年５月１日現在", 2019, 5, 1, true),
    ])
    func reads(_ text: String, _ year: Int, _ month: Int, _ day: Int?, _ asOf: Bool) {
        let dates = WesternDate.all(in: text)
        #expect(dates.count == 1)
        #expect(dates.first.map { [$0.year, $0.month] } == [year, month])
        #expect(dates.first?.day == day)
        #expect(dates.first?.isAsOf == asOf)
    }

    @Test(arguments: ["2025", "総合職採用案内 2025", "2024年度", "2025年13月", "2025年2月30日現在", "03-2025/4", "120254月", "令和7年4月", "2025（令和7）年度"])
    func refuses(_ text: String) {
        #expect(WesternDate.all(in: text).isEmpty)
    }
}
