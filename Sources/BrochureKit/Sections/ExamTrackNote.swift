/// The tracks a note under an exam table gives its categories (`※行政・警察事務は事務、総合土木から
/// 化学までは技術の採用です。`), where the table itself names none.
///
/// A table without a track column or band can leave the track to a note: each clause names a
/// list of categories (`A・B・C`) or a run of the table's rows (`XからYまで`) and, after its
/// `は`, the track. The table's own cells then say nothing of it (`警察事務` only looks like a
/// track label), so a category the note names takes the note's track.
struct ExamTrackNote {
    /// The track of each category the note names, by its compact text.
    private(set) var tracks: [String: Track] = [:]

    /// The note's tracks, read from the part's prose blocks; `categories` are the categories
    /// read from the part in reading order, which a run `XからYまで` spans.
    init(blocks: [(page: Int, block: Block)], categories: [String]) {
        for (_, block) in blocks where block.table == nil {
            let text = Normalized.compact(block.lines.map(\.text).joined())
            guard text.hasPrefix("※") || text.hasPrefix("*") else { continue }
            var subject: [Substring] = []
            for clause in text.drop(while: { "※*".contains($0) }).split(whereSeparator: { "、。,".contains($0) }) {
                guard let (names, track) = Self.subjectAndTrack(of: clause) else {
                    subject.append(clause)
                    continue
                }
                subject.append(names)
                for name in Self.names(in: subject, categories: categories) where tracks[name] == nil { tracks[name] = track }
                subject = []
            }
        }
    }

    /// The track the note gives `category`, if it names it.
    func track(of category: String) -> Track? { tracks[Normalized.compact(category)] }

    /// `行政・警察事務は事務` → (`行政・警察事務`, administrative): the words before the last `は`
    /// that a track word follows straight away (`技術の採用です`).
    static func subjectAndTrack(of clause: Substring) -> (Substring, Track)? {
        var index = clause.endIndex
        while let mark = clause[..<index].lastIndex(of: "は") {
            let rest = clause[clause.index(after: mark)...]
            let track = Track(label: String(rest.prefix(2)))
            if track != .other, mark > clause.startIndex { return (clause[..<mark], track) }
            index = mark
        }
        return nil
    }

    /// The categories a subject names: a run `XからYまで` of `categories`, or names set apart
    /// by `・`, each kept only where it is one of `categories`.
    static func names(in subject: [Substring], categories: [String]) -> [String] {
        let known = categories.map { Normalized.compact($0) }
        var result: [String] = []
        for part in subject {
            var words = part
            if words.hasSuffix("まで") { words = words.dropLast(2) }
            if let from = words.range(of: "から") {
                let (first, last) = (String(words[..<from.lowerBound]), String(words[from.upperBound...]))
                guard let start = known.firstIndex(of: first), let end = known.lastIndex(of: last), start <= end else { continue }
                result += known[start...end]
                continue
            }
            result += words.split(separator: "・").map(String.init).filter { known.contains($0) }
        }
        return result
    }
}
