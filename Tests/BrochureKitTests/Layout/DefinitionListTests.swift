import Testing

@testable import BrochureKit

/// A column of support systems' names, each level with its period and text in a column to
/// its right, under a section heading; an earlier section's item titles at the same edge.
@Suite("Definition lists")
struct DefinitionListTests {
    static let items = [
        ("産前・産後休暇", "産前6週間・産後8週間", "出産のための有給の特別休暇です。"),
        ("育児休業", "子が3歳に達するまで", "男女とも取得できます。"),
        ("介護休暇", "通算6か月", "3回まで分割して取得できます。"),
        ("子の看護休暇", "年5日", "子の看病や予防接種の付添いに使えます。"),
    ]

    static func page() -> PageBuilder {
        var b = PageBuilder()
        b.text("働き方改革", x: 40, y: 40, size: 12, bold: true)
        b.text("◆テレワーク", x: 40, y: 64, size: 8)
        b.text("自宅での勤務を選べます。", x: 52, y: 78, size: 8)
        b.text("◆ペーパーレス", x: 40, y: 96, size: 8)
        b.text("資料の電子化を進めています。", x: 52, y: 110, size: 8)
        b.text("両立支援制度", x: 40, y: 140, size: 12, bold: true)
        for (i, (name, period, text)) in items.enumerated() {
            let y = 166 + Double(i) * 36
            b.text(name, x: 40, y: y, size: 8)
            b.text(period, x: 140, y: y, size: 8)
            b.text(text, x: 140, y: y + 12, size: 8)
        }
        return b
    }

    @Test("Each name is read with its period and text, not the column of names first")
    func namesWithTheirDefinitions() throws {
        let text = LayoutEngine().layout(Self.page().page()).textLines
        for (name, period, body) in Self.items {
            let at = try #require(text.firstIndex(of: name), "\(text)")
            #expect(text.count > at + 2 && text[at + 1] == period && text[at + 2] == body, "\(text)")
        }
        #expect(text.firstIndex(of: "◆ペーパーレス").map { $0 < text.firstIndex(of: "両立支援制度")! } == true)
    }

    @Test("A period level with its name, right of it, is that item's text, not the next item's title")
    func periodBesideName() throws {
        let layout = LayoutEngine().layout(Self.page().page())
        let document = DocumentLayout(
            source: "t.pdf", info: DocumentInfo(pageCount: 1, title: nil, producer: nil, creator: nil, creationDate: nil), pages: [layout])
        let part = try #require(SectionSegmenter().segment(document).first { $0.kind == .supportSystems })
        let items = TitledParagraphs().split(part)
        #expect(items.map(\.title) == Self.items.map(\.0))
        #expect(items.first?.text.hasPrefix("産前6週間・産後8週間") == true)
    }
}
