extension SectionSet {
    /// Keeps the text sections only for a recruitment brochure: one with a section of figures
    /// (hiring, assignments, exams) or of contacts.
    ///
    /// Text sections (初任研修, 取組, an address) appear in any government document. A contact
    /// read under a heading that names no recruiting (`お問い合わせ・アクセス`,
    /// `Contact.needsFigures`) is no evidence of a brochure: a notice's `問合せ先` reads the
    /// same. It is kept only beside the figures, and counts only with them.
    mutating func keepBrochureSections() {
        let figures = hiring != nil || assignments != nil || examBreakdown != nil
        if !figures, let all = contacts {
            let vouched = all.filter { !$0.needsFigures }
            contacts = vouched.isEmpty ? nil : vouched
        }
        // (The flag is left behind, so the contact equals one read under a recruiting heading.)
        contacts = contacts?.map { contact in
            var contact = contact
            contact.needsFigures = false
            return contact
        }
        guard contacts == nil && !figures else { return }
        initiatives = nil
        supportSystems = nil
        training = nil
        access = nil
    }
}
