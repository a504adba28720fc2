/// A contact's value set large under its caption (`TEL` in 7 pt over `0178-27-7223` in 16 pt).
extension SectionSegmenter {
    /// Whether `block` is one value of the contacts section it stands in: a phone number or an
    /// e-mail address alone on its line, however large it is set.
    ///
    /// A designed contact box sets the number in display type under a small caption; taken by
    /// its size for a page's title, it closed the section, and the number and the address
    /// under it were read as no one's. A phone number or an address names no section.
    static func isContactValue(_ block: Block, of part: Part) -> Bool {
        guard part.kind == .contacts, block.lines.count == 1 else { return false }
        let text = block.lines[0].text.trimmingWhitespace()
        if text.contains("@") { return !text.contains(where: \.isWhitespace) }
        return (try? PhoneNumber.parse(text)) != nil
    }
}
