import Testing

@testable import BrochureKit

/// Shapes of holdout84/85: a labelled issue date with its day, wave-dashed and angle-bracketed
/// periods, a station's reading in brackets.
@Suite("Labelled issue dates and readings")
struct LabelledIssueDatesTests {
    @Test("A date after `発行日：` is the issue's, its day dropped; other labels are not")
    func labelledDate() {
        #expect(EditionFinder.withoutIssueLabel("発行日:令和8年4月1日") == ("令和8年4月1日", true))
        #expect(EditionFinder.withoutIssueLabel("説明会:令和8年4月1日") == ("説明会:令和8年4月1日", false))
        #expect(EditionFinder.find(EditionWindowTests.layout([["鶴岡市", "職員採用案内", "発行日：令和8年4月1日"]]))?.asOf == "2026-04")
        #expect(EditionFinder.find(EditionWindowTests.layout([["鶴岡市", "職員採用案内", "説明会：令和8年4月1日"]])) == nil)
        // Below the masthead too, beside an older `現在` date: the label says the date is the issue's.
        let low = ["鶴岡市", "職員採用案内", "職員数 令和7年4月1日現在", "一", "二", "三", "四", "発行日：令和8年4月1日"]
        #expect(EditionFinder.find(EditionWindowTests.layout([low]))?.asOf == "2026-04")
    }

    @Test("A period after a wave dash or in angle brackets is the period", arguments: [
        ("育児休業 ～ 子が3歳に達するまで", "育児休業", "子が3歳に達するまで"), ("育児短時間勤務＜小学校就学前まで＞", "育児短時間勤務", "小学校就学前まで"),
    ])
    func wavesAndAngles(_ title: String, _ name: String, _ period: String) {
        let split = SupportSystem.splitPeriod(title)
        #expect(split.name == name && split.period == period)
    }

    @Test("A station's reading in kana in brackets before `駅` is no part of its name; other brackets stay")
    func readings() throws {
        #expect(BareStation.withoutReading("JR山陽本線櫛ケ浜（くしがはま）駅から車で約10分") == "JR山陽本線櫛ケ浜駅から車で約10分")
        #expect(BareStation.withoutReading("市役所（本庁舎）駅前") == "市役所（本庁舎）駅前")
        #expect(BareStation.withoutReading("徒歩（約5分）") == "徒歩（約5分）")
        #expect(BareStation.withoutReading("市役所（しやくしょ）前") == "市役所（しやくしょ）前" && BareStation.withoutReading("（）駅") == "（）駅")
        #expect(try #require(BareStation.route(["JR山陽本線櫛ケ浜（くしがはま）駅から車で約10分"], start: nil)).station == "櫛ケ浜")
    }
}
