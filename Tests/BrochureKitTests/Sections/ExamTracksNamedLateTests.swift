import Testing

@testable import BrochureKit

/// Exam breakdowns that name the track after the category (`行政区分から事務系30名`), only in a
/// closing total (`の技術系計87名`), or in a cell repeated on every row of a table whose exams
/// are group rows (`事務職 | 事務 | 48名` under `■総合職採用（大学卒）`).
@Suite("Exam tracks named late")
struct ExamTracksNamedLateTests {
    static let sentence = "令和8年度は、一般職試験（大卒程度）の行政区分から事務系30名、土木区分から56名、電気・電子・情報区分から7名の技術系計63名を、"
        + "一般職試験（高卒者）の事務区分から事務系12名、技術区分から技術系8名を、それぞれ採用する見込みです。"

    @Test("A track between category and count (行政区分から事務系30名) is the item's; 事務区分から事務系12名 has the category 事務")
    func trackAfterCategory() {
        let items = ExamSentence.items(in: Normalized.compact(Self.sentence))
        #expect(items.filter { $0.track == .administrative }.map { "\($0.category) \($0.count)" } == ["行政 30", "事務 12"])
        #expect(items.contains(ExamSentence.Item(track: .technical, level: .undergraduate, category: "技術", count: 8)))
    }

    @Test("Items named by no track of their own take the track of the total their counts add up to (技術系計63名), not the one carried")
    func trackFromTotal() {
        let items = ExamSentence.items(in: Normalized.compact(Self.sentence))
        #expect(items.prefix(3).map { "\($0.track.rawValue) \($0.category) \($0.count)" } == [
            "administrative 行政 30", "technical 土木 56", "technical 電気・電子・情報 7",
        ])
        // A total the items do not add up to names nothing: they keep the carried track.
        let off = ExamSentence.items(in: Normalized.compact(Self.sentence.replacingOccurrences(of: "計63名", with: "計64名")))
        #expect(off.prefix(3).map(\.track) == [.administrative, .administrative, .administrative])
    }

    /// The group-row table: each exam a heading line over a table whose rows repeat the track,
    /// a note about the graduate exam set to the right of the first table and read before it.
    static func groupRows(note: Bool = true) -> SectionSegmenter.Part {
        let xs: [ClosedRange<Double>] = [72...98, 133...201, 342...367]
        var blocks: [(page: Int, block: Block)] = []
        if note { blocks.append(ExamListWordsTests.block([("大学院卒の総合職採用は、技術職", 386, 75, 506), ("（都市計画・建築）のみ実施します。", 386, 88, 506)])) }
        blocks.append(ExamCellCountsTests.table([["事務職", "事務", "48名"], ["技術職", "都市計画", "18名"], ["技術職", "建築", "22名"]], xs: xs, y: 104, header: 0))
        blocks.append(ExamListWordsTests.block([("■総合職採用（大学院卒）", 43, 170, 145)], kind: .heading))
        blocks.append(ExamCellCountsTests.table([["技術職", "都市計画", "10名"]], xs: xs, y: 186, header: 0))
        blocks.append(ExamListWordsTests.block([("■キャリア採用", 43, 210, 102)], kind: .heading))
        blocks.append(ExamCellCountsTests.table([["事務職", "事務（キャリア）", "12名"], ["", "合計", "110名"]], xs: xs, y: 226, header: 0))
        return ExamCellCountsTests.part(blocks, heading: "採用見込み")
    }

    @Test("Rows repeating their track (事務職 | 事務 | 48名): a track word right of the track cell is the category")
    func trackWordCategories() {
        let read = ExamBreakdownParserTests.read(ExamBreakdownParser().parse(Self.groupRows()))
        #expect(read.contains("administrative undergraduate 事務 48"))
        #expect(read.contains("administrative undergraduate 事務(キャリア) 12"))
    }

    @Test("A note right of the counts names no level for them; rows under no level are non-graduate; ■キャリア採用 is an exam title")
    func groupRowLevels() {
        let expected = [
            "administrative undergraduate 事務 48", "technical undergraduate 都市計画 18", "technical undergraduate 建築 22",
            "technical graduate 都市計画 10", "administrative undergraduate 事務(キャリア) 12",
        ]
        #expect(ExamBreakdownParserTests.read(ExamBreakdownParser().parse(Self.groupRows())) == expected)
        #expect(ExamBreakdownParserTests.read(ExamBreakdownParser().parse(Self.groupRows(note: false))) == expected)
    }

    @Test("A column headed 区分 under a 【事務】 title holds categories even where they are track words (事務, 事務（社会人）)")
    func categoryColumnHeader() {
        let blocks = [
            ExamListWordsTests.block([("【事務】", 577, 33, 617)], kind: .heading),
            ExamCellCountsTests.table([["試験", "区分", "予定数"], ["大学卒程度等採用試験", "事務", "170名"], ["社会人採用試験", "事務（社会人）", "30名"], ["計", "", "200名"]],
                                      xs: [602...652, 680...738, 770...809], y: 52, header: 1),
        ]
        #expect(ExamBreakdownParserTests.read(ExamBreakdownParser().parse(ExamCellCountsTests.part(blocks, heading: "採用予定"))) == [
            "administrative undergraduate 事務 170", "administrative undergraduate 事務(社会人) 30",
        ])
    }
}
