/// A heading that names its section and the unit its table counts in.
extension SectionSegmenter {
    /// The section a heading opens once its unit note is set aside (`採用者数の推移（単位：人）`
    /// set as a heading, the only title of its section). A unit note keeps a caption over a
    /// table inside its section from opening another (`SectionKind.opened`); set as a heading,
    /// in the heading's type, the line is the section's title.
    static func unitCaptionHeading(_ block: Block, text: String) -> SectionKind? {
        guard block.kind == .heading, let note = text.range(of: "単位") else { return nil }
        var title = text[..<note.lowerBound]
        while let last = title.last, "(（[［ ".contains(last) { title.removeLast() }
        guard title.count >= 2 else { return nil }
        return SectionKind.opened(by: String(title))
    }
}
