/// Dates a brochure by the newest `…現在` date it prints (`令和6年3月現在` → 2024-03).
enum EditionFinder {
    static func find(_ layout: DocumentLayout) -> BrochureDocument.Edition? {
        var newest: (year: Int, month: Int)? = nil
        for page in layout.pages {
            for block in page.blocks {
                for window in asOfWindows(block.lines.map(\.text).joined()) {
                    for date in (try? EraDate.all(in: window)) ?? [] where date.isAsOf {
                        guard let month = date.month else { continue }
                        if newest == nil || (date.year, month) > (newest!.year, newest!.month) { newest = (date.year, month) }
                    }
                }
            }
        }
        return newest.map { BrochureDocument.Edition(year: $0.year, asOf: "\($0.year)-\($0.month < 10 ? "0" : "")\($0.month)") }
    }

    /// The few characters before each `現在`/`時点`, with the word: where an as-of date can be.
    ///
    /// A plain scalar scan, then the era parser on short windows only: on a long document most
    /// blocks hold neither word, and parsing whole paragraphs for one date cost 8% of `extract`.
    static func asOfWindows(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2 else { return [] }
        var windows: [String] = []
        for i in 0..<(scalars.count - 1) {
            let pair = (scalars[i], scalars[i + 1])
            guard pair == ("現", "在") || pair == ("時", "点") else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[max(0, i - 24)...(i + 1)])
            windows.append(String(view))
        }
        return windows
    }
}
