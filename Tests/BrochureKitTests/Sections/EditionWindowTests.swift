import Testing

@testable import BrochureKit

@Suite("Edition dates")
struct EditionWindowTests {
    @Test("Only the text just before 現在/時点 is searched for an as-of date")
    func windows() {
        #expect(EditionFinder.asOfWindows("本資料は令和6年3月現在のものです。") == ["本資料は令和6年3月現在"])
        #expect(EditionFinder.asOfWindows("令和7年4月1日時点、以下のとおり") == ["令和7年4月1日時点"])
        #expect(EditionFinder.asOfWindows("現在と未来の職場、2024年4月現在").count == 2)
        #expect(EditionFinder.asOfWindows("採用実績（単位：人）").isEmpty)
    }
}
