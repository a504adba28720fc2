import Foundation
import Testing
@testable import BrochureKit

/// The memo must answer as ICU does, ask ICU once per text, and stay bounded.
@Suite("ICU memo")
struct ICUMemoTests {
    /// Stands in for an ICU object: counts how often it is asked.
    final class Counter: @unchecked Sendable {
        let lock = NSLock()
        var asked: [String] = []
    }

    private func memo(capacity: Int, counter: Counter) -> ICUMemo<Counter, Int> {
        let pool = ICUPool(prototype: counter) { (prototype) throws(NormalizationError) in prototype }
        return ICUMemo(pool: pool, capacity: capacity) { (resource, text) in
            resource.lock.lock()
            defer { resource.lock.unlock() }
            resource.asked.append(text)
            return text.count
        }
    }

    @Test("a text is put to ICU once")
    func once() throws {
        let counter = Counter()
        let memo = memo(capacity: 10, counter: counter)
        for _ in 0..<3 { #expect(try memo.answer(for: "令和5年") == 4) }
        #expect(try memo.answer(for: "R5") == 2)
        #expect(counter.asked == ["令和5年", "R5"])
    }

    @Test("past its capacity the memo keeps answering without growing")
    func bounded() throws {
        let counter = Counter()
        let memo = memo(capacity: 2, counter: counter)
        for text in ["a", "bb", "ccc", "ccc"] { _ = try memo.answer(for: text) }
        #expect(memo.count == 2)
        #expect(try memo.answer(for: "ccc") == 3)
        #expect(counter.asked == ["a", "bb", "ccc", "ccc", "ccc"])
    }

    @Test("era dates read through the memo keep ICU's answers, impossible ones included")
    func eraDates() throws {
        for _ in 0..<2 {
            #expect(try EraDate.parse("令和元年5月").year == 2019)
            #expect(throws: NormalizationError.self) { try EraDate.parse("令和元年4月") }
            #expect(try JapaneseNumeral.parse("十二") == 12)
        }
    }
}
