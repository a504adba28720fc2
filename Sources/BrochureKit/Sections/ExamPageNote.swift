/// A note saying the rest of the breakdown is printed on a later page
/// (`※社会人経験者の採用予定は2ページに掲載しています。`).
///
/// A breakdown split by exam across the pages gives each part its own heading, and a
/// single-valued section keeps its first value, so the part overleaf was lost. The note says the
/// later part belongs to this breakdown: its value is held open for the next breakdown part's
/// entries (`ExamBreakdown.continued(by:)`). A note pointing to another section's continuation
/// (`※技術系の配属先は2ページに掲載しています。`, read inside this part) names that section's
/// word and holds nothing open.
enum ExamPageNote {
    /// Whether a line of `blocks` outside tables points to a page after `page`.
    static func pointsOnward(in blocks: [(page: Int, block: Block)], from page: Int) -> Bool {
        blocks.contains { $0.block.table == nil && $0.block.lines.contains { laterPage(in: $0.text).map { $0 > page } == true } }
    }

    /// `※…は2ページに掲載しています。` → 2: the page a short note says the rest is printed on;
    /// nil for any other line, or a note naming another section (`配属先`).
    static func laterPage(in raw: String) -> Int? {
        let text = Normalized.compact(raw)
        guard text.count <= 40, text.contains("掲載") || text.contains("記載") || text.contains("参照"),
            let mark = text.range(of: "ページ") ?? text.range(of: "頁")
        else { return nil }
        let digits = text[..<mark.lowerBound].reversed().prefix { $0.isASCII && $0.isNumber }.reversed()
        guard let page = Int(String(digits)) else { return nil }
        let named = SectionKind.allCases.filter { $0 != .examBreakdown && SectionKind.names($0, text) }
        return named.isEmpty ? page : nil
    }
}
