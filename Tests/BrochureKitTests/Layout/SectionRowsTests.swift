import Testing

@testable import BrochureKit

/// Sections set in rows of two columns: a heading under the left column, below where the
/// right column ended, starts the next row, read after the right column (the shape of
/// holdout95's shirakawa p1: `配属実績 | 試験区分`, then `研修` under the first).
@Suite("Sections in rows of two columns")
struct SectionRowsTests {
    /// The left column from 398 pt to `leftEnd`, the right one to `rightEnd`, `研修` at `next`.
    static func order(leftEnd: Double = 490, rightEnd: Double = 462, next: Double = 528, nextX: Double = 50) -> [String] {
        var b = PageBuilder()
        for i in 0..<2 {
            b.text("世界遺産・白川郷の合掌造り集落がある、人口約1,500人の村で働きませんか。村の未来を一緒につくりましょう。", x: 50, y: 152 + Double(i) * 14, size: 9)
        }
        b.text("配属実績", x: 50, y: 398, size: 12, bold: true)
        for (i, y) in stride(from: 420.0, through: leftEnd, by: 14).enumerated() {
            b.text("配属先の説明文その\(i + 1)：総務課と観光振興課に", x: 50, y: y, size: 9)
        }
        b.text("試験区分", x: 310, y: 398, size: 12, bold: true)
        for (i, y) in stride(from: 420.0, through: rightEnd, by: 14).enumerated() {
            b.text("試験の説明文その\(i + 1)：一般事務と土木を", x: 310, y: y, size: 9)
        }
        b.text("研修", x: nextX, y: next, size: 12, bold: true)
        b.text("岐阜県市町村職員の新規採用職員研修を受講します。", x: nextX, y: next + 23, size: 9)
        b.text("村独自の研修として、屋根葺き替えに参加します。", x: nextX, y: next + 37, size: 9)
        return LayoutEngine().layout(b.page()).textLines.filter { ["配属実績", "試験区分", "研修"].contains($0) || $0.hasPrefix("試験の説明文その1") }
            .map { $0.hasPrefix("試験の説明文") ? "右" : $0 }
    }

    @Test("A heading well under the left column, the right one ended above it, is read after the right column")
    func nextRow() {
        #expect(Self.order() == ["配属実績", "試験区分", "右", "研修"])
    }

    @Test("A heading close under its column, or beside a column still running, goes on with its column")
    func sameColumn() {
        #expect(Self.order(next: 508) == ["配属実績", "研修", "試験区分", "右"])
        #expect(Self.order(rightEnd: 532) == ["配属実績", "研修", "試験区分", "右"])
    }

    @Test("A heading under the right column, the left one running on beside it, goes on with its column")
    func besideLongerColumn() {
        #expect(Self.order(leftEnd: 620, next: 500, nextX: 310) == ["配属実績", "試験区分", "右", "研修"])
    }
}
