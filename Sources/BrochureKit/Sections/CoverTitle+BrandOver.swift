/// A service's brand set as the cover's largest line over the body's name and the document's
/// title: `宇部市営バス` in 30 pt over `宇部市交通局　職員採用案内 2026`.
extension CoverTitle {
    /// The body named before the document's title on the line straight under `title`, when
    /// `title` itself names no body: a brand is no publisher, the letterhead under it is.
    static func nameBeforeDocumentTitle(under title: TextLine, among lines: [TextLine]) -> String? {
        let below = lines.filter {
            $0.orientation == .horizontal && $0.box.y0 >= title.box.y1 - 1 && $0.box.y0 - title.box.y1 <= title.box.height
                && min($0.box.x1, title.box.x1) > max($0.box.x0, title.box.x0)
        }
        guard let line = below.min(by: { $0.box.y0 < $1.box.y0 }) else { return nil }
        let text = withoutEditionYear(Normalized.compact(line.text))
        return documentTitles.lazy.compactMap { text.hasSuffix($0) && text.count > $0.count ? name(String(text.dropLast($0.count))) : nil }.first
    }
}
