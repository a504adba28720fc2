extension Contact {
    /// The contact with the publisher's name taken off the front of its office, when the name
    /// heads the office's own line: on a line of its own among the contact's lines
    /// (`理化学研究所` over `人事部人事課` on a business card), or run into the office on a line
    /// that stands alone under the contact's subject (`【採用試験について】` over
    /// `堺市人事委員会事務局任用課`). Set so, it heads the card as a company's name heads a
    /// business card: every office on it is the publisher's, and the office is what follows.
    /// An office cited after its label on the label's own line (`〈事務系〉 埼玉県人事委員会事務局`)
    /// is named whole, as a sentence would name it, and stays; so does one run into the first
    /// line under the section's own heading (`お問い合わせ・アクセス`), which no subject heads.
    /// (The flag `officeOnLabelLine` is read here only and left behind, so the contact equals
    /// itself read back from its JSON.)
    func withoutPublisherLine(_ publisher: String?) -> Contact {
        var contact = self
        contact.officeOnLabelLine = false
        guard let publisher, !publisher.isEmpty, office.hasPrefix(publisher), office.count > publisher.count,
            let lines = provenance?.text.split(separator: "\n")
        else { return contact }
        let rest = String(office.dropFirst(publisher.count)).trimmingWhitespace()
        let apart = lines.contains(where: { Normalized.compact(String($0)) == publisher })
        // (Run into the first line under the section's own heading, `お問い合わせ・アクセス`
        // over `海難審判所総務課人事係`, the name is the office's: no subject's card heads it.)
        // (So under `問`, the mark of where to ask, which is that heading in a word.)
        guard apart || (!officeOnLabelLine && SectionKind.opened(by: label) != .contacts && !UnheadedContacts.askMarks.contains(label) && Self.isOfficeName(rest))
        else { return contact }
        contact.office = rest
        return contact
    }

    /// Whether `text`, what follows the publisher's name run into an office's line, is an
    /// office's name (`総務局人事部人事課`), not the rest of a word the name begins: the
    /// publisher's own building or a body of its own (`宮城県庁`, `京都市立…`, `大阪市役所`,
    /// `県議会`) is named whole.
    static func isOfficeName(_ text: String) -> Bool {
        guard text.count >= 2, let first = text.first, !"庁立営役議民内外".contains(first) else { return false }
        return ContactsParser.officeEndings.contains { text.hasSuffix($0) }
    }
}
