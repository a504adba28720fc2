/// An exam table that counts a joint exam's whole region and then this body's share of it
/// (`区分 | 職種 | 九州地区全体 | うち本学`): the share is each category's count.
///
/// Universities and agencies that hire through a regional exam print the region's plan beside
/// their own. Read as printed, the first count column, the region's, was taken for the body's
/// hires. The share is told by its header, `うち` and a word for this body (`本学`, `当機構`),
/// beside a whole headed as a region's or a joint exam's (`全体`, `地区`, `合同`), and by the
/// arithmetic: on two rows with a figure at least, and on no row less, the whole holds the share.
enum ExamOwnShareColumn {
    /// `table` without the whole's column, the share's header saying `人数`; `table` itself
    /// when it has no such pair of columns.
    static func kept(_ table: Table) -> Table {
        let header = table.headerRowCount
        guard header >= 1, table.rows.count - header >= 2, table.rows.allSatisfy({ $0.count == table.columns.count }),
            let share = table.columns.indices.first(where: { $0 >= 2 && namesOwnShare(table.rows[header - 1][$0].text) })
        else { return table }
        let whole = share - 1
        // (The whole names the region or the joint exam: `九州地区全体`, `全国`, `合同`.)
        guard wholeWords.contains(where: Normalized.compact(table.rows[header - 1][whole].text).contains) else { return table }
        var checked = 0
        for row in table.rows[header...] {
            guard let all = TrackComplement.headcount(row[whole].text), let own = TrackComplement.headcount(row[share].text), own <= all
            else { return table }
            // (A dash in the whole, nobody there, shows nothing of the two.)
            if (try? Headcount.parse(row[whole].text)) != nil { checked += 1 }
        }
        guard checked >= 2 else { return table }
        var result = table
        result.columns.remove(at: whole)
        for r in result.rows.indices { result.rows[r].remove(at: whole) }
        result.rows[header - 1][whole].text = "人数"
        result.rows[header - 1][whole].lines = []
        return result
    }

    /// `うち本学`, `うち当機構`: of them, this body's: `本` or `当` and a word for a body, not for a
    /// part of one (`うち本庁`, `うち本省`: the headquarters) nor anything else (`うち女性`).
    static func namesOwnShare(_ label: String) -> Bool {
        let text = Normalized.compact(label)
        guard text.hasPrefix("うち"), let word = text.dropFirst(2).first, "本当".contains(word) else { return false }
        return bodies.contains(String(text.dropFirst(3)))
    }

    /// The words a body calls itself by after `本` or `当`.
    static let bodies: Set<String> = ["学", "大学", "校", "機構", "法人", "院", "社", "所", "研究所", "センター", "機関", "組合", "企業団", "病院"]

    /// The words of a region's or a joint exam's count.
    static let wholeWords = ["全体", "地区", "全国", "合同", "地域", "ブロック", "合計"]
}
