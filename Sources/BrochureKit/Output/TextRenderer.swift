/// Plain text in reading order: what `brochure text` prints.
///
/// Pages end with a form feed like `pdftotext`; blocks are separated by a blank line; a table
/// row is one line with its cells separated by tabs, so a spreadsheet can take it as it is.
public struct TextRenderer: Sendable {
    /// Include running headers, footers and page numbers.
    public var includeFurniture: Bool

    public init(includeFurniture: Bool = false) {
        self.includeFurniture = includeFurniture
    }

    /// The whole document's text, every page ended by a form feed.
    public func render(_ layout: DocumentLayout) -> String {
        var out = ""
        for page in layout.pages { render(page, into: &out) }
        return out
    }

    /// Appends one page's text, so a caller can stream pages into one buffer.
    public func render(_ page: PageLayout, into out: inout String) {
        var first = true
        for block in page.blocks where includeFurniture || !block.isFurniture {
            if !first { out += "\n" }
            first = false
            Self.render(block, into: &out)
        }
        out += "\u{0C}"
    }

    /// Appends one block's text: every line, or every table row, ended by a newline.
    static func render(_ block: Block, into out: inout String) {
        if let table = block.table {
            for row in table.rows {
                out += row.map { $0.text }.joined(separator: "\t")
                out += "\n"
            }
        } else {
            for line in block.lines {
                out += line.text
                out += "\n"
            }
        }
    }
}
