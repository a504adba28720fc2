/// Assignments told only as running prose (`総務部には事務系6名と技術系2名が、…また、公安部に4名、
/// 特別捜査部に3名（いずれも事務系）が配属され`).
///
/// With no table or list, each unit is the name set just before `に` / `には`, followed by its
/// counts. A count naming its track (`事務系6名と技術系2名`) is read as it stands; bare counts
/// (`公安部に4名`) wait for a bracket naming one track after a count (`（いずれも事務系）`,
/// `（事務系）`), and are dropped if the sentence ends first. A paragraph's lines break anywhere,
/// even inside a count (`事務系61` / `名`), and a paragraph may go on in the next column (under
/// `配属状況（続き）`), so the section's lines are read as one text.
///
/// Counts naming a track outside any unit's phrase (`職員（事務系61名、技術系3名）は`) are the
/// cohort's totals when each track has one: the units must add up to them, or nothing is read.
enum ProseAssignments {
    /// The units of the section's prose `blocks`, when two or more are named with counts (and add
    /// up to the totals printed, if any); nil otherwise.
    static func rows(in blocks: [(page: Int, block: Block)]) -> [AssignmentRecord.Row]? {
        // The prose read as one text, whatever block or column each part of a sentence is in; a
        // continuation's title (`配属状況（続き）`) is no part of it. Each block's end is kept
        // (in UTF-8 offsets) to cite the block a unit is named in.
        var text = ""
        var ends: [(offset: Int, page: Int, box: Rect)] = []
        for (page, block) in blocks where block.table == nil {
            let lines = block.lines.map { Normalized.compact($0.text.trimmingWhitespace()) }.filter { !PageTurnMark.marksContinuation($0) }
            text += lines.joined()
            ends.append((text.utf8.count, page, block.box))
        }
        var rows: [AssignmentRecord.Row] = []
        var pending: [AssignmentRecord.Row] = []
        var consumed: [Range<String.Index>] = []
        var searchFrom = text.startIndex
        for match in phrases(in: text[...]) {
            // A sentence ended since the bare counts: no bracket will name their track.
            if text[searchFrom..<match.range.lowerBound].contains("。") { pending = [] }
            searchFrom = match.range.upperBound
            let unit = name(before: match.range.lowerBound, in: text)
            // A name straight after a figure is a date's or a number's (`2025年度に3名`), no unit.
            let before = text[..<match.range.lowerBound].dropLast(unit.count).last
            guard !unit.isEmpty, !BulletedAssignments.totalWords.contains(unit), !(before?.isNumber ?? false) else { continue }
            consumed.append(match.run.startIndex..<match.run.endIndex)
            let counts = counts(in: match.run).map { (track: $0.track.map { Track(label: String($0)) }, n: Int($0.n) ?? 0) }
            let offset = text.utf8.distance(from: text.startIndex, to: match.range.lowerBound)
            let source = ends.first { $0.offset > offset } ?? ends[ends.count - 1]
            var row = AssignmentRecord.Row(
                unit: unit, administrative: 0, technical: 0, provenance: Provenance(page: source.page, box: source.box, text: unit + text[match.range]))
            if counts.allSatisfy({ $0.track != nil }) {
                for c in counts { if c.track == .administrative { row.administrative += c.n } else if c.track == .technical { row.technical += c.n } }
                rows.append(row)
            } else if counts.count == 1 {
                row.administrative = counts[0].n
                pending.append(row)
            }
            // A bracket right after the count names the track of every bare count before it.
            if !pending.isEmpty, let track = bracketTrack(after: match.range.upperBound, in: text) {
                rows += pending.map { var r = $0; if track == .technical { r.technical = r.administrative; r.administrative = 0 }; return r }
                pending = []
            }
        }
        guard rows.count >= 2 else { return nil }
        // Counts naming a track outside every unit's phrase: the cohort's totals, one per track
        // printed, a check on the units read.
        let totals = counts(in: text[...]).filter { m in !consumed.contains { $0.contains(m.range.lowerBound) } }
            .compactMap { m in m.track.map { (track: Track(label: String($0)), count: Int(m.n) ?? 0) } }
        for (track, sum) in [(Track.administrative, rows.map(\.administrative).reduce(0, +)), (.technical, rows.map(\.technical).reduce(0, +))] {
            let printed = totals.filter { $0.track == track }
            if printed.count == 1, printed[0].count != sum { return nil }
        }
        return rows
    }

    /// The unit named just before `index`: the run of kanji, katakana and Latin letters back to
    /// a kana, a punctuation mark or the start (`また、公安部` → `公安部`).
    static func name(before index: String.Index, in text: String) -> String {
        var start = index
        while start > text.startIndex {
            let previous = text.index(before: start)
            guard isNameCharacter(text[previous]) else { break }
            start = previous
        }
        return String(text[start..<index])
    }

    /// A character of a unit's name: a kanji (and `々`), a katakana or `ー`, or a Latin letter.
    private static func isNameCharacter(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3005, 0x30A1...0x30FA, 0x30FC: return true
        default: return scalar.isASCII && c.isLetter
        }
    }

    /// The one track a bracket directly at `index` names (`(いずれも事務系)`); nil for none, both,
    /// or no bracket there.
    private static func bracketTrack(after index: String.Index, in text: String) -> Track? {
        guard index < text.endIndex, text[index] == "(", let close = text[index...].firstIndex(of: ")") else { return nil }
        let inside = text[text.index(after: index)..<close]
        let admin = inside.contains("事務"), tech = inside.contains("技術")
        return admin == tech ? nil : (admin ? .administrative : .technical)
    }
}
