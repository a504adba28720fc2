import Testing

@testable import BrochureKit

@Suite("Exam breakdown")
struct ExamBreakdownParserTests {
    /// An exam section holding one table, row r at `ys[r]`, each cell one line high.
    static func part(_ rows: [[String]], ys: [Double], header: Int = 1) -> SectionSegmenter.Part {
        let xs: [ClosedRange<Double>] = [40...80, 100...170, 190...400]
        let cells = rows.enumerated().map { r, row in
            row.enumerated().map { c, text in
                Table.Cell(text: text, box: text.isEmpty ? nil : Rect(x0: xs[c].lowerBound, y0: ys[r], x1: xs[c].upperBound, y1: ys[r] + 9))
            }
        }
        let box = Rect(x0: 40, y0: ys[0], x1: 400, y1: ys.last! + 9)
        let table = Table(box: box, columns: xs, rows: cells, headerRowCount: header)
        return SectionSegmenter.Part(
            kind: .examBreakdown, heading: "試験区分", headingSize: 12, blocks: [(1, Block(kind: .table, box: box, lines: [], table: table))], page: 1)
    }

    @Test("A grid of categories by exam levels, the track centred over its rows or set at their top")
    func categoriesByLevels() {
        let xs: [ClosedRange<Double>] = [40...80, 100...200, 220...280, 300...360]
        func table(_ rows: [[String]]) -> Table {
            let cells = rows.enumerated().map { r, row in
                row.enumerated().map { c, text in
                    Table.Cell(text: text, box: text.isEmpty ? nil : Rect(x0: xs[c].lowerBound, y0: 100 + Double(r) * 16, x1: xs[c].upperBound, y1: 109 + Double(r) * 16))
                }
            }
            return Table(box: Rect(x0: 40, y0: 100, x1: 360, y1: 110 + Double(rows.count) * 16), columns: xs, rows: cells, headerRowCount: 1)
        }
        func read(_ rows: [[String]]) -> [String] {
            ExamGrid.entries(in: table(rows), page: 1).map { "\($0.track.rawValue) \($0.level.rawValue) \($0.category) \($0.count)" }
        }
        let centred = read([
            ["区分", "試験区分", "大卒程度試験", "院卒程度試験"],
            ["", "法律", "12名", "―"], ["事務系", "経済", "14名", "―"], ["", "行政", "―", "6名"],
            ["", "工学", "10名", "8名"], ["技術系", "デジタル", "3名", "―"],
        ])
        #expect(centred == [
            "administrative undergraduate 法律 12", "administrative undergraduate 経済 14", "administrative graduate 行政 6",
            "technical undergraduate 工学 10", "technical graduate 工学 8", "technical undergraduate デジタル 3",
        ])
        let top = read([
            ["区分", "試験区分", "大卒程度試験", "院卒程度試験"],
            ["事務系", "法律", "12名", "―"], ["", "行政", "―", "6名"], ["技術系", "工学", "10名", "8名"],
        ])
        #expect(top == ["administrative undergraduate 法律 12", "administrative graduate 行政 6", "technical undergraduate 工学 10", "technical graduate 工学 8"])
        // `category：N名` cells under a level are no grid: the pairs are read as before.
        #expect(read([["区分", "", "大卒程度試験", "院卒程度試験"], ["事務系", "", "法律：8名", "行政：4名"], ["技術系", "", "工学：3名", "工学：2名"]]).isEmpty)
    }

    @Test("A breakdown is planned when the line naming its year says 予定, under a heading that does not")
    func plannedByCaption() throws {
        var part = Self.part([["区分", "試験", "内訳"], ["事務系", "大卒程度試験", "法律：8名"]], ys: [100, 116])
        let caption = Rect(x0: 40, y0: 80, x1: 300, y1: 89)
        part.blocks.insert((1, Block(kind: .paragraph, box: caption, lines: [
            TextLine(text: "令和6年度採用予定者の試験区分", box: caption, fontSize: 9, isBold: false, orientation: .horizontal),
        ])), at: 0)
        let exam = try #require(ExamBreakdownParser().parse(part))
        #expect(exam.cohortFiscalYear == 2024 && exam.planned)
        part.blocks[0].block.lines[0].text = "令和5年度採用者の試験区分"
        #expect(try #require(ExamBreakdownParser().parse(part)).planned == false)
    }

    @Test("A track label set level with the first of its rows covers the blank rows under it")
    func topAlignedTrack() throws {
        let exam = try #require(ExamBreakdownParser().parse(Self.part([
            ["区分", "試験", "内訳"],
            ["事務系", "大卒程度試験", "法律：8名、経済：4名"],
            ["", "院卒程度試験", "行政：4名、法務：1名"],
            ["技術系", "大卒程度試験", "工学：3名"],
            ["", "院卒程度試験", "工学：2名"],
        // The first row's breakdown wraps onto a second line, so the blank row under it sits
        // nearer the next track's label than its own.
        ], ys: [100, 116, 143, 159, 186])))
        let read = exam.entries.map { "\($0.track.rawValue) \($0.level.rawValue) \($0.category) \($0.count)" }
        #expect(read == [
            "administrative undergraduate 法律 8", "administrative undergraduate 経済 4",
            "administrative graduate 行政 4", "administrative graduate 法務 1",
            "technical undergraduate 工学 3", "technical graduate 工学 2",
        ])
    }

    /// An exam section of one paragraph per element of `paragraphs`, each a block of lines.
    static func prose(_ paragraphs: [[String]]) -> SectionSegmenter.Part {
        var y = 100.0
        let blocks = paragraphs.map { lines -> (Int, Block) in
            let textLines = lines.map { text -> TextLine in
                defer { y += 12 }
                return TextLine(text: text, box: Rect(x0: 40, y0: y, x1: 300, y1: y + 9), fontSize: 9, isBold: false, orientation: .horizontal)
            }
            y += 10
            return (1, Block(kind: .paragraph, box: Rect.enclosing(textLines.map(\.box))!, lines: textLines))
        }
        return SectionSegmenter.Part(kind: .examBreakdown, heading: "試験区分", headingSize: 12, blocks: blocks, page: 1)
    }

    static func read(_ exam: ExamBreakdown?) -> [String] {
        (exam?.entries ?? []).map { "\($0.track.rawValue) \($0.level.rawValue) \($0.category) \($0.count)" }
    }

    @Test("A breakdown written as one sentence keeps each clause's track and level until another names a new one")
    func runningSentence() {
        let exam = ExamBreakdownParser().parse(Self.prose([[
            "令和7年度の採用予定者（11名）は、事務系が大卒程度試験の法律",
            "区分から4名、経済区分から2名、院卒程度試験",
            "の行政区分から2名、技術系が大卒程度試験の工学区分から1名、院",
            "卒程度試験の人間科学区分から１名の予定です。",
        ]]))
        #expect(Self.read(exam) == [
            "administrative undergraduate 法律 4", "administrative undergraduate 経済 2", "administrative graduate 行政 2",
            "technical undergraduate 工学 1", "technical graduate 人間科学 1",
        ])
        // Counts with no track or level named before them are no breakdown.
        #expect(ExamSentence.items(in: "採用予定者は11名、うち女性は5名です。").isEmpty)
    }

    @Test("A list line's own track before a colon heads its first item as well as the others")
    func trackBeforeColon() {
        let exam = ExamBreakdownParser().parse(Self.prose([
            ["■大卒程度試験"], ["事務系：法律5名／経済3名／政治・国際1名", "技術系：工学2名／デジタル1名"],
            ["■院卒程度試験"], ["事務系：行政2名"],
        ]))
        #expect(Self.read(exam) == [
            "administrative undergraduate 法律 5", "administrative undergraduate 経済 3", "administrative undergraduate 政治・国際 1",
            "technical undergraduate 工学 2", "technical undergraduate デジタル 1", "administrative graduate 行政 2",
        ])
    }

    @Test("A list's bullet before a category is no part of its name")
    func bulletedCategories() {
        let exam = ExamBreakdownParser().parse(Self.prose([["■事務系（計６名）"], ["○大卒程度試験"], ["・法律２名", "・政治・国際１名"]]))
        #expect(Self.read(exam) == ["administrative undergraduate 法律 2", "administrative undergraduate 政治・国際 1"])
    }

    @Test("A track cell centred over all its rows heads the first one too, however far above it that row is")
    func trackCentredOverRows() {
        let exam = ExamBreakdownParser().parse(Self.part([
            ["区分", "試験", "内訳"], ["", "大卒程度試験", "法律：2名"], ["事務系", "", "経済：1名"], ["", "院卒程度試験", "行政：1名"],
        ], ys: [100, 120, 150, 170]))
        #expect(Self.read(exam) == ["administrative undergraduate 法律 2", "administrative undergraduate 経済 1", "administrative graduate 行政 1"])
    }
}
