import Testing

/// Differential testing of the hand-written scanners against the regular expressions they
/// replaced: the regexes stay here, in the test target, as the oracle.
enum ScannerOracle {
    /// Noise the scanners must treat exactly as the regexes did: white space of several kinds
    /// (a CR-LF pair is one `Character`), a digit or kana with a combining mark (no digit to a
    /// regex), full-width forms, Latin letters and brackets.
    static let noise = [" ", "\u{3000}", "\t", "\r\n", "\n", "0\u{301}", "か\u{3099}", "a", "Z", "x", "(", ")", "（", "）",
                        "９", "１", "、", "。", "-", "~", "/", ".", ",", "名", "\u{FE00}", "😀"]

    /// `count` strings of 1…`maximumTokens` tokens drawn from `alphabet` and the noise, the
    /// same on every run (seeded).
    static func strings(_ alphabet: [String], count: Int = 4000, maximumTokens: Int = 10, seed: UInt64) -> [String] {
        var generator = SplitMix(seed: seed)
        let tokens = alphabet + alphabet + noise
        return (0..<count).map { _ in
            let length = Int.random(in: 1...maximumTokens, using: &generator)
            return (0..<length).map { _ in tokens.randomElement(using: &generator) ?? "" }.joined()
        }
    }

    /// `count` strings that follow the pattern's parts (`slots`, one alternative each, "" for
    /// an optional part left out), with parts now and then dropped, doubled or swapped for noise
    /// and noise before, between and after: near-misses as well as matches, seeded.
    static func structured(_ slots: [[String]], count: Int = 4000, seed: UInt64) -> [String] {
        var generator = SplitMix(seed: seed)
        func chance(_ percent: UInt64) -> Bool { generator.next() % 100 < percent }
        func noiseToken() -> String { noise.randomElement(using: &generator) ?? "" }
        return (0..<count).map { _ in
            var text = chance(30) ? noiseToken() : ""
            for slot in slots {
                if chance(5) { continue }
                if chance(6) { text += noiseToken() }
                let part = slot.randomElement(using: &generator) ?? ""
                text += chance(4) ? part + part : part
            }
            if chance(30) { text += noiseToken() }
            return text
        }
    }

    /// Expects every text, the hand-written `tricky` ones and the `generated` ones, to give the
    /// same answer both ways (`agrees`), and at least `minimum` generated ones to be matches
    /// (`matching`, by the old regex), so that the comparison is not vacuous.
    static func expectAgreement(tricky: [String], generated: [String], _ agrees: (String) -> Bool,
                                matching: (String) -> Bool, atLeast minimum: Int,
                                sourceLocation: SourceLocation = #_sourceLocation) {
        let matched = generated.count(where: matching)
        #expect(matched > minimum, "only \(matched) generated texts match", sourceLocation: sourceLocation)
        let failures = (tricky + generated).filter { !agrees($0) }
        #expect(failures.isEmpty, "\(failures.prefix(10))", sourceLocation: sourceLocation)
    }

    /// Whether the scanner's whole match and its list of matches are the regex's, each pair
    /// compared by `same`.
    static func agree<Old, New>(whole old: Old?, _ new: New?, all oldAll: [Old], _ newAll: [New],
                                same: (Old, New) -> Bool) -> Bool {
        if let old, let new { guard same(old, new) else { return false } } else if (old == nil) != (new == nil) { return false }
        return oldAll.count == newAll.count && zip(oldAll, newAll).allSatisfy(same)
    }

    /// Whether two captures are the same slice of the text (range, not only content), or both absent.
    static func same(_ a: Substring?, _ b: Substring?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (a?, b?): a.startIndex == b.startIndex && a.endIndex == b.endIndex
        default: false
        }
    }
}
