/// Gives an access section printed without an address the address printed in the contacts.
///
/// A brochure may print the address once, under the office in the contact box, and set the
/// way there apart (`県庁へのアクセス` over three `▶` routes, no address). Read alone, such an
/// access block has no address, and the access parser, which starts at the address, reads no
/// route. The routes lead to the office whose address the contact box gives, so that address
/// heads the access part. Only one address may be printed in the contacts: with two, which
/// one the routes lead to is unsaid.
enum LentAddress {
    /// `parts` with the contacts' one address line put at the head of each access part
    /// that prints none.
    static func lent(_ parts: [SectionSegmenter.Part]) -> [SectionSegmenter.Part] {
        var parts = parts
        lend(&parts)
        return parts
    }

    /// `lent` in place, as the segmenter's other passes over all parts are.
    static func lend(_ parts: inout [SectionSegmenter.Part]) {
        guard parts.contains(where: { $0.kind == .access && !hasAddress($0) }) else { return }
        let printed = parts.filter { $0.kind == .contacts }.flatMap { part in
            part.blocks.filter { $0.block.table == nil }.flatMap { entry in
                entry.block.lines.filter { AccessParser.looksLikeAddress($0.text) }.map { (entry.page, entry.block, $0) }
            }
        }
        guard let (page, block, line) = printed.first,
            printed.allSatisfy({ Normalized.compact($0.2.text) == Normalized.compact(line.text) })
        else { return }
        var lent = block
        lent.lines = [line]
        lent.box = line.box
        for k in parts.indices where parts[k].kind == .access && !hasAddress(parts[k]) {
            parts[k].blocks.insert((page, lent), at: 0)
        }
    }

    /// Whether a part prints an address on a line of its own text (tables aside).
    static func hasAddress(_ part: SectionSegmenter.Part) -> Bool {
        part.blocks.contains { entry in entry.block.lines.contains { AccessParser.looksLikeAddress($0.text) } }
    }
}
