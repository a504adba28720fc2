import Testing
@testable import BrochureKit

/// A page set in numbered chapters, each two columns wide under a heading at the left edge
/// (the whole page in holdout25's nagano-2026, under its reading-order floor).
@Suite("Numbered chapters as bands")
struct NumberedChapterBandsTests {
    /// Two tables side by side (units 0, 1), a note under the left one (2), the chapter number
    /// and its heading (3, 4), then two columns (5, 6).
    private let boxes = [
        Rect(x0: 59, y0: 229, x1: 273, y1: 317), Rect(x0: 321, y0: 229, x1: 535, y1: 349),
        Rect(x0: 56, y0: 358, x1: 221, y1: 366),
        Rect(x0: 14, y0: 387, x1: 32, y1: 401), Rect(x0: 56, y0: 387, x1: 266, y1: 401),
        Rect(x0: 56, y0: 416, x1: 294, y1: 553), Rect(x0: 318, y0: 416, x1: 552, y1: 492),
    ]
    private let opens = [false, false, false, false, true, false, false]
    private let numbers = [false, false, false, true, false, false, false]

    @Test("A numbered heading alone on its row between two pairs of columns ends the band above")
    func numbered() {
        #expect(ReadingOrder.opensChapter(above: [0, 1, 2], first: 3, boxes, opens: opens, numbers: numbers))
        #expect(ReadingOrder.opensChapter(above: [0, 1, 2], first: 4, boxes, opens: opens, numbers: numbers))
    }

    @Test("Without its number, with something else on its row, or with one column below, it does not")
    func notAChapter() {
        #expect(!ReadingOrder.opensChapter(above: [0, 1, 2], first: 4, boxes, opens: opens, numbers: Array(repeating: false, count: 7)))
        var crowded = boxes
        crowded[6] = Rect(x0: 318, y0: 390, x1: 552, y1: 492)
        #expect(!ReadingOrder.opensChapter(above: [0, 1, 2], first: 3, crowded, opens: opens, numbers: numbers))
        #expect(!ReadingOrder.opensChapter(above: [0, 1, 2], first: 3, Array(boxes.prefix(6)), opens: Array(opens.prefix(6)), numbers: Array(numbers.prefix(6))))
        #expect(!ReadingOrder.opensChapter(above: [0, 2], first: 3, boxes, opens: opens, numbers: numbers))
    }
}
