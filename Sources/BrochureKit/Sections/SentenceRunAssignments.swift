/// Assignments written as runs inside a paragraph, one per track, each opened by its track word
/// (`事務職は、総務部 6名、ふるさと振興部 4名、…、技術職は、保健福祉部 2名、…です。`).
///
/// With no table, the section's prose is read as one text: its lines break anywhere, even inside
/// a unit's name (`ふるさ` / `と振興部`). A track word standing alone (`事務職`, `技術系`: a
/// name merely holding one, `教育委員会事務局`, is a unit's) followed by `は、` or `:` opens a run; its items are `unit N名` (or `N人`) apart by `、`, up to the next run's track
/// word or the sentence's end (`。`, `です`). A run any piece of which is not such an item is no
/// run (a sentence merely saying `事務職は、…`). A unit named in both runs is one row with a
/// count per track, as in a table's row.
enum SentenceRunAssignments {
    /// The units of the runs in the section's prose `blocks`, when the section holds no table
    /// and its runs name two or more units; nil otherwise.
    static func rows(in blocks: [(page: Int, block: Block)]) -> [AssignmentRecord.Row]? {
        guard !blocks.contains(where: { $0.block.table != nil }) else { return nil }
        // Each block's end (in UTF-8 offsets) to cite the block a unit is named in.
        var text = ""
        var ends: [(offset: Int, page: Int, box: Rect)] = []
        for (page, block) in blocks {
            text += block.lines.map { Normalized.compact($0.text.trimmingWhitespace()) }.joined()
            ends.append((text.utf8.count, page, block.box))
        }
        guard !ends.isEmpty else { return nil }
        var rows: [AssignmentRecord.Row] = []
        var index: [String: Int] = [:]
        let found = openers(in: text)
        for (i, opener) in found.enumerated() {
            var end = i + 1 < found.count ? found[i + 1].start : text.endIndex
            if let stop = text[opener.run..<end].firstIndex(of: "。") { end = stop }
            if let copula = text[opener.run..<end].range(of: "です") { end = copula.lowerBound }
            let parsed = text[opener.run..<end].split(separator: "、").map(InlineRunAssignments.item)
            guard !parsed.isEmpty, parsed.allSatisfy({ $0 != nil }) else { continue }
            let offset = text.utf8.distance(from: text.startIndex, to: opener.run)
            let source = ends.first { $0.offset > offset } ?? ends[ends.count - 1]
            for case let (unit, count)? in parsed {
                let at = index[unit] ?? rows.count
                if at == rows.count {
                    index[unit] = at
                    rows.append(AssignmentRecord.Row(
                        unit: unit, administrative: 0, technical: 0, provenance: Provenance(page: source.page, box: source.box, text: String(text[opener.start..<end]))))
                }
                if opener.track == .administrative { rows[at].administrative += count } else { rows[at].technical += count }
            }
        }
        return rows.count >= 2 ? rows : nil
    }

    /// Where a run opens: its track word's start, the run's first item's start and the track,
    /// for each track word (`事務職`, `技術系`) set right before `は、` or `:`.
    static func openers(in text: String) -> [(start: String.Index, run: String.Index, track: Track)] {
        var found: [(start: String.Index, run: String.Index, track: Track)] = []
        var position = text.startIndex
        while position < text.endIndex {
            let rest = text[position...]
            let mark = rest.hasPrefix("は、") ? 2 : (rest.hasPrefix(":") || rest.hasPrefix("：") ? 1 : 0)
            guard mark > 0 else { position = text.index(after: position); continue }
            let word = ProseAssignments.name(before: position, in: text)
            let after = text.index(position, offsetBy: mark)
            let track = Track(label: word)
            if track != .other, ExamTrackWords.isBare(word) {
                found.append((text.index(position, offsetBy: -word.count), after, track))
            }
            position = after
        }
        return found
    }
}
