/// Writes a JSON value the way a brochure prints it, for tables, reports and notices.
///
/// `{"count": 66, "women": 21}` reads as `66 (21)`, as on the page; a phone as
/// `03-5253-5069 (直通)`; a list as its items separated by commas. JSON output keeps the typed
/// values; this is only for people.
enum DiffValueText {
    /// The value as one line of text: `—` for null, `none` for an empty list.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "—"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return number.description
        case .string(let text): return oneLine(text)
        case .array(let items): return items.isEmpty ? "none" : items.map(describe).joined(separator: ", ")
        case .object(let members): return describe(members)
        }
    }

    /// A change's old value, new value and pages as table cells: an addition has no old
    /// value, a removal no new one; pages read `1` (the same in both), `1→2`, `1→` or `→2`.
    static func cells(_ change: DiffChange) -> (old: String, new: String, pages: String) {
        let pages: String
        switch (change.oldPage, change.newPage) {
        case (nil, nil): pages = ""
        case (let a?, let b?) where a == b: pages = String(a)
        case (let a, let b): pages = "\(a.map(String.init) ?? "")→\(b.map(String.init) ?? "")"
        }
        return (
            change.kind == .added ? "" : describe(withoutKey(change.old, of: change)),
            change.kind == .removed ? "" : describe(withoutKey(change.new, of: change)),
            pages
        )
    }

    /// A whole row without the fields its key already shows (`fiscalYear` beside `FY2024`).
    private static func withoutKey(_ value: JSONValue, of change: DiffChange) -> JSONValue {
        guard change.field == nil, change.key != nil, case .object(let members) = value,
              let layout = AlignedSection.layouts.first(where: { $0.name == change.section })
        else { return value }
        return .object(members.filter { !layout.keyFields.contains($0.key) })
    }

    /// A headcount, a phone, or any other object as `name: value` pairs.
    private static func describe(_ members: [String: JSONValue]) -> String {
        if case .number(let count)? = members["count"], Set(members.keys).isSubset(of: ["count", "women"]) {
            return headcount(count: count.description, women: members["women"])
        }
        if case .string(let number)? = members["number"], Set(members.keys).isSubset(of: ["number", "note"]) {
            if case .string(let note)? = members["note"] { return "\(number) (\(note))" }
            return number
        }
        return members.keys.sorted().filter { $0 != "page" }.map { "\($0): \(describe(members[$0]!))" }.joined(separator: "; ")
    }

    /// `66 (21)` when the women's figure is known, `66` when it is not.
    static func headcount(count: String, women: JSONValue?) -> String {
        if case .number(let women)? = women { return "\(count) (\(women.description))" }
        return count
    }

    /// A headcount written out for a sentence: `66 (21 women)`.
    static func headcountSentence(_ figure: CountWithWomen) -> String {
        figure.women.map { "\(figure.count) (\($0) women)" } ?? "\(figure.count)"
    }

    /// A signed figure for a sentence: `+4`, `-2`, `±0`.
    static func signed(_ value: Double) -> String {
        let text = Int(exactly: value).map(String.init) ?? String(value)
        if value > 0 { return "+" + text }
        return value == 0 ? "±0" : text
    }

    /// Line breaks and tabs would break a table row; a summary may hold them.
    private static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
    }
}
