/// How one line of a breakdown list divides when it holds more than one level and more than one
/// item per level: `【事務系】大卒程度試験：法律2名・経済1名／院卒程度試験：行政1名・法務1名`.
///
/// A list usually gives each level a line of its own, so the level read from a line heads all
/// its items; a line naming two levels would give all its items the one it names first or last.
/// Split where a slash starts a new level (`／院卒程度試験：`), each part keeps its own level, and
/// the track named once at the line's start carries on to the parts after it, as a track does
/// from line to line.
enum ExamListLine {
    /// `text` (normalised) cut before each slash that is followed by a level label and a colon,
    /// as ranges of its characters; one range, the whole text, when there is no such slash.
    static func levelParts(of text: String) -> [Range<Int>] {
        let characters = Array(text)
        var cuts: [Int] = []
        for (i, c) in characters.enumerated() where (c == "/" || c == "／") && i > 0 {
            let rest = characters[(i + 1)...]
            guard let colon = rest.prefix(13).firstIndex(where: { $0 == ":" || $0 == "：" }), colon > i + 1,
                ExamGrid.level(of: String(characters[(i + 1)..<colon])) != nil
            else { continue }
            cuts.append(i)
        }
        guard !cuts.isEmpty else { return [0..<characters.count] }
        var parts: [Range<Int>] = []
        var start = 0
        for cut in cuts {
            parts.append(start..<cut)
            start = cut + 1
        }
        parts.append(start..<characters.count)
        return parts
    }

    /// The parts of a line `text` (normalised) set in `box`, each given its share of the width.
    static func levelParts(of text: String, across box: Rect) -> [(text: String, box: Rect)] {
        let parts = levelParts(of: text)
        guard parts.count > 1 else { return [(text, box)] }
        let characters = Array(text)
        let advance = box.width / Double(characters.count)
        return parts.map { range in
            (String(characters[range]), Rect(x0: box.x0 + Double(range.lowerBound) * advance, y0: box.y0,
                                             x1: box.x0 + Double(range.upperBound) * advance, y1: box.y1))
        }
    }

    /// `大卒程度試験法律` → `法律`: the category of a list row whose level column the layout
    /// joined to it (`大卒程度試験 | 法律 | 二名` printed without rules, the level on its first
    /// row only), without the level label it opens with; the text itself when it opens with none.
    static func droppingLevel<S: StringProtocol>(_ text: S) -> S.SubSequence {
        guard let end = text.range(of: "試験")?.upperBound, end < text.endIndex,
            ExamGrid.level(of: String(text[..<end])) != nil
        else { return text[...] }
        return text[end...]
    }

    /// Whether `text` says about (`約`, `合計で約20名`): a count given roughly is no category's.
    /// `約` inside a word (`経理・契約`, a contracts category; `条約`, `規約`) says nothing of the kind.
    static func saysAbout(_ text: Substring) -> Bool {
        guard text.contains("約") else { return false }
        var rest = String(text)
        for word in wordsWithAbout where rest.contains(word) { rest = rest.replacingOccurrences(of: word, with: "") }
        return rest.contains("約")
    }

    /// Words that hold `約` without meaning about.
    static let wordsWithAbout = ["契約", "予約", "規約", "条約", "集約", "節約", "要約", "制約", "公約", "誓約"]

    /// `行政52名程度` → `行政52名`: an item whose count is an estimate, the plan of a brochure
    /// that promises no exact figure; the item itself otherwise. Only after `名` or `人`: a
    /// level's name (`大学卒業程度`) keeps its `程度`.
    static func droppingEstimate(_ item: Substring) -> Substring {
        guard item.hasSuffix("程度"), case let head = item.dropLast(2), let unit = head.last, unit == "名" || unit == "人",
            head.dropLast().last?.isNumber == true
        else { return item }
        return head
    }

    /// `法律2名・経済1名` → `法律2名、経済1名`: a `・` straight after a count (`N名`, `N人`) ends an
    /// item; one between two name characters (`政治・国際`, `農業科学・水産`) is part of the name.
    /// So does a count followed, straight or after spaces, by another name and its count
    /// (`行政 2名法律 1名`, `化学 4名 機械 2名`: chips the layout joined into one cell).
    static func separatingItems(_ text: String) -> String {
        guard text.contains("・") || text.contains("名") || text.contains("人") else { return text }
        let characters = Array(text)
        func countEnds(at i: Int) -> Bool { i >= 1 && "名人".contains(characters[i]) && characters[i - 1].isNumber }
        var out = ""
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c == "・", i >= 2, countEnds(at: i - 1) {
                out.append("、")
                i += 1
                continue
            }
            out.append(c)
            if countEnds(at: i) {
                var next = i + 1
                while next < characters.count, characters[next] == " " || characters[next] == "\u{3000}" { next += 1 }
                let end = characters[next...].firstIndex { "、,。/".contains($0) } ?? characters.count
                if next < end, !characters[next].isNumber, !"・()（）、,。/".contains(characters[next]), end - 1 > next, countEnds(at: end - 1) {
                    out.append("、")
                    i = next
                    continue
                }
            }
            i += 1
        }
        return out
    }
}
