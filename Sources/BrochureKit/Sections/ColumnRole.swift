/// What a table column or row holds, from its header label.
enum ColumnRole: Hashable {
    case year
    case total
    case administrative
    case technical
    case unit
    case unknown

    init(label raw: String) {
        var label = Normalized.compact(raw)
        // An English gloss before the label (`Total 計`, `Administrative 事務系`) names nothing more.
        let latin = label.prefix { ($0.isASCII && $0.isLetter) || $0 == " " }
        if !latin.isEmpty, latin.count < label.count, label.dropFirst(latin.count).first.map(Script.isCJK) == true { label.removeFirst(latin.count) }
        // `計（うち女性）`: the column's counts carry their women in brackets; the label is its role's.
        if let note = Self.womenNote(label) { label.removeLast(note.count) }
        switch Track(label: label) {
        case .administrative: self = .administrative
        case .technical: self = .technical
        case .other: self.init(other: label)
        }
    }

    private init(other label: String) {
        // `行政職`, `行政系`: the administrative track named by its pay schedule's word (not
        // `行政` alone, an exam category of that track).
        if label.hasPrefix("行政職") || label.hasPrefix("行政系") {
            self = .administrative
        } else if label.contains("合計") || label == "計" || label.contains("総数") || label.contains("全体") {
            self = .total
        } else if label.contains("年度") || AssignmentsParser.joinings.contains(where: label.contains) || label.contains("採用年") {
            self = .year
        } else if label.contains("配属") || label.contains("部局") || label.contains("局") {
            self = .unit
        } else {
            self = .unknown
        }
    }

    /// A note after a label saying its cells give the women in brackets (`計（うち女性）`,
    /// compacted), with something before it; nil for any other label.
    static func womenNote(_ label: String) -> String? {
        ["(うち女性)", "(うち女性数)"].first { label.hasSuffix($0) && label.count > $0.count }
    }

    /// The labels of a table's columns over its first `rows` rows (compacted, an English gloss
    /// under a label left out) and the roles they name; nil for a table without a header or
    /// with a row short of cells.
    static func header(of table: Table, rows: Int) -> (labels: [String], roles: [ColumnRole])? {
        let width = table.columns.count
        guard rows >= 1, rows <= table.rows.count, table.rows.allSatisfy({ $0.count == width }) else { return nil }
        let header = Array(table.rows[..<rows])
        let labels = (0..<width).map { c in Normalized.compact(HeaderGloss.label(header.map { $0[c] })) }
        return (labels, labels.map { ColumnRole(label: $0) })
    }

    /// The scope in a technical label's brackets: `技術系（うち情報通信行政）` → `情報通信行政`.
    static func scope(of raw: String) -> String? {
        let label = Normalized.compact(raw)
        guard let open = label.firstIndex(of: "("), let close = label.lastIndex(of: ")"), open < close else { return nil }
        var inner = String(label[label.index(after: open)..<close])
        if inner.hasPrefix("うち") { inner.removeFirst(2) }
        return inner.isEmpty ? nil : inner
    }
}
