/// A note saying a count printed without its bracket has no women among it
/// (`女性がいない場合は（ ）を省略しています`).
///
/// A table that gives the women in brackets usually prints `（0）` for none; one that leaves the
/// bracket out instead says so in a note, and a bare count then means no women, not women
/// unknown. A plan has no women yet: its bare counts stay unknown.
enum BareCountsNote {
    /// Whether `note` says so, in one of its sentences: the bracket left out (`（ ）を省略`,
    /// `括弧を省略`) where there are no women (`女性がいない`, `女性の採用がない`, `女性0人`).
    /// A sentence leaving the bracket out for another reason (`男女別に集計していないため`) says
    /// nothing of the women, though another sentence of the note names them.
    static func saysNoWomen(_ note: String) -> Bool {
        // (Cheap test first: most notes leave nothing out.)
        guard note.contains("省略") else { return false }
        let sentences = Normalized.compact(note).split { $0 == "。" || $0 == "※" }
        return sentences.contains { sentence in
            sentence.contains("省略") && ["(", "括弧", "かっこ", "カッコ"].contains { sentence.contains($0) } && namesNoWomen(sentence)
        }
    }

    /// `女性がいない`, `女性の採用がない`, `女性なし`, `女性0人`: none, said within a few characters
    /// after `女性` (not `女性10人`, a figure).
    private static func namesNoWomen(_ sentence: Substring) -> Bool {
        var search = sentence.startIndex..<sentence.endIndex
        while let women = sentence.range(of: "女性", range: search) {
            search = women.upperBound..<sentence.endIndex
            let after = String(sentence[women.upperBound...].prefix(8))
            if ["いない", "いません", "がない", "なし", "おらず"].contains(where: after.contains) { return true }
            if let zero = after.firstIndex(of: "0"), zero == after.startIndex || !(after[after.index(before: zero)].isNumber) { return true }
        }
        return false
    }

    /// `rows` with no women in each actual year's bare count, when some count of the table
    /// gives them: a table that never brackets women says nothing of them. A bare total
    /// beside bracketed tracks takes their sum.
    static func applied(_ rows: [HiringRecord.Row]) -> [HiringRecord.Row] {
        let cells = HiringRecord.Row.counts
        guard rows.contains(where: \.countsWomen) else { return rows }
        return rows.map { row in
            guard !row.planned else { return row }
            var row = row
            let bareTotal = row.total != nil && row.total?.women == nil
            for cell in cells.dropFirst() where row[keyPath: cell] != nil && row[keyPath: cell]?.women == nil { row[keyPath: cell]?.women = 0 }
            if bareTotal {
                let tracks = row
                row.total?.women = cells.dropFirst().reduce(0) { sum, cell in sum + (tracks[keyPath: cell]?.women ?? 0) }
            }
            return row
        }
    }
}
