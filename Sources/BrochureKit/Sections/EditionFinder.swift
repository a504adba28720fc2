/// Dates a brochure by the newest `…現在` date it prints (`令和6年3月現在` → 2024-03).
enum EditionFinder {
    static func find(_ layout: DocumentLayout) -> BrochureDocument.Edition? {
        var newest: (year: Int, month: Int)? = nil
        for page in layout.pages {
            for block in page.blocks {
                let text = block.lines.map(\.text).joined()
                guard text.contains("現在") || text.contains("時点") else { continue }
                for date in (try? EraDate.all(in: text)) ?? [] where date.isAsOf {
                    guard let month = date.month else { continue }
                    if newest == nil || (date.year, month) > (newest!.year, newest!.month) { newest = (date.year, month) }
                }
            }
        }
        return newest.map { BrochureDocument.Edition(year: $0.year, asOf: "\($0.year)-\($0.month < 10 ? "0" : "")\($0.month)") }
    }
}
