import Testing

@testable import BrochureKit

@Suite("Section segmentation")
struct SectionSegmenterTests {
    static func kinds(_ build: (inout PageBuilder) -> Void) -> [SectionKind] {
        var b = PageBuilder()
        build(&b)
        let layout = DocumentLayout(
            source: "test.pdf", info: DocumentInfo(pageCount: 1, title: nil, producer: nil, creator: nil, creationDate: nil),
            pages: [LayoutEngine().layout(b.page())])
        return SectionSegmenter().segment(layout).map(\.kind)
    }

    @Test("A caption in body type that names a section word (…での…研修) does not open a section; a title does")
    func captionsDoNotOpenSections() {
        let found = Self.kinds { b in
            b.text("働き方改革", x: 40, y: 60, size: 16)
            b.text("警察大学校での初任幹部研修", x: 40, y: 90)
            b.text("フレックスタイム制を全職員が使えるようにしています。", x: 40, y: 110)
            b.text("生活と仕事の両立支援のための制度", x: 40, y: 150)
            b.text("育児休業は子が3歳に達するまで取得できます。", x: 40, y: 170)
        }
        #expect(found == [.initiatives, .supportSystems])
    }

    @Test("A table whose first cell starts with a section name (a rail heading joined to it) opens that section", arguments: [
        ("採用実績総合職の採用者数（年度別）", SectionKind?.some(.hiring)), ("1 採用実績", .hiring), ("配属先", .assignments),
        ("年度", nil), ("総合職の採用者数", nil),
    ])
    func tableOpensSection(_ text: String, _ kind: SectionKind?) {
        #expect(SectionSegmenter.sectionOpening(text) == kind)
    }
}
