/// The tracks a running sentence names AFTER its categories: `行政区分から事務系30名` (the track
/// between the category and its count) and `…電気区分から7名の技術系計87名を` (the track only in
/// the total that closes a run of items).
///
/// `ExamSentence` reads a track named before a clause's category and carries it on to the
/// clauses after it. A sentence can instead put the track between the category and the count,
/// where the category reader sees a track word standing for a category; and items that name no
/// track of their own may get theirs only from a closing `<track>計N名`, which the carried
/// track (the previous clause's) would get wrong. The total is arithmetic: the items read
/// back from it whose counts add up to it exactly are that track's.
enum ExamSentenceTracks {
    /// `行政区分から事務系` (the words before a count), with `start` at `事務系`, → (`行政`,
    /// the words before `行政`, administrative): a track word straight after `<category>区分から`
    /// (or `区分より`, `区分`) names the item's track, the word before `区分` its category. Nil
    /// when the track word does not follow a `区分`.
    static func trackAfterCategory(in words: Substring, start: Substring.Index) -> (category: String, lead: Substring, track: Track)? {
        let word = String(words[start...])
        let track = Track(label: word)
        guard track != .other, word.count <= 4 else { return nil }
        var before = words[..<start]
        for particle in ["から", "より"] where before.hasSuffix(particle) { before = before.dropLast(particle.count) }
        guard before.hasSuffix("区分") else { return nil }
        before = before.dropLast(2)
        let from = before.lastIndex(where: { isKana($0) || " :、".contains($0) }).map(before.index(after:)) ?? before.startIndex
        let category = String(before[from...])
        guard !category.isEmpty, category.count <= 16, ExamBreakdownParser.looksLikeCategory(Substring(category)),
            ExamBreakdownParser.level(named: category) == nil, !ExamGrid.namesTrack(category),
            category.allSatisfy({ !($0.isASCII && $0.isNumber) && $0 != "(" && $0 != ")" })
        else { return nil }
        return (category, before[..<from], track)
    }

    /// `の技術系計87名を` → (technical, 87): a track's total, the track word right before `計`
    /// (or `合計`) and the count right after it. Nil for a clause without one.
    static func trackTotal(in clause: Substring) -> (track: Track, count: Int)? {
        guard let mark = clause.firstIndex(of: "計") else { return nil }
        let digits = clause[clause.index(after: mark)...].prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let count = Int(digits), digits.endIndex < clause.endIndex, "名人".contains(clause[digits.endIndex]) else { return nil }
        var before = clause[..<mark]
        if before.hasSuffix("合") { before = before.dropLast() }
        let from = before.lastIndex(where: { isKana($0) || " :".contains($0) }).map(before.index(after:)) ?? before.startIndex
        let track = Track(label: String(before[from...]))
        guard track != .other, before[from...].count <= 4 else { return nil }
        return (track, count)
    }

    /// Gives the items read back from the end of `tracks` (with their `counts`) the total's
    /// track, where their counts add up to the total exactly before any item whose clause named
    /// another track is reached; `named` says which items' own clause named theirs.
    static func assign(_ total: (track: Track, count: Int), tracks: inout [Track?], counts: [Int], named: [Bool]) {
        var sum = 0
        var first = tracks.endIndex
        while first > tracks.startIndex, sum < total.count {
            let i = first - 1
            guard !named[i] || tracks[i] == total.track else { return }
            sum += counts[i]
            first = i
        }
        guard sum == total.count, first < tracks.endIndex else { return }
        for i in first..<tracks.endIndex { tracks[i] = total.track }
    }

    /// Hiragana: the particles that tie a sentence's words (`の`, `が`, `から`).
    private static func isKana(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { (0x3041...0x309F).contains($0.value) }
    }
}
