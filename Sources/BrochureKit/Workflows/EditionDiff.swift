/// Compares two editions of a brochure: the core of `brochure diff`, a pure function of two
/// documents.
///
/// Taking `BrochureDocument`s, not files, lets any source of editions use it: PDFs extracted on
/// the spot, JSON written earlier by `extract`, or editions kept in a database. Rows are lined
/// up by key (see `AlignedSection.layouts`), never by position, so a year planned in the old
/// edition and actual in the new one is one changed row (`planned` true → false, and its
/// figures), not a removal and an addition.
public enum EditionDiff {
    /// What counts as a difference beyond the values themselves.
    public struct Options: Sendable, Hashable {
        /// Report a row or section printed on another page. Off by default: a brochure
        /// re-flowed onto more pages is noise to an analyst.
        public var includePages: Bool
        /// Report a year label printed differently (`令和2年度` → `R2`) for the same fiscal year.
        public var includeLabels: Bool

        public init(includePages: Bool = false, includeLabels: Bool = false) {
            self.includePages = includePages
            self.includeLabels = includeLabels
        }
    }

    /// Every difference between `old` and `new`, the notices drawn from them, and the new
    /// edition's women's share. The source file (name, checksum) and extraction warnings are
    /// not compared: they describe the file and the extraction, not the brochure.
    public static func compare(old: BrochureDocument, new: BrochureDocument, options: Options = Options()) -> DocumentDiff {
        let comparison = FieldComparison(ignored: options.includePages ? [] : ["page"])
        var changes = comparison.changes(
            section: "document", key: nil, old: header(of: old), new: header(of: new), oldPage: nil, newPage: nil)
        let before = AlignedSection.all(in: old.sections)
        let after = AlignedSection.all(in: new.sections)
        for layout in AlignedSection.layouts {
            switch (before[layout.name], after[layout.name]) {
            case (nil, nil):
                continue
            case (let gone?, nil):
                changes.append(DiffChange(
                    section: layout.name, key: nil, field: nil, kind: .removed, old: gone.whole, new: .null, oldPage: gone.page))
            case (nil, let arrived?):
                changes.append(DiffChange(
                    section: layout.name, key: nil, field: nil, kind: .added, old: .null, new: arrived.whole, newPage: arrived.page))
            case (let was?, let now?):
                changes += compare(was, now, comparison: comparison, options: options)
            }
        }
        let notices = NoticeFinder(old: old, new: new, changes: changes).notices()
        return DocumentDiff(
            old: .init(old), new: .init(new), changes: changes, notices: notices,
            womenShare: WomenShare.series(old: old.sections.hiring, new: new.sections.hiring))
    }

    /// The document fields an analyst cares about: who publishes it and which edition it is.
    private static func header(of document: BrochureDocument) -> [String: JSONValue] {
        [
            "organization": document.organization.map { .string($0) } ?? .null,
            "edition": document.edition.map { JSONValue(encoding: $0) } ?? .null,
        ]
    }

    /// A section in both editions: its own fields, then its rows in the old order, then the rows
    /// only the new edition has.
    private static func compare(
        _ old: AlignedSection, _ new: AlignedSection, comparison: FieldComparison, options: Options
    ) -> [DiffChange] {
        let name = old.layout.name
        var changes = comparison.changes(
            section: name, key: nil, old: old.fields, new: new.fields, oldPage: old.page, newPage: new.page)
        let newRows = Dictionary(new.rows.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let oldKeys = Set(old.rows.map(\.key))
        let presentation = options.includeLabels ? [] : old.layout.presentationFields
        for row in old.rows {
            guard let match = newRows[row.key] else {
                changes.append(DiffChange(
                    section: name, key: row.key, field: nil, kind: .removed, old: row.value, new: .null, oldPage: row.page))
                continue
            }
            changes += comparison.changes(
                section: name, key: row.key, old: row.value.objectValue ?? [:], new: match.value.objectValue ?? [:],
                oldPage: row.page, newPage: match.page, ignoring: presentation)
        }
        for row in new.rows where !oldKeys.contains(row.key) {
            changes.append(DiffChange(
                section: name, key: row.key, field: nil, kind: .added, old: .null, new: row.value, newPage: row.page))
        }
        return changes
    }
}
