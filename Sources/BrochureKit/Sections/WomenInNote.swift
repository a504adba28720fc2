/// The women of each year told only in a note under a table of bare counts:
/// `※うち女性（事務系／技術系）は、令和3年度6／1、令和4年度8／0、…です。`
///
/// The cells print the head counts alone, so every year's women were unknown though the page
/// gives them. The note names the tracks in brackets, in the order of the pairs after each
/// year; a year's women go to its row's tracks and their sum to its total. Each figure must be
/// no more than the count it belongs to, and every year named must be a row of the table.
enum WomenInNote {
    /// The women by year from the first note among `texts` saying them, in track order.
    static func women(in texts: [String]) -> (roles: [ColumnRole], years: [(year: Int, women: [Int])])? {
        for raw in texts {
            let text = Normalized.compact(raw).filter { !$0.isWhitespace }
            guard let say = text.range(of: "うち女性(") ?? text.range(of: "うち女性数(") else { continue }
            let rest = text[say.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { continue }
            let roles: [ColumnRole] = rest[..<close].split(whereSeparator: { $0 == "/" || $0 == "／" || $0 == "・" }).map { ColumnRole(label: String($0)) }
            guard roles.count >= 2, roles.allSatisfy({ $0 == .administrative || $0 == .technical }), Set(roles).count == roles.count else { continue }
            var body = rest[rest.index(after: close)...]
            guard body.hasPrefix("は") else { continue }
            body = body.dropFirst().drop { $0 == "," || $0 == "、" }
            if let end = body.firstIndex(where: { $0 == "。" }) { body = body[..<end] }
            if body.hasSuffix("です") { body = body.dropLast(2) }
            var years: [(year: Int, women: [Int])] = []
            for item in body.split(whereSeparator: { $0 == "," || $0 == "、" }) {
                guard let read = Self.pair(item, count: roles.count) else { return nil }
                years.append((read.0, read.1))
            }
            return years.count >= 2 ? (roles, years) : nil
        }
        return nil
    }

    /// `令和3年度6/1` → (2021, [6, 1]): a year's label, then its figures apart by slashes.
    private static func pair(_ item: Substring, count: Int) -> (Int, [Int])? {
        var figures: [Int] = []
        var rest = item
        for k in 0..<count {
            let digits = rest.reversed().prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let n = Int(String(digits.reversed())) else { return nil }
            figures.insert(n, at: 0)
            rest = rest.dropLast(digits.count)
            if k < count - 1 {
                guard let slash = rest.last, slash == "/" || slash == "／" else { return nil }
                rest = rest.dropLast()
            }
        }
        guard let label = YearLabel(String(rest)) else { return nil }
        return (label.fiscalYear, figures)
    }

    /// `record` with the note's women set on the rows it names, when every year is a row whose
    /// tracks print counts no smaller than the women; `record` unchanged otherwise.
    static func apply(_ note: (roles: [ColumnRole], years: [(year: Int, women: [Int])]), to record: HiringRecord) -> HiringRecord {
        var result = record
        for (year, women) in note.years {
            guard let r = result.rows.firstIndex(where: { $0.fiscalYear == year }) else { return record }
            for (role, w) in zip(note.roles, women) {
                let path: WritableKeyPath<HiringRecord.Row, CountWithWomen?> = role == .administrative ? \.administrative : \.technical
                guard let cell = result.rows[r][keyPath: path], cell.women == nil, w <= cell.count else { return record }
                result.rows[r][keyPath: path]?.women = w
            }
            if let total = result.rows[r].total, total.women == nil, women.reduce(0, +) <= total.count {
                result.rows[r].total?.women = women.reduce(0, +)
            }
        }
        return result
    }
}
