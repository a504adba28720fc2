/// Assignments drawn as marks, one per person (`情報通信部 ■□`), with a key saying which
/// track each mark stands for (`■＝事務系1人 □＝技術系1人`).
///
/// An infographic page counts people with squares or figures instead of digits, and names
/// the marks once, under the table. No count reader sees a figure in `■□`, so the key is
/// read first: a mark, `＝` or `：`, a track's word and the people one mark stands for. Every
/// line or table row ending in keyed marks is then a unit and its people, each mark counted
/// for its track; a mark the key does not name makes the record unreadable, and nothing is
/// taken.
enum TallyMarks {
    /// The marks a key may name.
    static let marks: Set<Character> = ["■", "□", "●", "○", "◆", "◇", "▲", "△", "▼", "▽", "★", "☆"]

    /// The rows of units counted in keyed marks, or nil when the part has no key or fewer than
    /// two such rows.
    static func rows(in blocks: [(page: Int, block: Block)]) -> [AssignmentRecord.Row]? {
        let lines = blocks.flatMap { item in item.block.lines.map { (page: item.page, text: $0.text) } }
        guard let key = Self.key(in: lines.map(\.text)) else { return nil }
        var pieces: [(page: Int, box: Rect, text: String)] = []
        for (page, block) in blocks {
            if let table = block.table {
                for row in table.rows {
                    let boxes = row.compactMap(\.box)
                    pieces.append((page, Rect.enclosing(boxes) ?? block.box, row.map(\.text).joined(separator: " ")))
                }
            } else {
                pieces += block.lines.map { (page, $0.box, $0.text) }
            }
        }
        var rows: [AssignmentRecord.Row] = []
        for piece in pieces {
            let text = Normalized.text(piece.text).trimmingWhitespace()
            // The marks and the spaces before them end the line; the unit is what comes first.
            let tail = text.reversed().prefix { marks.contains($0) || $0 == " " || $0 == "\u{3000}" }
            let tally = tail.filter { marks.contains($0) }
            guard !tally.isEmpty else { continue }
            let unit = Normalized.compact(String(text.dropLast(tail.count)))
            guard !unit.isEmpty, !unit.contains(where: { $0.isNumber }), !unit.contains(where: { marks.contains($0) }) else { continue }
            var counts: [Track: Int] = [:]
            for mark in tally {
                guard let (track, per) = key[mark] else { return nil }
                counts[track, default: 0] += per
            }
            rows.append(AssignmentRecord.Row(
                unit: unit, administrative: counts[.administrative] ?? 0, technical: counts[.technical] ?? 0,
                provenance: Provenance(page: piece.page, box: piece.box, text: piece.text)))
        }
        return rows.count >= 2 ? rows : nil
    }

    /// Each keyed mark's track and the people it stands for, from lines such as
    /// `■＝事務系1人 □＝技術系1人`; nil when no line names a mark for either track.
    static func key(in lines: [String]) -> [Character: (Track, Int)]? {
        var key: [Character: (Track, Int)] = [:]
        for line in lines {
            let text = Array(Normalized.compact(line))
            var i = 0
            while i + 2 < text.count {
                defer { i += 1 }
                guard marks.contains(text[i]), "=:".contains(text[i + 1]) else { continue }
                let label = text[(i + 2)...].prefix { !$0.isNumber && !marks.contains($0) }
                let digits = text[(i + 2 + label.count)...].prefix { $0.isASCII && $0.isNumber }
                let unit = text.dropFirst(i + 2 + label.count + digits.count).first
                let track = Track(label: String(label))
                guard label.count <= 6, track != .other, let per = Int(String(digits)), per > 0, unit == "人" || unit == "名" else { continue }
                key[text[i]] = (track, per)
            }
        }
        return key.isEmpty ? nil : key
    }
}
