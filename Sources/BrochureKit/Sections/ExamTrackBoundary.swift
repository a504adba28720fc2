/// Where one track's run of exam categories ends and the next one's begins, when the table's
/// geometry leaves it open and the hiring plan and the categories' names settle it.
///
/// A track cell spanning rows of a ruled table prints its label once, at the top of its run or
/// centred on it, and the rules that show the span are no text. `事務職` level with the first
/// of four rows and `技術職` level with the third read alike as two runs of two (labels at the
/// top) and as runs of one and three (labels centred): the geometry cannot tell. The plan can:
/// the breakdown is the cohort's planned hires by track, so the right boundary makes both
/// tracks add up to the plan. A shift is taken only when the tracks disagree with the plan
/// both, exactly one shift of the boundary makes them agree, and the categories it moves
/// name jobs of their new track (`土木` a technical one, `行政事務` none): arithmetic and
/// vocabulary must say the same.
enum ExamTrackBoundary {
    /// `entries` with the boundary between two adjacent runs of different tracks moved so
    /// that each track adds up to `plan`'s count for it; `entries` unchanged when no single
    /// shift does, or more than one does.
    static func settled(_ entries: [ExamBreakdown.Entry], plan: HiringRecord.Row) -> [ExamBreakdown.Entry] {
        guard let admin = plan.administrative?.count, let tech = plan.technical?.count else { return entries }
        let wanted: [Track: Int] = [.administrative: admin, .technical: tech]
        func agrees(_ candidate: [ExamBreakdown.Entry]) -> Bool {
            wanted.allSatisfy { track, count in CrossChecks.sum(candidate.filter { $0.track == track }.map(\.count)) == count }
        }
        func disagreesBoth(_ candidate: [ExamBreakdown.Entry]) -> Bool {
            wanted.allSatisfy { track, count in CrossChecks.sum(candidate.filter { $0.track == track }.map(\.count)) != count }
        }
        guard disagreesBoth(entries) else { return entries }
        var found: [[ExamBreakdown.Entry]] = []
        for boundary in entries.indices.dropFirst() {
            let before = entries[boundary - 1], after = entries[boundary]
            guard before.track != after.track, before.level == after.level,
                [before.track, after.track].allSatisfy({ wanted[$0] != nil })
            else { continue }
            let first = Self.run(in: entries, ending: boundary - 1), second = Self.run(in: entries, starting: boundary)
            // Leave each track one category at least: a run moved whole is a track misread, not a span.
            for moved in 1..<max(first.count, second.count) {
                if moved < first.count, let shifted = Self.moving(first.suffix(moved), to: after.track, in: entries), agrees(shifted) {
                    found.append(shifted)
                }
                if moved < second.count, let shifted = Self.moving(second.prefix(moved), to: before.track, in: entries), agrees(shifted) {
                    found.append(shifted)
                }
            }
        }
        return found.count == 1 ? found[0] : entries
    }

    /// The indices of the run of one track and level that ends at `last`.
    private static func run(in entries: [ExamBreakdown.Entry], ending last: Int) -> [Int] {
        var start = last
        while start > 0, entries[start - 1].track == entries[last].track, entries[start - 1].level == entries[last].level { start -= 1 }
        return Array(start...last)
    }

    /// The indices of the run of one track and level that starts at `first`.
    private static func run(in entries: [ExamBreakdown.Entry], starting first: Int) -> [Int] {
        var end = first
        while end + 1 < entries.count, entries[end + 1].track == entries[first].track, entries[end + 1].level == entries[first].level { end += 1 }
        return Array(first...end)
    }

    /// `entries` with those at `indices` given `track`, or nil when a category moved does not
    /// name a job of that track.
    private static func moving(_ indices: some Collection<Int>, to track: Track, in entries: [ExamBreakdown.Entry]) -> [ExamBreakdown.Entry]? {
        var result = entries
        for i in indices {
            let technical = ExamTechnicalWords.namesTechnicalJob(Normalized.compact(entries[i].category))
            guard technical == (track == .technical) else { return nil }
            result[i].track = track
        }
        return result
    }
}
