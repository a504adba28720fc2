import Testing

@testable import BrochureKit

/// Two tables level with each other that say the same row labels: the halves of one table,
/// or two boxes each under a title of its own (blocks as a two-column page lays them out).
@Suite("Halves of one table side by side")
struct TableHalvesOrderTests {
    static func block(_ text: String, _ box: (Double, Double, Double, Double), kind: Block.Kind = .paragraph) -> Block {
        let rect = Rect(x0: box.0, y0: box.1, x1: box.2, y1: box.3)
        let line = TextLine(text: text, box: rect, fontSize: 7.5, isBold: false, orientation: .horizontal)
        return Block(kind: kind, box: rect, lines: [line])
    }

    /// A table block whose rows open with `labels`, its first line reading `name`.
    static func table(_ name: String, _ box: (Double, Double, Double, Double), labels: [String]) -> Block {
        let rect = Rect(x0: box.0, y0: box.1, x1: box.2, y1: box.3)
        // (Its first line one row high, as a table's cell lines are.)
        let line = TextLine(text: name, box: Rect(x0: rect.x0, y0: rect.y0, x1: rect.x1, y1: rect.y0 + 7.5), fontSize: 7.5, isBold: false, orientation: .horizontal)
        var block = Block(kind: .table, box: rect, lines: [line])
        let rows = labels.map { [Table.Cell(text: $0, box: nil), Table.Cell(text: "12", box: nil)] }
        block.table = Table(box: rect, columns: [rect.x0...(rect.x0 + 40), (rect.x0 + 60)...rect.x1], rows: rows, headerRowCount: 0)
        return block
    }

    static let labels = ["区分", "事務", "うち女性", "技術", "うち女性", "合計"]

    static func page(titled: Bool) -> [Block] {
        var blocks = [
            block("（単位：人）", (36, 147, 141, 155)),
            table("左表", (39, 164, 256, 255), labels: labels),
            table("右表", (298, 164, 541, 255), labels: labels),
            block("※令和8年度は採用予定数です。", (36, 264, 240, 283)),
            block("配属先", (44, 292, 172, 303), kind: .heading),
            block("総務部の仕事", (36, 312, 294, 400)),
            block("試験区分", (324, 292, 455, 303), kind: .heading),
            block("試験の日程", (316, 312, 560, 400)),
        ]
        if titled { blocks.append(block("技術系について", (298, 148, 400, 156))) }
        return blocks
    }

    @Test("The right half follows the left at once, before the note and the column under the left half")
    func halvesTogether() throws {
        var generator = SplitMix(seed: 5)
        let order = ReadingOrder(vertical: false).sort(Self.page(titled: false).shuffled(using: &generator)).map { $0.lines[0].text }
        let left = try #require(order.firstIndex(of: "左表"))
        #expect(order[left + 1] == "右表", "\(order)")
        #expect(order.firstIndex(of: "※令和8年度は採用予定数です。")! > left + 1, "\(order)")
    }

    @Test("Two tables each under a title of its own are read one by one, each after its title")
    func titledBoxes() throws {
        var generator = SplitMix(seed: 5)
        let order = ReadingOrder(vertical: false).sort(Self.page(titled: true).shuffled(using: &generator)).map { $0.lines[0].text }
        let left = try #require(order.firstIndex(of: "左表")), title = try #require(order.firstIndex(of: "技術系について"))
        #expect(left < title, "\(order)")
        #expect(order.firstIndex(of: "右表")! > title, "\(order)")
    }

    /// A table block of years down its first column under `header`, its first line reading `name`.
    static func yearTable(_ name: String, _ box: (Double, Double, Double, Double), header: [String], years: [String]) -> Block {
        var block = table(name, box, labels: [])
        let rect = block.box
        let rows = [header.map { Table.Cell(text: $0, box: nil) }] + years.map { year in
            [Table.Cell(text: year, box: nil)] + (1..<header.count).map { _ in Table.Cell(text: "8（3）", box: nil) }
        }
        let width = (rect.x1 - rect.x0) / Double(header.count)
        let columns = header.indices.map { (rect.x0 + width * Double($0))...(rect.x0 + width * Double($0 + 1) - 4) }
        block.table = Table(box: rect, columns: columns, rows: rows, headerRowCount: 1)
        return block
    }

    @Test("Halves repeating one header row over other years are read together, the note under the left half after both")
    func repeatedHeader() throws {
        // (The detector joined two of the right half's header cells.)
        let blocks = [
            Self.block("採用者数（単位：人）", (40, 143, 130, 152)),
            Self.yearTable("左表", (44, 167, 281, 235), header: ["年度", "事務系職員", "技術系職員", "計"], years: ["令和3年度", "令和4年度", "令和5年度"]),
            Self.yearTable("右表", (309, 167, 547, 235), header: ["年度", "事務系職員", "技術系職員 計"], years: ["令和6年度", "令和7年度", "令和8年度"]),
            Self.block("※（ ）内は女性の数で内数です。", (40, 248, 292, 256)),
            Self.block("配属実績", (49, 274, 97, 286), kind: .heading),
        ]
        var generator = SplitMix(seed: 7)
        let order = ReadingOrder(vertical: false).sort(blocks.shuffled(using: &generator)).map { $0.lines[0].text }
        let left = try #require(order.firstIndex(of: "左表"))
        #expect(order[left + 1] == "右表" && order[left + 2].hasPrefix("※"), "\(order)")
        #expect(!ReadingOrder.sameHeader(blocks[1].table!, Self.yearTable("x", (0, 0, 100, 50), header: ["区分", "人数", "備考"], years: ["a"]).table!))
    }
}
