import Testing

@testable import BrochureKit

/// Exam breakdowns written as running sentences with kanji numerals, or as nested bullet lists.
@Suite("Exam sentences and bullets")
struct ExamSentencesAndBulletsTests {
    /// An exam section of one block holding `lines`, one per 14 pt.
    static func part(_ lines: [String]) -> SectionSegmenter.Part {
        let block = HiringSubRowBandsTests.column(lines, x: 40)
        return SectionSegmenter.Part(kind: .examBreakdown, heading: "採用予定", headingSize: 12, blocks: [(1, block)], page: 1)
    }

    static func read(_ breakdown: ExamBreakdown?) -> [String] {
        (breakdown?.entries ?? []).map { "\($0.track.rawValue) \($0.level.rawValue) \($0.category) \($0.count)" }
    }

    @Test("Counts in kanji numerals in a sentence naming the exam but no level (Ⅰ類採用試験): the non-graduate level")
    func kanjiNumeralSentence() {
        let breakdown = ExamBreakdownParser().parse(Self.part([
            "令和８年度の採用予定",
            "令和８年度は、職員Ⅰ類採用試験により、事務系として事務七十名、技術系として土木四名、機械二",
            "名、化学十二名を採用する予定です。",
        ]))
        #expect(Self.read(breakdown) == [
            "administrative undergraduate 事務 70", "technical undergraduate 土木 4", "technical undergraduate 機械 2",
            "technical undergraduate 化学 12",
        ])
        // A category holding a kanji that is a numeral elsewhere (`一般事務`) is still a word.
        let items = ExamSentence.items(in: Normalized.compact("また、職員Ⅲ類採用試験により、事務系として一般事務五十五名、技術系として電気六名を採用します。"))
        #expect(items.map { "\($0.category) \($0.count)" } == ["一般事務 55", "電気 6"])
    }

    @Test("A nested bullet list: each exam a line, under it indented `─ 事務系：事務 28名` lines whose category is a track word")
    func nestedBullets() {
        // Each level of the list a block of its own, the items indented under their exam.
        var part = Self.part(["2026（令和8）年度 試験区分別の採用予定数"])
        let lines = [("●国家公務員一般職試験（大卒程度）", 40.0), ("─ 事務系：行政 32名", 52), ("─ 技術系：デジタル・電気・電子 3名", 52),
                     ("●国家公務員一般職試験（高卒者）", 40), ("─ 事務系：事務 28名", 52), ("─ 技術系：技術 1名", 52)]
        for (i, (text, x)) in lines.enumerated() {
            var block = HiringSubRowBandsTests.column([text], x: x)
            block.box.y0 += Double(i + 1) * 14
            block.box.y1 += Double(i + 1) * 14
            block.lines[0].box = block.box
            part.blocks.append((1, block))
        }
        let breakdown = ExamBreakdownParser().parse(part)
        #expect(Self.read(breakdown) == [
            "administrative undergraduate 行政 32", "technical undergraduate デジタル・電気・電子 3",
            "administrative undergraduate 事務 28", "technical undergraduate 技術 1",
        ])
    }
}
