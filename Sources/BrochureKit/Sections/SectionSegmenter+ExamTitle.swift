extension SectionSegmenter {
    /// The exam section, for a heading that names a year's recruitment exams and nothing more
    /// (`令和8年度採用試験`, `令和８年度 職員採用試験`, `2026年度採用試験`).
    ///
    /// A year's 採用試験 is the exam the coming hires sit, and a brochure titles with it the
    /// categories offered and the hires planned in each. Without the year (`採用試験`,
    /// `採用試験について`) the words head a general account or a contact's subject, and with more
    /// after them (`採用試験の日程`) another topic, so only the dated title opens the section.
    /// Set as a heading, as large or nearly as large as the heading of the section open above
    /// (a caption in body type inside the hiring figures is no title); not inside an exam
    /// section already.
    static func datedExamTitle(_ block: Block, text: String, open: Part?) -> SectionKind? {
        guard block.kind == .heading, open?.kind != .examBreakdown, let line = block.lines.first,
            headingSize(line) >= 0.85 * (open?.headingSize ?? 0), isDatedExamTitle(text)
        else { return nil }
        return .examBreakdown
    }

    /// `令和8年度採用試験`, `令和８年度 職員採用試験`: a fiscal year, at most four kanji naming
    /// whom the exam recruits (`職員`), then `採用試験` closing the title.
    static func isDatedExamTitle(_ text: String) -> Bool {
        let compact = Normalized.compact(text)
        guard compact.hasSuffix(examWord), let yearEnd = compact.range(of: "年度")?.upperBound,
            YearLabel.fiscalYear(String(compact[..<yearEnd])) != nil
        else { return false }
        let middle = compact[yearEnd...].dropLast(examWord.count)
        return middle.count <= 4 && middle.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }

    private static let examWord = "採用試験"
}
