extension SectionKind {
    /// The section the first of two or three topics joined by `・` opens, when it is one of the
    /// one-word headings (`配属・採用予定` → assignments); nil otherwise.
    ///
    /// A heading naming two topics is a section of both, printed in the order they come; the
    /// first is read first, and the second's own caption or table opens it in turn. Each part
    /// must be a short word (a Latin gloss after the title is dropped): a longer text with a
    /// `・` in it (`事務系・技術系の採用実績`) is no such pair.
    static func compoundLead(_ title: [Unicode.Scalar]) -> SectionKind? {
        guard title.contains("・") else { return nil }
        var end = title.endIndex
        while end > title.startIndex, title[end - 1].isASCII { end -= 1 }
        let parts = title[..<end].split(separator: "・", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ (2...6).contains($0.count) }) else { return nil }
        return shortWords[String(String.UnicodeScalarView(parts[0]))]
    }
}
