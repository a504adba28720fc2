/// One page's blocks in the order the segmenter reads them, with what each block says on its
/// own about the section it may open.
///
/// Worked out for every page on the extractor's threads before the segmenter's single pass:
/// asking each block whether it titles a section (its caption, its lines joined, its first
/// line, a dated plan's caption over a table) was most of that pass, and none of it depends on
/// the sections read before the block. What does (the section open above, the blocks read
/// just before) is still asked in the pass (BENCHMARKS.md, 2026-11-30, night).
struct SegmenterPage {
    /// What one block says of a section by itself.
    struct Reading {
        /// The text a heading-like block opens a section with (its caption's title, or its
        /// title lines joined); nil for a block that is no heading and not set as one.
        var title: String?
        /// The section `title` names (`SectionKind.opened`, or a heading's unit caption).
        var titleKind: SectionKind?
        /// The section the block's first line opens as its title, for lines that are no table.
        var firstLineKind: SectionKind?
        /// The exam section, for a caption of a year's planned hires over a table of no years
        /// (`SectionSegmenter.datedPlanCaption`), wherever the block stands.
        var datedPlanKind: SectionKind?
    }

    /// The page's blocks in reading order, furniture left out, each column beside a section's
    /// heading put back before it (`ColumnBesideSection`).
    var blocks: [Block]
    /// One per block of `blocks`.
    var readings: [Reading]

    init(_ page: PageLayout) {
        blocks = ColumnBesideSection.reordered(page.blocks).filter { !$0.isFurniture }
        readings = blocks.map { Self.reading($0, page: page) }
    }

    private static func reading(_ block: Block, page: PageLayout) -> Reading {
        var reading = Reading()
        let caption = SectionSegmenter.captionTitle(block)
        if SectionSegmenter.isHeadingLike(block, caption: caption) {
            let text = caption ?? SectionSegmenter.titleLines(block).map(\.text).joined()
            reading.title = text
            reading.titleKind = SectionKind.opened(by: text) ?? SectionSegmenter.unitCaptionHeading(block, text: text)
        }
        if block.table == nil, block.lines.count >= 2, SectionSegmenter.titlesBlock(block.lines[0].text, next: block.lines[1].text) {
            reading.firstLineKind = SectionKind.opened(by: block.lines[0].text)
        }
        reading.datedPlanKind = SectionSegmenter.datedPlanCaption(block, page: page)
        return reading
    }
}
