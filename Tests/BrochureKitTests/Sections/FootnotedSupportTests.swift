import Testing

@testable import BrochureKit

/// Support systems whose periods stand in footnotes, each name carrying its footnote's mark.
@Suite("Support periods in footnotes")
struct FootnotedSupportTests {
    static func part(_ lines: [String]) -> SectionSegmenter.Part {
        let blocks = lines.enumerated().map { i, text -> (page: Int, block: Block) in
            let box = Rect(x0: 40, y0: 100 + Double(i) * 16, x1: 40 + Double(text.count) * 9, y1: 109 + Double(i) * 16)
            let kind: Block.Kind = text.hasPrefix("●") ? .heading : .paragraph
            return (1, Block(kind: kind, box: box, lines: [TextLine(text: text, box: box, fontSize: 9, isBold: false, orientation: .horizontal)]))
        }
        return SectionSegmenter.Part(kind: .supportSystems, heading: "両立支援制度", headingSize: 12, blocks: blocks, page: 1)
    }

    @Test("Names lose their marks and take the periods their footnotes give")
    func footnotes() throws {
        let parsed = ParsedPart(Self.part(["●育児休業※1", "男女とも取得できます。", "●介護休暇※2", "3回まで分割して取得できます。", "※1 子が3歳に達するまで", "※2 通算6か月"]))
        guard case .supportSystems(let systems) = parsed else { Issue.record("\(parsed)"); return }
        #expect(systems.map(\.name) == ["育児休業", "介護休暇"])
        #expect(systems.first?.durations.map(\.text) == ["3歳"] || systems.first?.summary.contains("子が3歳に達するまで") == true)
        #expect(systems.last?.summary.contains("通算6か月") == true)
    }

    @Test("A mark is a note sign closing the name, with a number or none", arguments: [
        ("育児休業※1", "育児休業", "※1"), ("介護休暇*", "介護休暇", "*"), ("子の看護休暇※12", "子の看護休暇", "※12"),
    ])
    func marks(name: String, bare: String, mark: String) {
        #expect(FootnotedSupportSystems.mark(of: name)?.name == bare)
        #expect(FootnotedSupportSystems.mark(of: name)?.mark == mark)
    }

    @Test("A name without a mark has none")
    func unmarked() {
        #expect(FootnotedSupportSystems.mark(of: "育児休業") == nil)
        #expect(FootnotedSupportSystems.mark(of: "令和8年度") == nil)
    }
}
