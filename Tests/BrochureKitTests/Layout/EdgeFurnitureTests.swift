import Testing
@testable import BrochureKit

/// Furniture beyond running headers: an index of tabs down the page's edge, and a page number
/// beside a chapter's name (holdout28's hamamatsu-2026 and kagoshima-2026, at their pages' geometry).
@Suite("Tabs at the page's edge and numbered chapter footers")
struct EdgeFurnitureTests {
    static func block(_ text: String, x: Double, y: Double, size: Double = 9, vertical: Bool = false) -> Block {
        let count = Double(text.count)
        let box = vertical ? Rect(x0: x, y0: y, x1: x + size, y1: y + count * size) : Rect(x0: x, y0: y, x1: x + count * size, y1: y + size)
        let line = TextLine(text: text, box: box, fontSize: size, isBold: false, orientation: vertical ? .vertical : .horizontal)
        return Block(kind: .heading, box: box, lines: [line])
    }

    static func page(_ number: Int, _ blocks: [Block]) -> PageLayout {
        PageLayout(number: number, width: 595, height: 842, bodyFontSize: 9, isVertical: false, blocks: blocks)
    }

    @Test("The same tabs down the right edge of every page are furniture; the page's own text is not")
    func tabsAtEdge() {
        var pages = (1...3).map { n in
            Self.page(n, [
                Self.block(["はじめに", "職場紹介", "採用実績と採用予定"][n - 1], x: 36, y: 200, size: 13),
                Self.block("はじめに", x: 566.5, y: 172, vertical: true),
                Self.block("はたらく", x: 566.5, y: 268, vertical: true),
                Self.block("データ", x: 566.5, y: 369.5, vertical: true),
            ])
        }
        RunningFurniture.mark(&pages)
        #expect(pages.allSatisfy { $0.blocks[0].kind == .heading && $0.blocks.dropFirst().allSatisfy { $0.kind == .header || $0.kind == .footer } },
                "\(pages.map { $0.blocks.map(\.kind) })")
    }

    @Test("A bare number at the page's edge numbers an item, not the page")
    func itemNumberAtEdge() {
        var pages = [Self.page(3, [Self.block("2", x: 20, y: 400), Self.block("本文の段落です。", x: 60, y: 400)])]
        RunningFurniture.mark(&pages)
        #expect(pages.allSatisfy { $0.blocks[0].kind == .heading }, "\(pages.map { $0.blocks.map(\.kind) })")
    }

    @Test(arguments: [("2 働く環境", 2, true), ("採用情報 1", 1, true), ("採用情報 2", 1, false), ("※1 受験資格", 1, false), ("2 働く環境と両立支援の制度", 2, false),
                            ("2 / 3 採用実績", 2, true), ("1 / 3 ようこそ内閣法制局へ", 1, true), ("3 / 3 試験・お問い合わせ", 3, true), ("採用実績 2/3", 2, true),
                            ("2 / 3 採用実績", 3, false), ("3 / 2 採用実績", 3, false), ("2 / 3 採用実績と配属先、研修の案内", 2, false), ("1 / 3 ようこそ内閣法制局へ", 2, false)])
    func chapterFooter(text: String, page: Int, furniture: Bool) {
        var pages = [Self.page(page, [Self.block("本文の段落です。", x: 40, y: 100), Self.block(text, x: 45, y: 812)])]
        RunningFurniture.mark(&pages)
        #expect((pages[0].blocks[1].kind == .footer) == furniture, "\(pages[0].blocks.map(\.kind))")
    }
}
