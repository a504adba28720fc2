extension DocumentLayout {
    /// The layout `brochure text` prints, each page kept as its text (`PageLayout.keptForText`),
    /// with the unmapped-text warning counted on the whole pages.
    ///
    /// Only `TextRenderer` reads these pages as the whole ones: their blocks that cannot be
    /// furniture hold one line of printed text, no boxes of lines, no cells.
    public static func makeForText(
        _ document: PDFDocument, pages selection: ClosedRange<Int>? = nil, threads: Int? = nil
    ) throws(ExtractionError) -> (layout: DocumentLayout, unmapped: ExtractionWarning?) {
        let (layout, counts) = try make(document, pages: selection, threads: threads) { page in
            (page.keptForText(), UnmappedText.count(page))
        }
        return (layout, UnmappedText.warning(counts: counts))
    }
}
