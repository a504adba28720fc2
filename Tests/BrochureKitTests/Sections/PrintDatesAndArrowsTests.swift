import Testing

@testable import BrochureKit

/// Shapes of holdout86/87: an edition dated by its printing or by `吉日`, an arrow between a
/// support item's name and its period, a unit named after the training it runs.
@Suite("Print dates, auspicious days and arrows")
struct PrintDatesAndArrowsTests {
    @Test("A cover date followed by `印刷` or `吉日` is the edition's; followed by other words it is not", arguments: [
        ("令和8年4月印刷", "2026-04" as String?), ("令和8年4月吉日", "2026-04"), ("令和8年4月説明会", nil),
    ])
    func printAndAuspiciousDays(_ line: String, _ asOf: String?) {
        #expect(EditionFinder.find(EditionWindowTests.layout([["福島大学", "職員採用案内", line]]))?.asOf == asOf)
    }

    @Test("An arrow between a support item's name and its period parts the two", arguments: [
        ("育児休業 → 子が3歳に達するまで", "育児休業", "子が3歳に達するまで"), ("介護休暇→通算6か月", "介護休暇", "通算6か月"), ("子の看護休暇 ⇒ 年5日", "子の看護休暇", "年5日"),
    ])
    func arrows(_ title: String, _ name: String, _ period: String) {
        let split = SupportSystem.splitPeriod(title)
        #expect(split.name == name && split.period == period)
    }
}
