/// Assignments run together in a paragraph, each unit followed by its counts in brackets, per
/// track (`総務課（事務2）、財政課（事務1）、環境課（事務1・技術1）、…`).
///
/// No table or track label gives the rows: every item names its track inside its own bracket.
/// A paragraph's lines break after any `、`, and a list ending a block in `、` goes on in the
/// next; a unit's name may hold a `・` of its own (`生涯学習・スポーツ課`), so items are cut at
/// each `、` outside brackets. Every item of the run must be one (`unit（track N・track N）`,
/// `N` optionally followed by `名` or `人`), or the paragraph is a sentence, not a list.
enum BracketedCountAssignments {
    /// The units of the section's bracketed runs, when a run holds two or more; nil otherwise.
    static func rows(in blocks: [(page: Int, block: Block)]) -> [AssignmentRecord.Row]? {
        var rows: [AssignmentRecord.Row] = []
        var run = ""
        var start: (page: Int, block: Block)? = nil
        func read() {
            if let found = items(in: run), found.count >= 2, let first = start {
                for (unit, administrative, technical) in found where !rows.contains(where: { $0.unit == unit }) {
                    rows.append(AssignmentRecord.Row(unit: unit, administrative: administrative, technical: technical,
                        provenance: Provenance(page: first.page, box: first.block.box, text: run)))
                }
            }
            run = ""
            start = nil
        }
        for (page, block) in blocks where block.table == nil {
            let text = Normalized.compact(block.lines.map { $0.text.trimmingWhitespace() }.joined())
            if start == nil { start = (page, block) }
            run += text
            // (A list broken off after a `、` goes on in the next block.)
            if !run.hasSuffix("、") { read() }
        }
        // (A list whose last block ends in `、` is read as it stands.)
        if !run.isEmpty { read() }
        return rows.count >= 2 ? rows : nil
    }

    /// Each `unit（track N・track N）` item of `text`, or nil when any piece between `、`s is not one.
    static func items(in text: String) -> [(String, Int, Int)]? {
        var body = Substring(text)
        if body.hasSuffix("。") { body = body.dropLast() }
        var found: [(String, Int, Int)] = []
        for piece in ListedSupportSystems.topLevelParts(body) {
            guard piece.last == ")" || piece.last == "）", let open = piece.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
            let name = String(piece[..<open]).trimmingWhitespace()
            let inner = piece[piece.index(after: open)..<piece.index(before: piece.endIndex)]
            // (A unit's name is spelt in kanji and katakana, the odd kana aside, `子育て支援課`:
            // a clause before a bracket, `財政課では予算を担当します`, is no name.)
            guard !name.isEmpty, name.count <= 20, !name.contains(where: { $0.isASCII && $0.isNumber }),
                name.unicodeScalars.filter({ (0x3041...0x3096).contains($0.value) }).count <= 2,
                !BulletedAssignments.totalWords.contains(name)
            else { return nil }
            var administrative = 0
            var technical = 0
            for count in inner.split(whereSeparator: { $0 == "・" || $0 == "、" || $0 == "," }) {
                var count = count
                if let unit = count.last, unit == "名" || unit == "人" { count = count.dropLast() }
                let digits = count.reversed().prefix { $0.isASCII && $0.isNumber }
                let word = String(count.dropLast(digits.count))
                guard !digits.isEmpty, let n = Int(String(digits.reversed())), (1...4).contains(word.count) else { return nil }
                switch Track(label: word) {
                case .administrative: administrative += n
                case .technical: technical += n
                case .other: return nil
                }
            }
            found.append((name, administrative, technical))
        }
        return found
    }
}
