import Foundation

/// A bounded, lock-protected memo of one pooled ICU object's answers, keyed by the text asked.
///
/// ICU parses a Japanese-calendar year, and a kanji numeral, through its rule-based number
/// format, which tries rule after rule: about half a million instructions a call (callgrind of
/// a two-page `extract`: 73 calls, 10% of the run). A brochure asks about the same few texts
/// (令和5年, 令和6年3月, 十二) over and over, and ICU's answer to a text never changes, so each
/// text is put to ICU once per process. The memo stops growing at `capacity` entries, so a
/// long batch cannot make it pin memory; past that, calls simply go to ICU.
final class ICUMemo<Resource: AnyObject, Answer: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [String: Answer] = [:]
    private let pool: ICUPool<Resource>
    private let capacity: Int
    private let ask: (Resource, String) throws(NormalizationError) -> Answer

    init(pool: ICUPool<Resource>, capacity: Int = 4096,
         ask: @escaping (Resource, String) throws(NormalizationError) -> Answer) {
        self.pool = pool
        self.capacity = capacity
        self.ask = ask
    }

    /// ICU's answer for `text`, from the memo when it was asked before.
    func answer(for text: String) throws(NormalizationError) -> Answer {
        lock.lock()
        let known = answers[text]
        lock.unlock()
        if let known { return known }
        // Asked outside the lock: two threads may both ask ICU for a new text, which is harmless.
        let answer = try pool.withResource { (resource) throws(NormalizationError) in try ask(resource, text) }
        lock.lock()
        defer { lock.unlock() }
        if answers.count < capacity { answers[text] = answer }
        return answer
    }

    /// How many texts are remembered (for tests of the bound).
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return answers.count
    }
}
