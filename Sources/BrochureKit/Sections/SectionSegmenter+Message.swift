extension SectionSegmenter {
    /// Whether `title` is the message a section's page states under its heading (`働きやすい職場
    /// づくり` over `仕事と生活の両立を応援します`), not the heading of another section its words
    /// name: a sentence, ending as one does (`…します`, `…ました`), set before any of the open
    /// section's text. A heading names its topic; it does not say something of it.
    static func isMessage(_ title: String, block: Block, of open: Part?, page: Int) -> Bool {
        guard let open, open.blocks.isEmpty, Self.standsUnder(block, open, page: page) else { return false }
        let text = Normalized.compact(title)
        return text.hasSuffix("ます") || text.hasSuffix("ました")
    }

    /// Whether a heading set larger than the open part's title is its first article's headline,
    /// which closes nothing: right under the title, before any of the part's text, below it
    /// on its page and across from it (a feature's first article, `特集 働きやすい職場づくり`
    /// over `学校事務にもテレワーク`; a slide's message, `試験区分` over `令和8年度は5つの区分で
    /// 採用します`). Contacts and access are fields, no articles: a title over them is the
    /// page's own (`ご参加ありがとうございました`).
    static func isHeadline(_ block: Block, under open: Part, page: Int) -> Bool {
        open.blocks.isEmpty && open.kind != .contacts && open.kind != .access && standsUnder(block, open, page: page)
    }

    /// Whether `block` stands under the title that opened `open`, across from it and close:
    /// on its page, below it, within four of its heights.
    static func standsUnder(_ block: Block, _ open: Part, page: Int) -> Bool {
        guard open.page == page, let title = open.titleBox else { return false }
        return block.box.y0 >= title.y1 - 0.5 && block.box.y0 - title.y1 <= 4 * title.height && block.box.xOverlap(title) > 0
    }
}
