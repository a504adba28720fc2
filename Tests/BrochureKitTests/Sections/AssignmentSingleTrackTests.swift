import Testing

@testable import BrochureKit

/// One cohort's placements in a table per track (`配属実績（事務系）` on p1, `配属実績（技術系）`
/// on p2, each `配属先 | 人数`): each read as its track's counts, then merged unit by unit.
@Suite("Assignment tables per track")
struct AssignmentSingleTrackTests {
    static let read = AssignmentsParserTests.read

    /// A part titled `heading` on `page` holding an intro line and a `配属先 | 人数` grid of `units`.
    static func part(_ heading: String, intro: String, units: [[String]], page: Int) -> SectionSegmenter.Part {
        let grid = AssignmentSplitTablesTests.grid([["配属先", "人数"]] + units + [["計", "-"]], top: 100, header: 1)
        let line = AssignmentSplitTablesTests.line(intro, x: 40, y: 60, page: page)
        return SectionSegmenter.Part(kind: .assignments, heading: heading, headingSize: 12, blocks: [line, (page, grid)], page: page)
    }

    static let administrative = part("配属実績（事務系）", intro: "令和7年度入社者（事務系）の配属先",
        units: [["本社", "10名"], ["共有船舶建造支援部", "2名"], ["東京支社", "4名"]], page: 1)
    static let technical = part("配属実績（技術系）", intro: "令和7年度入社者（技術系）の配属先",
        units: [["本社", "10名"], ["東京支社", "14名"], ["九州新幹線建設局", "11名"]], page: 2)

    @Test("A `配属先 | 人数` table under a title naming one track counts that track; its header is no unit")
    func oneTrackTable() {
        let record = AssignmentsParser().parse(Self.administrative)
        #expect(Self.read(record) == ["本社 10 0", "共有船舶建造支援部 2 0", "東京支社 4 0"])
        #expect(record?.track == .administrative)
        #expect(record?.cohortFiscalYear == 2025)
        // A title naming both tracks (or neither) names no one track.
        #expect(SingleTrackAssignments.track(heading: "配属実績（事務系・技術系）", prose: ["技術系"]) == nil)
        #expect(SingleTrackAssignments.track(heading: "配属実績", prose: ["令和7年度入社者（技術系）の配属先"]) == .technical)
    }

    @Test("The other track's table later in the document fills in each unit's other count")
    func mergedByUnit() {
        var sections = SectionSet()
        for part in [Self.administrative, Self.technical] where !ParsedPart.isFilled(part.kind, in: sections) {
            ParsedPart(part).merge(into: &sections)
        }
        #expect(Self.read(sections.assignments) == ["本社 10 10", "共有船舶建造支援部 2 0", "東京支社 4 14", "九州新幹線建設局 0 11"])
        #expect(sections.assignments?.track == nil)
        // Two tables of the same track are no halves of one cohort.
        #expect(AssignmentsParser().parse(Self.administrative)?.merged(byUnit: AssignmentsParser().parse(Self.administrative)) == nil)
    }
}
