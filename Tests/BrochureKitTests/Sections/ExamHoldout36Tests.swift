import Testing

@testable import BrochureKit

/// Exam shapes of the thirty-sixth blind set: a table without a track column whose tracks only
/// a note under it names, and a levels-as-columns cross table whose categories hold a track word.
@Suite("Exam breakdown: tracks named in a note under the table, categories holding a track word")
struct ExamHoldout36Tests {
    typealias E = ExamBreakdownParserTests
    typealias L = LooseLayoutsTests
    typealias T = ExamHoldout34Tests

    /// A note of two lines, wrapped mid-word as a narrow column wraps it.
    static func note(_ lines: [String], x: Double, y: Double, size: Double = 8) -> (page: Int, block: Block) {
        let rows = lines.enumerated().map { i, text in
            TextLine(text: text, box: Rect(x0: x, y0: y + Double(i) * 11, x1: x + Double(text.count) * size, y1: y + Double(i) * 11 + size),
                     fontSize: size, isBold: false, orientation: .horizontal)
        }
        return (1, Block(kind: .list, box: Rect.enclosing(rows.map(\.box))!, lines: rows))
    }

    /// `試験区分 | 職種 | 採用予定数`, no track column, and the note naming each category's track.
    static func noteTable(lines: [String]) -> [(page: Int, block: Block)] {
        [
            T.table([["試験区分", "職種", "採用予定数"], ["大学卒業程度", "行政", "80名"], ["", "警察事務", "6名"],
                     ["短大卒業程度", "行政（短大）", "9名"], ["大学卒業程度", "総合土木", "30名"], ["", "建築", "8名"], ["", "化学", "4名"]],
                    xs: [300...360, 370...430, 480...520], y0: 400, step: 14, header: 1),
            note(lines, x: 300, y: 500),
        ]
    }

    @Test("A note naming categories (a list, and a run `XからYまで`) gives them their tracks")
    func tracksFromNote() throws {
        let blocks = Self.noteTable(lines: ["※行政・警察事務・行政（短大）は事務、総合土木から化学までは技術の採", "用です。"])
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "試験区分", blocks)))
        #expect(E.read(exam) == [
            "administrative undergraduate 行政 80", "administrative undergraduate 警察事務 6", "administrative undergraduate 行政(短大) 9",
            "technical undergraduate 総合土木 30", "technical undergraduate 建築 8", "technical undergraduate 化学 4",
        ])
    }

    @Test("A note's clause names only categories the table holds; a sentence without `は<track>` names none")
    func noteNames() {
        let note = ExamTrackNote(blocks: [Self.note(["※行政・福祉は事務、土木から化学までは技術です。採用は4月です。"], x: 0, y: 0)],
                                 categories: ["行政", "福祉", "土木", "建築", "化学", "電気"])
        #expect(note.track(of: "行政") == .administrative && note.track(of: "福祉") == .administrative)
        #expect(note.track(of: "土木") == .technical && note.track(of: "建築") == .technical && note.track(of: "化学") == .technical)
        #expect(note.track(of: "電気") == nil)
        #expect(ExamTrackNote(blocks: [Self.note(["行政は事務です。"], x: 0, y: 0)], categories: ["行政"]).track(of: "行政") == nil)
    }

    @Test("Under track bars a category holding a track word (`一般事務`, `土木技術`) is read; a bare track row is not")
    func categoriesWithTrackWords() throws {
        let xs: [ClosedRange<Double>] = [300...360, 380...440, 460...520]
        let blocks = [
            L.block("試験区分", x: 300, y: 380), L.block("上級（大学卒業程度）", x: 380, y: 380, size: 6), L.block("初級（高校卒業程度）", x: 460, y: 380, size: 6),
            L.block("事務職", x: 300, y: 396),
            T.table([["行政", "５４名", "ー"], ["一般事務", "ー", "１４名"], ["事務職", "５４名", "１４名"]], xs: xs, y0: 410, step: 14),
            L.block("技術職", x: 300, y: 456),
            T.table([["土木", "１６名", "ー"], ["土木技術", "ー", "１０名"]], xs: xs, y0: 470, step: 14),
        ]
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "令和８年度採用予定", blocks)))
        #expect(E.read(exam) == [
            "administrative undergraduate 行政 54", "administrative undergraduate 一般事務 14",
            "technical undergraduate 土木 16", "technical undergraduate 土木技術 10",
        ])
        #expect(ExamTrackWords.isBare("事務職") && ExamTrackWords.isBare("技術系職員") && !ExamTrackWords.isBare("一般事務"))
    }
}
