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

    /// The section the first of two topics joined by `と` opens (`採用実績と配属先` → hiring),
    /// when each names a section of its own and they differ; nil otherwise. As with `・`, the
    /// second's own caption or table opens it in turn. (`仕事と生活の両立` names one topic.)
    static func pairLead(_ title: [Unicode.Scalar]) -> SectionKind? {
        let parts = title.split(separator: "と", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (2...8).contains($0.count) }) else { return nil }
        let kinds = parts.map { opened(by: String(String.UnicodeScalarView($0))) }
        guard let first = kinds[0], let second = kinds[1], first != second else { return nil }
        return first
    }
}
