/// A reference mark glossed as planned by a note of its own (`令和8年度※` over `※予定数`).
///
/// `PlannedNote` reads a note that names the planned year (`※令和8年度は採用予定数`), and
/// `MarkedPlanLabels` a symbol legend (`★…採用予定数`); a note that is the mark and a short
/// word for the plan and nothing else (`※予定数`, `※採用予定`) names no year, and the one
/// year label carrying that mark is the row it explains. Only a short gloss counts: a
/// sentence that mentions a plan (`※予定数は変更になる場合があります`) explains no mark on a
/// label; and only one marked year: a mark on several years says no one of them is the plan.
extension MarkedPlanLabels {
    /// The fiscal year of the part whose label ends in a reference mark a note line glosses as
    /// planned, as a one-element set; empty when no line glosses a mark or the marked labels
    /// name no year or several.
    static func referenceYears(in part: SectionSegmenter.Part) -> Set<Int> {
        let lines = part.blocks.filter { $0.block.table == nil }.flatMap { $0.block.lines.map(\.text) }
        let glossed = Set(lines.compactMap(plannedReference))
        guard !glossed.isEmpty else { return [] }
        let labels = Self.labels(in: part)
        let years = Set(labels.compactMap { label in glossed.lazy.compactMap { year(of: label, reference: $0) }.first })
        return years.count == 1 ? years : []
    }

    /// The mark (`※`, `※1`, `*`) a line glosses as planned: the mark, an optional `は` or colon,
    /// then at most eight characters saying 予定 with no digit (no year, no count).
    static func plannedReference(_ raw: String) -> String? {
        let text = Normalized.compact(raw).replacingOccurrences(of: " ", with: "")
        guard let first = text.first, YearLabel.noteMarks.contains(first) else { return nil }
        let number = text.dropFirst().prefix { $0.isASCII && $0.isNumber }
        guard number.count <= 2 else { return nil }
        let mark = String(text.prefix(1 + number.count))
        var gloss = text.dropFirst(mark.count).drop { "は:：=＝".contains($0) }
        if gloss.last == "。" { gloss = gloss.dropLast() }
        guard !gloss.isEmpty, gloss.count <= 8, PlannedNote.says(String(gloss)), !gloss.contains(where: \.isNumber) else { return nil }
        return mark
    }

    /// The fiscal year of a label ending in exactly `reference` (`令和8年度※`), or nil.
    static func year(of raw: String, reference: String) -> Int? {
        let text = Normalized.compact(raw)
        guard text.hasSuffix(reference), case let rest = text.dropLast(reference.count), let last = rest.last,
            !YearLabel.noteMarks.contains(last), let label = YearLabel(String(rest))
        else { return nil }
        return label.fiscalYear
    }
}
