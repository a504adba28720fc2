/// An exam's title with its total set as a strip over its categories (`事務職員採用選考（学部卒）
/// 12名` over `一般事務 8名`, `研究推進事務 4名`): the title and total of the exam, no category.
///
/// Read as a list, the strip is one more `name N名` item, and its total counted the exam's
/// people twice. It is told apart by what it names, an exam or a level (`…選考`, `…試験`,
/// `（学部卒）`), and by its count, the sum of the items read after it down to the next such
/// strip: a category never adds up its neighbours.
enum ExamStripTotals {
    /// `listed` without the strips that total the entries under them.
    static func dropped(_ listed: [(block: Int, entry: ExamBreakdown.Entry)]) -> [(block: Int, entry: ExamBreakdown.Entry)] {
        let strips = listed.indices.filter { namesExam(listed[$0].entry.category) }
        guard !strips.isEmpty else { return listed }
        var totals = Set<Int>()
        for (n, strip) in strips.enumerated() {
            let end = n + 1 < strips.count ? strips[n + 1] : listed.count
            let items = listed[(strip + 1)..<end].map(\.entry)
            guard !items.isEmpty, items.map(\.count).reduce(0, +) == listed[strip].entry.count else { continue }
            totals.insert(strip)
        }
        return listed.indices.filter { !totals.contains($0) }.map { listed[$0] }
    }

    /// Whether a name is an exam's title: it names a level or ends in the word for an exam.
    static func namesExam(_ name: String) -> Bool {
        let bare = name.last == ")" ? String(name[..<(name.lastIndex(of: "(") ?? name.endIndex)]) : name
        return ExamBreakdownParser.level(named: name) != nil || bare.hasSuffix("試験") || bare.hasSuffix("選考")
    }
}
