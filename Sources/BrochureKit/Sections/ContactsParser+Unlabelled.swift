/// Reads the one contact of a section that labels none: a sidebar titled `採用に関するお問い合わせ`
/// over an office, its phone and its e-mail, with no track or topic over the office.
///
/// With no label, the line-by-line reading opens no contact and the numbers are lost. The
/// section's heading says what the office answers for, so it labels the contact; only a
/// heading about recruiting (`採用`, `募集`, `試験`) vouches for it alone; under any other
/// (`お問い合わせ・アクセス`) the contact needs the document's figures to vouch for it
/// (`Contact.needsFigures`): a notice's `問合せ先` is no recruiting contact. The contact
/// ends with the block that gives its last phone or e-mail: the blocks after it (social-media
/// handles, event dates, the address and routes) are asides of the sidebar, no office's.
/// Offices listed one a line over the numbers they share are a contact each, at those
/// numbers (`SharedContactOffices`).
extension ContactsParser {
    static func unlabelled(_ part: SectionSegmenter.Part) -> [Contact] {
        // (The blocks before any table: a site's footer, the body's seat and hours set as a
        // table under a page's contact box, is no part of the office.)
        let blocks = Array(part.blocks.prefix { $0.block.table == nil })
        func numbered(_ i: Int) -> Bool { blocks[i].block.lines.contains { givesNumber(Normalized.compact($0.text)) } }
        guard var end = blocks.indices.first(where: numbered), let line = blocks[0].block.lines.first
        else { return [] }
        // The blocks giving numbers straight after the first: the office's run of fields. (A
        // field's caption set alone over its value, `E-MAIL` over the address, is of the run.)
        func captions(_ i: Int) -> Bool { blocks[i].block.lines.allSatisfy { isFieldLabel(Normalized.compact($0.text)) } }
        while end + 1 < blocks.count {
            if numbered(end + 1) {
                end += 1
            } else if end + 2 < blocks.count, captions(end + 1), numbered(end + 2) {
                end += 2
            } else {
                break
            }
        }
        // (An office's phone in brackets after its name is a line of its own: `BracketedPhone`.)
        let lines = blocks[...end].flatMap { entry in
            entry.block.lines.flatMap { line in
                BracketedPhone.split(line.text).map { [Normalized.compact($0.office), Normalized.compact($0.phone)] } ?? [Normalized.compact(line.text)]
            }
        }
        let label = SectionKind.strippedTitle(Normalized.compact(part.heading))
        guard var contact = contact(label: label, lines: lines, page: blocks[0].page, box: line.box),
            !contact.phones.isEmpty || !contact.emails.isEmpty, !contact.office.isEmpty
        else { return [] }
        contact.officeOnLabelLine = false
        contact.needsFigures = !recruitingWords.contains(where: { label.contains($0) })
        guard let offices = SharedContactOffices.offices(lines) else { return [contact] }
        return offices.map { office in
            var shared = contact
            shared.office = office
            shared.track = SharedContactOffices.track(of: office) ?? contact.track
            return shared
        }
    }

    /// The words by which a heading says its contact answers about recruiting (`採用に関する
    /// お問い合わせ`, `募集についての問合せ`): a notice's `問合せ先` over the office that issued it
    /// is no recruiting contact, and its office would make a notice pass for a brochure.
    static let recruitingWords = ["採用", "募集", "試験"]

    /// Whether a line gives a phone number or an e-mail address.
    private static func givesNumber(_ text: String) -> Bool {
        (text.contains("@") && !((try? EmailAddress.all(in: text)) ?? []).isEmpty)
            || (text.unicodeScalars.filter(TableDetector.isDigit).count >= 9 && !((try? PhoneNumber.all(in: text)) ?? []).isEmpty)
    }
}
