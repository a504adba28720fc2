/// Year labels that print the era only once: `令和元年度`, then `2年度` … `7年度`,
/// `8年度（見込み）` — the era name said by the first label and left out of the rest.
///
/// A bare `2年度` names no era and no Gregorian year, so on its own it is no label at all; after
/// a label of an era, and going on after it, it is that era's year.
extension YearLabel {
    /// The labels of `texts` (one column or one header row, in order), each bare era year read
    /// in the era of the nearest label before it when that makes it a later year.
    static func carryingEra(_ texts: [String]) -> [YearLabel?] {
        var labels: [YearLabel?] = []
        var previous: (era: String, year: Int)? = nil
        for text in texts {
            var label = YearLabel(text)
            // (Two figures alone, `29年度`, wait for the edition only when no era went before:
            // after `平成28年度` they are that era's.)
            if let short = label, ShortYear.isStandIn(short.fiscalYear), previous != nil { label = nil }
            if label == nil, let previous, isBareEraYear(text), var carried = YearLabel(previous.era + Normalized.compact(text)),
                carried.fiscalYear > previous.year
            {
                carried.label = Self.bare(Normalized.compact(text))
                label = carried
            }
            if let found = label {
                if let era = try? FiscalYear.parse(found.label).era {
                    previous = (era, found.fiscalYear)
                } else if let known = previous, isBareEraYear(text) {
                    previous = (known.era, found.fiscalYear)
                } else {
                    // A Gregorian label ends the run: a bare year after it names no era.
                    previous = nil
                }
            }
            labels.append(label)
        }
        return labels
    }

    /// `2年度`, `8年度（見込み）`, `3年度※`: one or two digits and 年度, then at most a
    /// bracket or a note mark.
    static func isBareEraYear(_ raw: String) -> Bool {
        let text = Normalized.compact(raw)
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), text.dropFirst(digits.count).hasPrefix("年度") else { return false }
        let rest = String(text.dropFirst(digits.count + 2)).trimmingWhitespace()
        return rest.isEmpty || rest.hasPrefix("(") || rest.allSatisfy { noteMarks.contains($0) }
    }

    /// The label as printed without its bracket or mark (`8年度（見込み）` → `8年度`).
    private static func bare(_ text: String) -> String {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        return String(digits) + "年度"
    }
}
