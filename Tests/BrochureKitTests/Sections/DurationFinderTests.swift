import Testing

@testable import BrochureKit

@Suite("durations in running text")
struct DurationFinderTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        /// "value unit[–max unit] «words»" per mention.
        var expected: [String]
        var description: String { text }
    }

    static func render(_ m: DurationMention) -> String {
        func number(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
        var s = "\(number(m.value)) \(m.unit.rawValue)"
        if let max = m.maximum { s += "–\(number(max.value)) \(max.unit.rawValue)" }
        return s + " «\(m.text)»"
    }

    @Test("found whole, ranges with both ends, dates and ages left alone", arguments: [
        Case(text: "産前６週間（多胎妊娠の場合は１４週間）、産後８週間", expected: ["6 week «6週間»", "14 week «14週間»", "8 week «8週間»"]),
        Case(text: "約１～２年間、大学院に留学します", expected: ["1 year–2 year «約1~2年間»"]),
        Case(text: "半年～１年程度の海外短期派遣", expected: ["0.5 year–1 year «半年~1年程度»"]),
        Case(text: "三か月以内に申請", expected: ["3 month «三か月以内»"]),
        Case(text: "配偶者出産休暇（２日）", expected: ["2 day «2日»"]),
        Case(text: "令和６年３月現在", expected: []),
        Case(text: "育児休業を半年取得しました。（2016年入庁・事務系）", expected: ["0.5 year «半年»"]),
        Case(text: "最長3年、1999年から", expected: ["3 year «3年»"]),
        Case(text: "令和5年度入省、11月から開始", expected: []),
        Case(text: "子が３歳に達するまで", expected: []),
        Case(text: "統一した基準で一人ひとりを評価", expected: []),
        Case(text: "三月に実施", expected: []),
        Case(text: "研修は2週ほど、実習は3か月くらい", expected: ["2 week «2週ほど»", "3 month «3か月くらい»"]),
        Case(text: "通算して６月以内の期間（３月まで分割可）", expected: ["6 month «6月以内»"]),
        Case(text: "年次休暇は年20日、介護休暇は年5日", expected: ["20 day «20日»", "5 day «5日»"]),
    ])
    func finds(_ c: Case) {
        #expect(DurationFinder.find(in: c.text).map(Self.render) == c.expected)
    }
}

/// A length of time read apart from the name it follows is no support system.
@Suite("support-system names")
struct SupportSystemNameTests {
    @Test(arguments: ["最長3年", "5日以内", "通算6か月まで", "３か月"])
    func durationsAreNoNames(_ name: String) {
        #expect(SupportSystem.isDurationValue(name))
    }

    @Test(arguments: ["育児休業", "配偶者同行休業", "早出遅出勤務", "3年目研修", "介護休暇（5日）"])
    func namesAreNames(_ name: String) {
        #expect(!SupportSystem.isDurationValue(name))
    }
}
