import Testing

@testable import BrochureKit

/// A list of names behind one mark beside as many sentences, each level with its name, with no
/// table's rules between them.
@Suite("Names level with their sentences")
struct LevelRowsTests {
    static let rows = [
        ("●審理のチーム制", "審判官・審査官が合議体を組み、若手も議論に参加します。"),
        ("●早出遅出勤務", "始業時刻を7時30分から10時までの間で選べます。"),
        ("●年休の計画取得", "年間20日の年次休暇を、計画表を使って確実に取得しています。"),
    ]

    /// A block of `texts` one under another from (x, 424), 16.3 pt apart, as the block builder
    /// stacks them.
    static func block(_ texts: [String], x: Double, top: Double = 424, pitch: Double = 16.3, kind: Block.Kind = .paragraph) -> Block {
        let lines = texts.enumerated().map { k, text in
            TextLine(text: text, box: Rect(x0: x, y0: top + Double(k) * pitch, x1: x + Double(text.count) * 8.5, y1: top + 8.5 + Double(k) * pitch),
                     fontSize: 8.5, isBold: false, orientation: .horizontal)
        }
        return Block(kind: kind, box: Rect.enclosing(lines.map(\.box))!, lines: lines)
    }

    @Test("Each name is read with its sentence, not the column of names first")
    func namesWithTheirSentences() throws {
        let heading = Self.block(["働きやすい環境"], x: 46, top: 400, kind: .heading)
        let names = Self.block(Self.rows.map(\.0), x: 40, kind: .heading)
        let sentences = Self.block(Self.rows.map(\.1), x: 150)
        let lines = ReadingOrder(vertical: false).sort(LevelRows.split([heading, names, sentences])).flatMap { $0.lines.map(\.text) }
        #expect(lines == ["働きやすい環境"] + Self.rows.flatMap { [$0.0, $0.1] }, "\(lines)")
    }

    @Test("A name over two lines beside a period over two is left as it stands")
    func twoLineNameBesideTwoLinePeriod() {
        let blocks = [Self.block(["子の看護", "休暇"], x: 40, pitch: 11), Self.block(["子が３歳に達するまで", "取得可能です"], x: 110, pitch: 11)]
        #expect(LevelRows.split(blocks).map(\.lines.count) == [2, 2])
    }
}
