/// One section of a brochure as the diff sees it: its own fields, and its rows under the keys
/// that line them up across editions.
///
/// Built from the section's JSON (the names `extract` writes are the names a change reports),
/// so the comparison needs no code per section, only a row in `layouts`.
struct AlignedSection {
    /// A row (or entry, contact, route…) and the key it is aligned by.
    struct Row {
        var key: String
        var value: JSONValue
        /// The row's own page, or the section's when the row has none.
        var page: Int?
    }

    /// Where a section keeps its rows and which of their fields make the key.
    struct Layout {
        var name: String
        /// The heading a brochure prints over the section, for report headings.
        var heading: String
        /// The member holding the rows; nil when the section itself is the array of rows.
        var rowsMember: String?
        /// The fields joined by `/` to make a row's key; null fields are skipped.
        var keyFields: [String]
        /// Put before the key (`FY` + `2024`).
        var keyPrefix: String = ""
        /// Fields that only say how a row was printed (a year's label `令和2年度` against `R2`):
        /// left out of the comparison unless asked for.
        var presentationFields: Set<String> = []
    }

    /// Every section of `SectionSet`, in the order reports list them: figures first.
    static let layouts: [Layout] = [
        Layout(name: "hiring", heading: "採用実績", rowsMember: "rows", keyFields: ["fiscalYear"], keyPrefix: "FY", presentationFields: ["label"]),
        Layout(name: "assignments", heading: "配属実績", rowsMember: "rows", keyFields: ["unit"]),
        Layout(name: "examBreakdown", heading: "試験区分", rowsMember: "entries", keyFields: ["track", "level", "category"]),
        Layout(name: "contacts", heading: "採用窓口", rowsMember: nil, keyFields: ["track", "specialty"]),
        Layout(name: "access", heading: "アクセス", rowsMember: "routes", keyFields: ["station"]),
        Layout(name: "initiatives", heading: "働き方改革の取組", rowsMember: nil, keyFields: ["title"]),
        Layout(name: "supportSystems", heading: "両立支援制度", rowsMember: nil, keyFields: ["name"]),
        Layout(name: "training", heading: "研修制度", rowsMember: "programs", keyFields: ["name"]),
    ]

    /// The heading of the section called `name` (`採用実績` for `hiring`), nil for `document`.
    static func heading(of name: String) -> String? {
        layouts.first { $0.name == name }?.heading
    }

    var layout: Layout
    /// The whole section as JSON (without provenance): what an added or removed section reports.
    var whole: JSONValue
    /// The section's own fields (`cohortFiscalYear`, `technicalScope`…), rows left out.
    var fields: [String: JSONValue]
    var rows: [Row]
    var page: Int?

    /// The sections `sections` holds, by name; a section not found is absent.
    static func all(in sections: SectionSet) -> [String: AlignedSection] {
        guard case .object(let members) = JSONValue(encoding: sections).removingMembers(named: "provenance") else { return [:] }
        var result: [String: AlignedSection] = [:]
        for layout in layouts {
            guard let value = members[layout.name], value != .null else { continue }
            result[layout.name] = AlignedSection(layout: layout, value: value)
        }
        return result
    }

    init(layout: Layout, value: JSONValue) {
        self.layout = layout
        whole = value
        var fields = value.objectValue ?? [:]
        let items: [JSONValue]
        if let member = layout.rowsMember {
            items = fields.removeValue(forKey: member)?.arrayValue ?? []
        } else {
            items = value.arrayValue ?? []
        }
        page = Self.page(of: value)
        self.fields = fields
        var seen: [String: Int] = [:]
        rows = items.map { item in
            var key = layout.keyPrefix + layout.keyFields.compactMap { item[$0].flatMap(Self.keyText) }.joined(separator: "/")
            // Two rows with one key (a title printed twice) stay apart in the order they come.
            seen[key, default: 0] += 1
            if let n = seen[key], n > 1 { key += " #\(n)" }
            return Row(key: key, value: item, page: Self.page(of: item) ?? Self.page(of: value))
        }
    }

    /// A key field's text: strings as they are, numbers as digits, null left out.
    private static func keyText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text
        case .number(let number): return number.description
        case .bool(let flag): return flag ? "true" : "false"
        default: return nil
        }
    }

    private static func page(of value: JSONValue) -> Int? {
        guard case .number(let number)? = value["page"], case .integer(let page) = number.storage else { return nil }
        return Int(exactly: page)
    }
}
