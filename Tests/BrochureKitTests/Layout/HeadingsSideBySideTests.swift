import Testing

@testable import BrochureKit

/// Headings level with each other over a gutter: two columns, or captions over one table's
/// halves (the geometry of two real pages).
@Suite("Headings side by side")
struct HeadingsSideBySideTests {
    /// A ranked list under a long title naming its section, beside a box under a title of its
    /// own, the box's rows level with the list's first rows.
    static let listBesideBox: [(String, Double, Double, Double)] = [
        ("令和7年度採用者の配属先 TOP10", 48.0, 280.1, 11.0),
        ("高松市のすがた", 317.6, 280.1, 11.0),
        ("都市整備局", 64.0, 302.3, 9.5),
        ("12名（事務4・技術8）", 191.4, 302.8, 9.0),
        ("1", 46.5, 304.7, 9.0),
        ("人口", 319.6, 312.8, 9.0),
        ("約41万人（令和7年10月1日現在）", 346.6, 312.8, 9.0),
        ("健康福祉局", 64.0, 323.3, 9.5),
        ("11名（事務10・技術1）", 185.8, 323.8, 9.0),
        ("2", 46.5, 325.7, 9.0),
        ("面積", 319.6, 332.8, 9.0),
        ("375.41平方キロメートル", 346.6, 332.8, 9.0),
        ("上下水道局", 64.0, 344.3, 9.5),
        ("8名（事務2・技術6）", 196.9, 344.8, 9.0),
        ("3", 46.5, 346.7, 9.0),
        ("有人島 7島", 319.6, 352.8, 9.0),
        ("教育局", 64.0, 365.3, 9.5),
        ("8名（事務6・技術2）", 196.9, 365.8, 9.0),
        ("3", 46.5, 367.7, 9.0),
        ("市職員数 約3,800人", 319.6, 372.8, 9.0),
        ("市民政策局", 64.0, 386.3, 9.5),
        ("6名（事務6）", 229.5, 386.8, 9.0),
        ("5", 46.5, 388.7, 9.0),
        ("環境局", 64.0, 407.3, 9.5),
        ("6名（事務3・技術3）", 196.9, 407.8, 9.0),
        ("5", 46.5, 409.7, 9.0),
        ("総務局", 64.0, 428.3, 9.5),
        ("5名（事務5）", 229.5, 428.8, 9.0),
        ("7", 46.5, 430.7, 9.0),
        ("創造都市推進局", 64.0, 449.3, 9.5),
        ("5名（事務5）", 229.5, 449.8, 9.0),
        ("7", 46.5, 451.7, 9.0),
        ("財政局", 64.0, 470.3, 9.5),
        ("4名（事務4）", 229.5, 470.8, 9.0),
        ("9", 46.5, 472.7, 9.0),
        ("消防局", 64.0, 491.3, 9.5),
        ("3名（事務2・技術1）", 196.9, 491.8, 9.0),
        ("10", 44.0, 493.7, 9.0),
    ]

    /// `採用者数` and `うち女性` over two tables of one design.
    static let captionedHalves: [(String, Double, Double, Double)] = [
        ("採用者数", 56.0, 233.5, 9.0),
        ("うち女性", 314.0, 233.5, 9.0),
        ("令和7年度", 259.1, 253.7, 7.5),
        ("令和7年度", 517.1, 253.7, 7.5),
        ("区分", 66.5, 258.8, 7.5),
        ("令和3年度", 95.1, 258.8, 7.5),
        ("令和4年度", 136.1, 258.8, 7.5),
        ("令和5年度", 177.1, 258.8, 7.5),
        ("令和6年度", 218.1, 258.8, 7.5),
        ("区分", 324.5, 258.8, 7.5),
        ("令和3年度", 353.1, 258.8, 7.5),
        ("令和4年度", 394.1, 258.8, 7.5),
        ("令和5年度", 435.1, 258.8, 7.5),
        ("令和6年度", 476.1, 258.8, 7.5),
        ("（予定）", 261.5, 263.8, 7.5),
        ("（予定）", 519.5, 263.8, 7.5),
        ("事務系", 59.0, 279.9, 7.5),
        ("6", 110.2, 279.9, 7.5),
        ("7", 151.2, 279.9, 7.5),
        ("5", 192.2, 279.9, 7.5),
        ("7", 233.2, 279.9, 7.5),
        ("6", 274.2, 279.9, 7.5),
        ("事務系", 317.0, 279.9, 7.5),
        ("2", 368.2, 279.9, 7.5),
        ("3", 409.2, 279.9, 7.5),
        ("2", 450.2, 279.9, 7.5),
        ("3", 491.2, 279.9, 7.5),
        ("3", 532.2, 279.9, 7.5),
        ("技術系", 59.0, 296.1, 7.5),
        ("1", 110.2, 296.1, 7.5),
        ("2", 151.2, 296.1, 7.5),
        ("2", 192.2, 296.1, 7.5),
        ("2", 233.2, 296.1, 7.5),
        ("2", 274.2, 296.1, 7.5),
        ("技術系", 317.0, 296.1, 7.5),
        ("0", 368.2, 296.1, 7.5),
        ("1", 409.2, 296.1, 7.5),
        ("0", 450.2, 296.1, 7.5),
        ("1", 491.2, 296.1, 7.5),
        ("1", 532.2, 296.1, 7.5),
    ]

    static func lines(_ items: [(String, Double, Double, Double)]) -> [String] {
        var b = PageBuilder()
        for (text, x, y, size) in items { b.text(text, x: x, y: y, size: size) }
        return LayoutEngine().layout(b.page()).textLines.map { $0.split(separator: "\t").joined(separator: "|") }
    }

    @Test("A long title naming a section, set larger than the text, heads its column beside another title's: the list is read whole before the box")
    func longTitleHeadsColumn() throws {
        let lines = Self.lines(Self.listBesideBox)
        let box = try #require(lines.firstIndex { $0.hasPrefix("人口") })
        let last = try #require(lines.lastIndex { $0.contains("名（事務") })
        #expect(last < box, "\(lines)")
    }

    @Test("Captions over two tables whose header rows say the same cells head no columns: the halves stay one table")
    func captionsOverHalves() {
        let lines = Self.lines(Self.captionedHalves)
        #expect(lines.contains { $0.hasPrefix("事務系|6|7|5|7|6|事務系|2") }, "\(lines)")
    }
}
