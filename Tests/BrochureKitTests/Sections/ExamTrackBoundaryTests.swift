import Testing

@testable import BrochureKit

/// A track boundary the geometry leaves open (labels at the top of their runs or centred on
/// them), settled by the hiring plan and the categories' names.
@Suite("Exam track boundary")
struct ExamTrackBoundaryTests {
    typealias Entry = ExamBreakdown.Entry

    static func entries(_ items: [(Track, String, Int)], level: ExamBreakdown.Level = .undergraduate) -> [Entry] {
        items.map { Entry(track: $0.0, level: level, category: $0.1, count: $0.2) }
    }

    static func plan(administrative: Int, technical: Int) -> HiringRecord.Row {
        HiringRecord.Row(
            fiscalYear: 2026, label: "令和8年度", planned: true, total: CountWithWomen(count: administrative + technical, women: nil),
            administrative: CountWithWomen(count: administrative, women: nil), technical: CountWithWomen(count: technical, women: nil))
    }

    static func tracks(_ entries: [Entry]) -> [String] { entries.map { "\($0.category) \($0.track.rawValue)" } }

    @Test("事務職 level with the first of four rows and 技術職 with the third: the plan of 4 and 6 puts 土木 under 技術職")
    func centredTechnicalRun() {
        let read = Self.entries([(.administrative, "行政事務", 4), (.administrative, "土木", 3), (.technical, "電気", 2), (.technical, "化学", 1)])
        let settled = ExamTrackBoundary.settled(read, plan: Self.plan(administrative: 4, technical: 6))
        #expect(Self.tracks(settled) == ["行政事務 administrative", "土木 technical", "電気 technical", "化学 technical"])
    }

    @Test("The other way round: a technical run read one row too long gives its administrative category back")
    func centredAdministrativeRun() {
        let read = Self.entries([(.administrative, "行政", 5), (.technical, "社会福祉", 2), (.technical, "建築", 1), (.technical, "機械", 1)])
        let settled = ExamTrackBoundary.settled(read, plan: Self.plan(administrative: 7, technical: 2))
        #expect(Self.tracks(settled) == ["行政 administrative", "社会福祉 administrative", "建築 technical", "機械 technical"])
    }

    @Test("Arithmetic without the vocabulary moves nothing: 一般事務 is no technical job, whatever the sums say")
    func vocabularyMustAgree() {
        let read = Self.entries([(.administrative, "行政", 4), (.administrative, "一般事務", 3), (.technical, "電気", 2), (.technical, "化学", 1)])
        #expect(ExamTrackBoundary.settled(read, plan: Self.plan(administrative: 4, technical: 6)) == read)
    }

    @Test("Tracks that agree with the plan, one track off, or no shift that fits: the entries stand as read")
    func nothingToSettle() {
        let read = Self.entries([(.administrative, "行政事務", 4), (.administrative, "土木", 3), (.technical, "電気", 2), (.technical, "化学", 1)])
        #expect(ExamTrackBoundary.settled(read, plan: Self.plan(administrative: 7, technical: 3)) == read)
        #expect(ExamTrackBoundary.settled(read, plan: Self.plan(administrative: 7, technical: 9)) == read)
        #expect(ExamTrackBoundary.settled(read, plan: Self.plan(administrative: 5, technical: 5)) == read)
        // A whole run is never moved: a track misread throughout is no span.
        let whole = Self.entries([(.administrative, "土木", 3), (.technical, "電気", 2)])
        #expect(ExamTrackBoundary.settled(whole, plan: Self.plan(administrative: 0, technical: 5)) == whole)
    }

    @Test("Runs of different levels meet at no boundary of one table's span")
    func levelsApart() {
        let read = Self.entries([(.administrative, "行政事務", 4), (.administrative, "土木", 3)])
            + Self.entries([(.technical, "電気", 2), (.technical, "化学", 1)], level: .graduate)
        #expect(ExamTrackBoundary.settled(read, plan: Self.plan(administrative: 4, technical: 6)) == read)
    }
}
