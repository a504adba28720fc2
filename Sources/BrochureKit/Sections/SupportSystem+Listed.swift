extension SupportSystem {
    /// A system read from a listing (a bulleted line, an item of a sentence's list) rather than
    /// a titled paragraph: the period it was printed with, in brackets, is all its summary says.
    init(listed name: String, period: String, page: Int, box: Rect, text: String) {
        let summary = "(" + period + ")"
        self.init(name: name, summary: summary, durations: DurationFinder.find(in: summary), page: page, provenance: Provenance(page: page, box: box, text: text))
    }
}
