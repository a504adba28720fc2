import Testing

@testable import BrochureKit

/// A section's only title carrying its table's unit (`採用者数の推移（単位：人）`).
@Suite("A heading with a unit note")
struct UnitCaptionHeadingTests {
    typealias L = LooseLayoutsTests

    @Test("Set as a heading, the title with its unit note opens its section; as a caption it opens none", arguments: [
        (Block.Kind.heading, SectionKind?.some(.hiring)), (.paragraph, nil),
    ])
    func opens(kind: Block.Kind, expected: SectionKind?) {
        let block = L.block("採用者数の推移（単位：人）", x: 49, y: 157, size: 11, kind: kind).block
        #expect(SectionSegmenter.unitCaptionHeading(block, text: "採用者数の推移（単位：人）") == expected)
        #expect(SectionSegmenter.unitCaptionHeading(L.block("（単位：人）", x: 49, y: 157, kind: .heading).block, text: "（単位：人）") == nil)
    }
}
