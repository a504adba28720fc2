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

    /// `法律2名・経済1名` → `法律2名、経済1名`: a `・` straight after a count (`N名`, `N人`) ends an
    /// item; one between two name characters (`政治・国際`, `農業科学・水産`) is part of the name.
    static func separatingItems(_ text: String) -> String {
        guard text.contains("・") else { return text }
        let characters = Array(text)
        var out = ""
        for (i, c) in characters.enumerated() {
            if c == "・", i >= 2, "名人".contains(characters[i - 1]), characters[i - 2].isNumber {
                out.append("、")
            } else {
                out.append(c)
            }
        }
        return out
    }
}
