/// Gutters between a column in English and a Japanese column beside it (a bilingual page).
extension GutterReading {
    /// Whether one side of a gutter is in English, with a line of running words, and the
    /// other in Japanese.
    ///
    /// A bilingual page sets a short English column beside each Japanese one, with figures
    /// of its own (a table of all staff beside the table of the posts the brochure is for).
    /// Two captions of two lines make no paragraph, and rows of a different pitch still meet
    /// by chance, so the two tables were read as one. A table's own columns share one
    /// language: a header in English over figures (`Total`) has no sentence of words.
    func partsLanguages(_ region: [Int], at gutter: ClosedRange<Double>) -> Bool {
        let cut = (gutter.lowerBound + gutter.upperBound) / 2
        let left = region.filter { page.boxes[$0].midX < cut }
        let right = region.filter { page.boxes[$0].midX >= cut }
        return isEnglish(right) && isJapanese(left) || isEnglish(left) && isJapanese(right)
    }

    /// No Japanese on the side, and one line at least of four words or more.
    private func isEnglish(_ side: [Int]) -> Bool {
        guard side.allSatisfy({ !page.lines[$0].text.unicodeScalars.contains(where: Script.isCJK) }) else { return false }
        return side.contains { i in
            page.lines[i].text.split(separator: " ").filter { $0.contains(where: \.isLetter) }.count >= 4
        }
    }

    /// Two lines of words or more, nearly all of them in Japanese.
    private func isJapanese(_ side: [Int]) -> Bool {
        let worded = side.filter { page.lines[$0].text.contains(where: \.isLetter) }
        let japanese = worded.filter { page.lines[$0].text.unicodeScalars.contains(where: Script.isCJK) }
        return worded.count >= 2 && japanese.count * 10 >= worded.count * 9
    }
}
