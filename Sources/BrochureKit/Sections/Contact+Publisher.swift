extension Contact {
    /// The contact with the publisher's name taken off the front of its office, when the name
    /// stood on a line of its own among the contact's lines (`理化学研究所` over `人事部人事課`
    /// on a business card): set so, it heads the card as a company's name heads a business
    /// card, and the office is the line under it. A name run into the office on one line
    /// (`埼玉県人事委員会事務局`) is the office's own, and stays.
    func withoutPublisherLine(_ publisher: String?) -> Contact {
        guard let publisher, !publisher.isEmpty, office.hasPrefix(publisher), office.count > publisher.count,
            let lines = provenance?.text.split(separator: "\n"),
            lines.contains(where: { Normalized.compact(String($0)) == publisher })
        else { return self }
        var contact = self
        contact.office = String(office.dropFirst(publisher.count)).trimmingWhitespace()
        return contact
    }
}
