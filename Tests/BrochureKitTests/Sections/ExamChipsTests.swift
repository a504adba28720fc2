import Testing

@testable import BrochureKit

/// Chips of `category N名` set on one baseline, which the layout may join into one cell.
@Suite("Exam chips")
struct ExamChipsTests {
    @Test("A count followed by another name and its count ends an item, straight or after spaces")
    func joinedChips() {
        #expect(ExamBreakdownParser.pairs(in: "行政 2名法律 1名").map { "\($0.0)\($0.1)" } == ["行政2", "法律1"])
        #expect(ExamBreakdownParser.pairs(in: "化学 4名 機械 2名").map { "\($0.0)\($0.1)" } == ["化学4", "機械2"])
        #expect(ExamBreakdownParser.pairs(in: "化学・生物・薬学 3名").map { "\($0.0)\($0.1)" } == ["化学・生物・薬学3"])
        // A count with a word after it that counts no one more is one item, as before.
        #expect(ExamListLine.separatingItems("法律2名程度") == "法律2名程度")
    }
}
