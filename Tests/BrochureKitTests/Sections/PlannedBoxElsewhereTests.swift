import Testing

@testable import BrochureKit

/// The coming year's plan in a box under a later section, pages after the hiring table (the
/// shape of holdout92's rehab p2: `採用予定` beside the exam table, the table on page 1).
@Suite("Hiring: a plan box under a later section")
struct PlannedBoxElsewhereTests {
    typealias H = HiringParserTests
    typealias L = LooseLayoutsTests

    static func record(newest: Int, planned: Bool = false) -> HiringRecord {
        let rows = (newest - 2...newest).map { year in
            HiringRecord.Row(
                fiscalYear: year, label: "令和\(year - 2018)年度", planned: planned && year == newest,
                total: CountWithWomen(count: 5, women: 2), administrative: CountWithWomen(count: 3, women: 1),
                technical: CountWithWomen(count: 2, women: 1), provenance: nil)
        }
        return HiringRecord(rows: rows, technicalScope: nil, page: 1)
    }

    /// The box on page 2: its title, each track's count, the total, then the exam's caption.
    static func part(_ kind: SectionKind, year: String = "令和8年度採用予定数") -> SectionSegmenter.Part {
        var blocks = [year, "事務系　4名", "技術系　1名", "合　計　5名"].enumerated().map { i, text in
            L.block(text, x: 60, y: 120 + 14 * Double(i), size: 9)
        }
        blocks.append(L.block("試験：国家公務員採用一般職試験（大卒程度試験）", x: 60, y: 190, size: 9))
        for i in blocks.indices { blocks[i].page = 2 }
        return L.part(kind, "採用予定", blocks)
    }

    static func added(to record: HiringRecord?, from part: SectionSegmenter.Part) -> [String] {
        var sections = SectionSet()
        sections.hiring = record
        PlannedBoxElsewhere.add(from: part, to: &sections)
        return sections.hiring.map { H.read($0) } ?? []
    }

    @Test("A box for the year after the table's newest, under a later section, is the table's planned row")
    func boxJoins() throws {
        let read = Self.added(to: Self.record(newest: 2025), from: Self.part(.examBreakdown))
        #expect(read.last == "2026p 5/- 4/- 1/-", "\(read)")
        #expect(read.count == 4)
    }

    @Test("No box is taken for a record with a plan, for a year further on, into no record, or from the hiring section itself")
    func boxLeft() {
        #expect(Self.added(to: Self.record(newest: 2025, planned: true), from: Self.part(.examBreakdown)).count == 3)
        #expect(Self.added(to: Self.record(newest: 2024), from: Self.part(.examBreakdown)).count == 3)
        #expect(Self.added(to: nil, from: Self.part(.examBreakdown)).isEmpty)
        #expect(Self.added(to: Self.record(newest: 2025), from: Self.part(.hiring)).count == 3)
    }
}
