extension EditionFinder {
    /// What the edition is read from on one page: its newest `…現在` date and its colophon's.
    ///
    /// Taken while the page is laid out, so `extract` can let each page go as soon as the
    /// segmenter has read it instead of holding every page for the edition finder (BENCHMARKS.md,
    /// thirty-third session). Furniture is not yet marked then; neither date reads it.
    struct PageDates: Sendable {
        var asOf: YearMonth?
        var colophon: YearMonth?

        init(_ page: PageLayout) {
            asOf = EditionFinder.newestAsOf(on: page)
            colophon = EditionFinder.colophonDate(on: page)
        }
    }
}
