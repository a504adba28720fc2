/// Assignments set as running lists, one per track, each after a bracketed track label
/// (`【事務系】危機管理部 4名、企画振興部 6名、…` wrapping over lines, then `【技術系】…`) or a
/// track's word and a colon (`事務職：総務課1名、…`).
///
/// No table or bullet gives the rows: each run is one paragraph of `unit N名` items apart by
/// `、`, and its track is named once, by the label it opens with. A line ending in `、` goes on
/// in the next line (the run wraps mid-list), so a run is read up to a line that does not.
/// A unit named in both runs is one unit with a count per track, as in a table's row.
enum InlineRunAssignments {
    /// The units of the section's runs, when at least one run opens with a track label and the
    /// runs hold two or more units in all; nil otherwise.
    static func rows(in blocks: [(page: Int, block: Block)]) -> [AssignmentRecord.Row]? {
        var rows: [AssignmentRecord.Row] = []
        var index: [String: Int] = [:]
        var run: (track: Track, open: Bool)? = nil
        for (page, block) in blocks where block.table == nil {
            for line in block.lines {
                var text = Normalized.compact(line.text.trimmingWhitespace())
                if let (track, rest) = label(opening: text) {
                    run = (track, true)
                    text = rest
                } else if run?.open != true {
                    run = nil
                    continue
                }
                guard let current = run else { continue }
                let items = text.split(separator: "、", omittingEmptySubsequences: true)
                let parsed = items.map(item)
                // A line that is not a list of counts (a note under the runs) ends the run.
                guard !parsed.isEmpty, parsed.allSatisfy({ $0 != nil }) else { run = nil; continue }
                for case let (unit, count)? in parsed {
                    let at = index[unit] ?? rows.count
                    if at == rows.count {
                        index[unit] = at
                        rows.append(AssignmentRecord.Row(unit: unit, administrative: 0, technical: 0, provenance: Provenance(page: page, box: line.box, text: line.text)))
                    }
                    if current.track == .administrative { rows[at].administrative += count } else { rows[at].technical += count }
                }
                run?.open = text.hasSuffix("、")
            }
        }
        return rows.count >= 2 ? rows : nil
    }

    /// The track a line's opening label names (`【事務系】`, `〈技術系〉`, `[事務系]`, or a track's
    /// word before a colon, `事務職：`) and the text after it.
    static func label(opening text: String) -> (Track, String)? {
        if let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }), case let word = String(text[..<colon]),
            (2...4).contains(word.count), Track(label: word) != .other
        {
            return (Track(label: word), String(text[text.index(after: colon)...]))
        }
        guard let open = text.first, let pair = brackets.first(where: { $0.0 == open }), let close = text.firstIndex(of: pair.1) else { return nil }
        let inner = String(text[text.index(after: text.startIndex)..<close])
        let track = Track(label: inner)
        guard track != .other, inner.count <= 8 else { return nil }
        return (track, String(text[text.index(after: close)...]))
    }

    /// The opening and closing brackets a track label is set in.
    private static let brackets: [(Character, Character)] = [("【", "】"), ("〈", "〉"), ("<", ">"), ("[", "]"), ("〔", "〕"), ("《", "》")]

    /// `危機管理部4名` → (危機管理部, 4): a name with no digit in it, then the count and `名` or `人`.
    static func item(_ raw: Substring) -> (String, Int)? {
        guard let last = raw.last, last == "名" || last == "人" else { return nil }
        let body = raw.dropLast()
        let digits = body.reversed().prefix { $0.isASCII && $0.isNumber }
        let name = String(body.dropLast(digits.count)).trimmingWhitespace()
        guard !digits.isEmpty, let count = Int(String(digits.reversed())), !name.isEmpty, name.count <= 20,
            !name.contains(where: { $0.isASCII && $0.isNumber }), !BulletedAssignments.totalWords.contains(name)
        else { return nil }
        return (name, count)
    }
}
