import Testing
@testable import BrochureKit

/// Sections each under a heading set upright at their left, in a band, items indented under
/// titles (holdout87's beppu-suido-2026, page 2, at its geometry).
@Suite("An upright side heading's section read under it")
struct SideHeadingSectionTests {
    static func page() -> PageBuilder {
        var b = PageBuilder()
        b.vertical("研修", x: 44.5, y: 50, size: 13, bold: true)
        b.text("採用後は市の新規採用職員研修に加え、日本水道協会の技術研修や", x: 72, y: 51.64, size: 9.5)
        b.text("浄水場での実地研修で、水道のプロとしての基礎を身につけます。", x: 72, y: 67.64, size: 9.5)
        b.vertical("働きやすい職場", x: 44.5, y: 118, size: 13, bold: true)
        b.text("■フレックスタイム制", x: 72, y: 119.2, size: 10, bold: true)
        b.text("コアタイムを除き、勤務時間を柔軟に設定できます。", x: 84, y: 135.08, size: 9)
        b.text("■男性職員の育児参加", x: 72, y: 156.2, size: 10, bold: true)
        b.text("子が生まれた職員全員と面談し、休暇取得を後押しします。", x: 84, y: 172.08, size: 9)
        b.vertical("両立支援制度", x: 44.5, y: 247.92, size: 13, bold: true)
        b.text("●育児休業（子が3歳に達するまで）", x: 72, y: 249.12, size: 10, bold: true)
        b.text("分割して2回まで取得できます。", x: 84, y: 265, size: 9)
        b.text("●介護休暇（通算6か月）", x: 72, y: 285.12, size: 10, bold: true)
        b.text("時間単位でも取得できます。", x: 84, y: 301, size: 9)
        b.vertical("お問い合わせ", x: 44.5, y: 363.28, size: 13, bold: true)
        b.text("別府市上下水道局総務課", x: 72, y: 364.48, size: 10)
        b.text("TEL 0977-25-3862", x: 72, y: 381.92, size: 9.5)
        b.text("E-mail jogesuido-saiyo@city.beppu.lg.jp", x: 72, y: 397.92, size: 9.5)
        return b
    }

    @Test("Each upright heading comes before every line of its section, the lines top to bottom")
    func headingFirst() {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        #expect(lines == [
            "研修", "採用後は市の新規採用職員研修に加え、日本水道協会の技術研修や", "浄水場での実地研修で、水道のプロとしての基礎を身につけます。",
            "働きやすい職場", "■フレックスタイム制", "コアタイムを除き、勤務時間を柔軟に設定できます。", "■男性職員の育児参加", "子が生まれた職員全員と面談し、休暇取得を後押しします。",
            "両立支援制度", "●育児休業（子が3歳に達するまで）", "分割して2回まで取得できます。", "●介護休暇（通算6か月）", "時間単位でも取得できます。",
            "お問い合わせ", "別府市上下水道局総務課", "TEL 0977-25-3862", "E-mail jogesuido-saiyo@city.beppu.lg.jp",
        ])
    }
}
