extension SectionSegmenter {
    /// A heading naming both contacts and access (`お問い合わせ・アクセス`) opens both: the
    /// address and routes under it are read as access, the offices as contacts (each parser
    /// takes only its own lines). Not when the brochure has an access section of its own.
    /// A contacts section whose heading names only contacts (`お問い合わせ`) but that sets an
    /// address with routes to it under the offices (`〒…` over `・JR…駅 東口からバス…`) opens
    /// both too: the routes are the way to those offices, whatever the heading says.
    static func twinningAccess(_ parts: [Part]) -> [Part] {
        var parts = parts
        twinAccess(&parts)
        return parts
    }

    /// `twinningAccess` in place.
    static func twinAccess(_ parts: inout [Part]) {
        guard !parts.contains(where: { $0.kind == .access }) else { return }
        parts = parts.flatMap { part -> [Part] in
            guard part.kind == .contacts,
                SectionKind.names(.access, part.heading) || Self.glossNamesAccess(part.heading) || Self.givesRoutes(part)
            else { return [part] }
            var twin = part
            twin.kind = .access
            return [part, twin]
        }
    }

    /// Whether a part's lines give an address and at least one route from it, read as an
    /// access section would read them.
    static func givesRoutes(_ part: Part) -> Bool {
        AccessParser().parse(part)?.routes.isEmpty == false
    }

    /// Whether a heading's English gloss names access too (`お問い合わせ CONTACT & ACCESS`): the
    /// designer set both topics under one title, as `お問い合わせ・アクセス` does in Japanese.
    static func glossNamesAccess(_ heading: String) -> Bool {
        let gloss = heading.unicodeScalars.dropFirst(EnglishGloss.stripped(heading).unicodeScalars.count)
        return String(String.UnicodeScalarView(gloss)).uppercased().split { !$0.isLetter }.contains("ACCESS")
    }
}
