import Testing

@testable import BrochureKit

/// Rows whose cells stand at staggered heights (a two-line category beside a one-line figure
/// centred on it), bridged by a group label centred on the gap between two of them.
@Suite("Staggered rows")
struct StaggeredRowsTests {
    /// An exam table as a hospital union prints it: each category over a qualifier line, its
    /// count centred on both (a hair nearer the qualifier line than the name's, as poppler
    /// places them), after a one-row group; the track label set at `labelY`.
    static func examTable(_ rows: [(String, String)] = [("薬剤師", "3"), ("臨床検査技師", "2"), ("診療放射線技師", "2"), ("理学療法士", "2")],
                          label: String = "医療技術", labelY: Double = 519) -> PageBuilder {
        var b = PageBuilder()
        let size = 8.5
        for (text, x) in [("区分", 332.0), ("職種", 413), ("予定数", 498)] { b.text(text, x: x, y: 435, size: size) }
        for (text, x) in [("事務", 314.0), ("一般事務", 405), ("4", 508)] { b.text(text, x: x, y: 459, size: size) }
        for (i, (name, count)) in rows.enumerated() {
            let top = 478 + Double(i) * 24
            b.text(name, x: 421 - Double(name.count) * size / 2, y: top, size: size)
            b.text(count, x: 508, y: top + 5.5, size: size)
            b.text("（要免許）", x: 400, y: top + 10, size: size)
        }
        b.text(label, x: 314, y: labelY, size: size)
        return b
    }

    /// A page with an exam table's header (`区分 | 職種 | 人数`) at the top.
    static func headed() -> PageBuilder {
        var b = PageBuilder()
        for (text, x) in [("区分", 40.0), ("職種", 120), ("人数", 220)] { b.text(text, x: x, y: 100) }
        return b
    }

    @Test("Rows joined by a label centred between them split at the figures' column; the label heads its run")
    func splitAtFigures() throws {
        let table = try #require(LayoutEngine().layout(Self.examTable().page()).blocks.first { $0.kind == .table }?.table)
        #expect(table.rows.map { $0.map(\.text) } == [
            ["区分", "職種", "予定数"], ["事務", "一般事務", "4"], ["医療技術", "薬剤師（要免許）", "3"], ["", "臨床検査技師（要免許）", "2"],
            ["", "診療放射線技師（要免許）", "2"], ["", "理学療法士（要免許）", "2"],
        ])
    }

    static func line(_ text: String, _ x: Double, _ y: Double, height: Double = 8.5) -> TextLine {
        TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + Double(text.count) * 8.5, y1: y + height), fontSize: 8.5, isBold: false, orientation: .horizontal)
    }

    @Test("A band is split only at a column of figures apart by more than half a line, into rows of cells side by side, apart, joined by a line between them", arguments: [
        // (Each with a short label between the figures, reaching neither.)
        // A tall name reaching both figures: the rows would touch.
        ["2@500,100", "長い名前@400,96,30", "3@500,117", "技術@300,110,2"],
        // Figures apart by less than half a line: one row's two lines.
        ["2@500,100", "名前@400,100", "3@500,111", "名前@400,111", "技術@300,109,1.5"],
        // A line under the first figure reaching down to the second row.
        ["2@500,100", "名前@400,100", "注@450,104", "3@500,114", "名前@400,114", "技術@300,109,4"],
        // A figure with nothing beside it.
        ["2@500,100", "名前@400,100", "3@500,120", "技術@300,110"],
        // Names only, no figures.
        ["名前@500,100", "名前@400,100", "名前@500,120", "名前@400,120", "技術@300,110"],
        // Nothing between the rows.
        ["2@500,100", "名前@400,100", "3@500,120", "名前@400,120"],
    ])
    func noSplit(_ specs: [String]) {
        let lines = specs.map { spec -> TextLine in
            let parts = spec.split(separator: "@"), figures = parts[1].split(separator: ",").map { Double($0)! }
            return Self.line(String(parts[0]), figures[0], figures[1], height: figures.count > 2 ? figures[2] : 8.5)
        }
        #expect(RowBand.splittingAtColumn(RowBand(lines: lines), em: 8.5) == nil)
    }

    @Test("Rows of a figure and a name each, with a label between them, split; the label goes with the first")
    func split() {
        let band = RowBand(lines: [Self.line("2", 500, 100), Self.line("名前", 400, 100), Self.line("3", 500, 120), Self.line("名前", 400, 120), Self.line("技術", 300, 110)])
        #expect(RowBand.splittingAtColumn(band, em: 8.5)?.map { $0.lines.map(\.text) } == [["2", "名前", "技術"], ["3", "名前"]])
    }

    @Test("Labels set level with their groups' first rows stay there, at a pitch that centres them on rows above")
    func topAlignedLabelsStay() throws {
        var b = Self.headed()
        for (i, name) in ["行政", "法律", "土木", "建築"].enumerated() {
            let y = 120 + Double(i) * 18
            b.text(name, x: 120, y: y)
            b.text("\(i + 1)名", x: 220, y: y)
        }
        b.text("事務", x: 40, y: 120)
        b.text("技術", x: 40, y: 156)
        let table = try #require(LayoutEngine().layout(b.page()).blocks.first { $0.kind == .table }?.table)
        #expect(table.rows.map { $0[0].text } == ["区分", "事務", "", "技術", ""])
    }

    @Test("A label level with the middle of its own row, the second of three beside a one-row group, stays there: it may head its group from there")
    func middleLevelLabelsStay() throws {
        let b = Self.examTable([("土木", "2"), ("建築", "2"), ("電気", "2")], label: "技術", labelY: 507)
        let table = try #require(LayoutEngine().layout(b.page()).blocks.first { $0.kind == .table }?.table)
        #expect(table.rows.map { $0[0].text } == ["区分", "事務", "", "技術", ""])
    }
}
