/// A row of cards across a region: parts between its gutters that start at one pitch, each
/// holding the same labels at the same place (`事務系`, `技術系`, `計` in every year's card).
///
/// Such a row aligns as a table does, and one card set lower than the others (a badge over the
/// planned year's card) makes the gutters look like edges of independent columns: the region
/// was cut at the first of them, and the cards on each side were read as two tables. Cards are
/// read one by one instead: the region is cut at every gutter between them. A table's columns
/// at one pitch (years across) repeat no label in every column.
enum CardRow {
    /// The cards of `region` left to right, or nil when its parts are no row of cards.
    static func cards(_ region: [Int], page: PageLines, gutters: [ClosedRange<Double>], em: Double) -> [[Int]]? {
        guard gutters.count >= 2 else { return nil }
        let sorted = gutters.sorted { $0.lowerBound < $1.lowerBound }
        let cuts = sorted.map { ($0.lowerBound + $0.upperBound) / 2 }
        var parts = Array(repeating: [Int](), count: cuts.count + 1)
        for i in region {
            let part = cuts.firstIndex { page.boxes[i].midX < $0 } ?? cuts.count
            parts[part].append(i)
        }
        guard parts.allSatisfy({ $0.count >= 2 }) else { return nil }
        let starts = parts.map { part in part.lazy.map { page.boxes[$0].x0 }.min()! }
        let pitches = zip(starts.dropFirst(), starts).map { $0 - $1 }
        guard let narrowest = pitches.min(), let widest = pitches.max(), widest - narrowest <= 0.75 * em else { return nil }
        // A label of words (no figures) at one place in every card.
        func labels(_ part: [Int], start: Double) -> [(text: String, x: Double)] {
            part.compactMap { i in
                let text = page.lines[i].text
                guard !text.unicodeScalars.contains(where: TableDetector.isDigit), text.contains(where: \.isLetter) else { return nil }
                return (text, page.boxes[i].x0 - start)
            }
        }
        let all = parts.indices.map { labels(parts[$0], start: starts[$0]) }
        let repeated = all[0].contains { label in
            all.dropFirst().allSatisfy { card in card.contains { $0.text == label.text && abs($0.x - label.x) <= 0.5 * em } }
        }
        return repeated ? parts : nil
    }
}
