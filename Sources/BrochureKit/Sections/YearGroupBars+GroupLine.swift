extension YearGroupBars {
    /// A group's summary line, compacted: `計27人うち女性11人(事務職9・技術専門職2)`, or only `計31人`.
    struct GroupLine: Equatable {
        var total: Int
        var women: Int?
        /// The women of each track the bracket names.
        var byTrack: [ColumnRole: Int] = [:]

        /// Nil unless the line opens with the total and holds nothing but it, the women and
        /// their bracket.
        init?(_ text: String) {
            var rest = Substring(text)
            guard let opening = ["合計", "計"].first(where: { rest.hasPrefix($0) }) else { return nil }
            rest = rest.dropFirst(opening.count)
            guard let total = Self.count(&rest) else { return nil }
            self.total = total
            guard !rest.isEmpty else { return }
            if rest.hasPrefix("うち") { rest = rest.dropFirst(2) }
            guard rest.hasPrefix("女性") else { return nil }
            rest = rest.dropFirst(2)
            guard let women = Self.count(&rest) else { return nil }
            self.women = women
            guard !rest.isEmpty else { return }
            guard rest.first == "(", rest.last == ")" else { return nil }
            for item in rest.dropFirst().dropLast().split(whereSeparator: { "・、,".contains($0) }) {
                guard let digit = item.firstIndex(where: { $0.isASCII && $0.isNumber }),
                    case let role = ColumnRole(label: String(item[..<digit])), role == .administrative || role == .technical,
                    byTrack[role] == nil, let value = Int(item[digit...].filter { $0.isASCII && $0.isNumber }),
                    item[digit...].allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "人" || $0 == "名" })
                else { return nil }
                byTrack[role] = value
            }
        }

        /// The number at the start of `rest` and its unit (`27人`), consumed; nil when none.
        private static func count(_ rest: inout Substring) -> Int? {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let value = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            if let unit = rest.first, unit == "人" || unit == "名" { rest = rest.dropFirst() }
            return value
        }
    }
}
