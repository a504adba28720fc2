import Testing

@testable import BrochureKit

/// Units joined to their counts by dotted leaders and closed by a track's total
/// (`総務課……………１`, `事務計……３`), and a heading whose first item's title shares its block.
@Suite("Leaders and track totals")
struct LeadersAndTrackTotalsTests {
    typealias L = LooseLayoutsTests

    @Test("A run of leader dots ends no name; dots inside a name or a lone period stay", arguments: [
        ("総務課…………………", "総務課"), ("保健福祉課‥‥‥", "保健福祉課"), ("事務計・・・・・・", "事務計"), ("…………", ""),
        ("総務課", "総務課"), ("中・高校", "中・高校"), ("No.", "No."), ("建設課 ……", "建設課"),
    ])
    func leaderRuns(text: String, clean: String) {
        #expect(LeaderColumns.withoutLeader(text) == clean)
    }

    @Test("Assignments listed under track labels with leaders, each list closed by its total, give the units alone")
    func leaderLists() throws {
        let admin = PageBreakTablesTests.grid([["総務課…………………", "１"], ["住民課…………………", "１"], ["事務計…………………", "２"]], page: 1, y: 120, header: 0)
        // (The other track's leaders set as a column of their own.)
        let tech = PageBreakTablesTests.grid([["建設課", "…………………", "１"], ["技術計", "…………………", "１"]], page: 1, y: 200, header: 0)
        let part = L.part(.assignments, "配属実績", [
            (1, L.block("令和７年度採用者の配属先（単位：人）", x: 40, y: 90).block), (1, L.block("〈事務〉", x: 40, y: 105).block), admin,
            (1, L.block("〈技術〉", x: 40, y: 185).block), tech,
        ])
        guard case .assignments(let record?) = ParsedPart(part) else { Issue.record("no assignments"); return }
        #expect(record.rows.map { "\($0.unit) \($0.administrative) \($0.technical)" } == ["総務課 1 0", "住民課 1 0", "建設課 0 1"])
        #expect(LeaderColumns.stripped(tech.block.table!)?.columns.count == 2)
    }

    @Test("A track's total is no unit; a unit ending in 計 that names no track is one", arguments: [
        ("事務計", true), ("技術系計", true), ("事務合計", true), ("会計", false), ("統計", false), ("設計", false), ("計", false),
    ])
    func trackTotals(label: String, total: Bool) {
        #expect(AssignmentsParser.isTrackTotal(label) == total)
    }

    @Test("A marked line under a section's heading in the heading's own block is the first item's title")
    func firstItemInHeadingBlock() {
        let lines = ["働きやすい職場づくり", "◆夜間開館の運営"].enumerated().map { i, text in
            TextLine(text: text, box: Rect(x0: 40, y0: 100 + Double(i) * 14, x1: 200, y1: 110 + Double(i) * 14), fontSize: 10, isBold: true, orientation: .horizontal)
        }
        let block = Block(kind: .heading, box: Rect.enclosing(lines.map(\.box))!, lines: lines)
        #expect(SectionSegmenter.titleLines(block).map(\.text) == ["働きやすい職場づくり"])
        var plain = block
        plain.lines[1].text = "の取組"
        #expect(SectionSegmenter.titleLines(plain).count == 2)
    }
}
