/// An erratum under the hiring table: `※修正：令和5年度の技術系「40（10）」は「41（10）」の誤りです。`
///
/// A brochure printed with a wrong cell may carry a note that corrects it rather than a new
/// table. The note names the year and the track, then quotes the printed value and the right
/// one. The fact is the corrected value, so the cell is replaced — but only when the note's
/// year and track find a row whose printed value is the one quoted, and only when the
/// correction makes the row add up (total = 事務系 + 技術系) where the printed cell did not.
enum CorrectionNote {
    /// A printed value and its correction, for one year's track.
    struct Correction: Equatable {
        var fiscalYear: Int
        var track: ColumnRole
        var printed: String
        var corrected: String
    }

    /// Words that say a sentence corrects a printed value.
    private static let markers = ["誤り", "正しくは", "訂正"]

    /// The corrections the notes' sentences state: each sentence naming a year and a track
    /// before two quoted values (`「printed」は「corrected」の誤り`, `「printed」は正しくは「corrected」`).
    static func corrections(in notes: [String]) -> [Correction] {
        notes.flatMap { $0.split(separator: "。") }.compactMap { sentence -> Correction? in
            let text = String(sentence)
            guard markers.contains(where: text.contains) else { return nil }
            let quotes = quoted(text)
            guard quotes.count == 2, let open = text.firstIndex(of: "「") else { return nil }
            let lead = String(text[..<open])
            guard let year = year(in: lead) else { return nil }
            let role: ColumnRole
            switch Track(label: lead) {
            case .administrative: role = .administrative
            case .technical: role = .technical
            case .other:
                guard lead.hasSuffix("計") || lead.hasSuffix("計の") || lead.contains("合計") else { return nil }
                role = .total
            }
            return Correction(fiscalYear: year, track: role, printed: quotes[0], corrected: quotes[1])
        }
    }

    /// `record` with each correction applied where its printed value is the row's and the
    /// corrected value makes the row's tracks add up to its total.
    static func apply(_ corrections: [Correction], to record: HiringRecord, convention: Headcount.Convention) -> HiringRecord {
        var record = record
        for fix in corrections {
            guard let i = record.rows.firstIndex(where: { $0.fiscalYear == fix.fiscalYear }),
                let printed = count(fix.printed, convention), let corrected = count(fix.corrected, convention)
            else { continue }
            let path: WritableKeyPath<HiringRecord.Row, CountWithWomen?>
            switch fix.track {
            case .administrative: path = \.administrative
            case .technical: path = \.technical
            default: path = \.total
            }
            guard record.rows[i][keyPath: path] == printed else { continue }
            var fixed = record.rows[i]
            fixed[keyPath: path] = corrected
            guard !addsUp(record.rows[i]), addsUp(fixed) else { continue }
            record.rows[i] = fixed
        }
        return record
    }

    /// Total = 事務系 + 技術系, heads and (where all three say) women.
    static func addsUp(_ row: HiringRecord.Row) -> Bool {
        guard let total = row.total, let a = row.administrative, let t = row.technical else { return false }
        guard total.count == a.count + t.count else { return false }
        if let w = total.women, let aw = a.women, let tw = t.women { return w == aw + tw }
        return true
    }

    private static func count(_ text: String, _ convention: Headcount.Convention) -> CountWithWomen? {
        (try? Headcount.parse(text, convention: convention)).flatMap { $0 }.map(CountWithWomen.init)
    }

    /// The texts between `「` and `」`, in order.
    static func quoted(_ text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "「"), let close = rest[open...].firstIndex(of: "」") {
            found.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// The fiscal year a lead-in names (`※修正：令和5年度の技術系` → 2023): the run of text
    /// ending in 年度 after the last separator before it.
    static func year(in lead: String) -> Int? {
        guard let end = lead.range(of: "年度") else { return nil }
        let head = lead[..<end.upperBound]
        let start = head.lastIndex(where: { "：:、，, 　※".contains($0) }).map { head.index(after: $0) } ?? head.startIndex
        return YearLabel(String(head[start...]))?.fiscalYear
    }
}
