/// A hiring table with years across whose tracks are each split into a `男` row and a `女`
/// row (the track's cell spanning both, a column of `男`/`女` beside it).
///
/// Such a table prints no head count at all: the head count is the men plus the women, and
/// the women are the `女` row. Found by the sub-labels alone, so a track set at the top of its
/// pair, centred on it or repeated on both rows reads the same.
enum SexSubRows {
    /// For the body rows of a table with years across (`rows`, each row's cells left to
    /// right, years from column `firstYear` on): the men's row → the women's row of each
    /// pair, and gives each men's row the track of its pair (`roles`), the women's none.
    /// Empty when no column left of the years holds `男`/`女` on two rows or more.
    static func pairs(_ rows: [[Table.Cell]], firstYear: Int, roles: inout [ColumnRole]) -> [Int: Int] {
        guard firstYear >= 2 else { return [:] }
        for column in 1..<firstYear {
            let sexes = rows.map { $0.count > column ? sex(of: $0[column].text) : nil }
            var pairs: [Int: Int] = [:]
            var r = 0
            while r + 1 < rows.count {
                // One pair: a 男 row and a 女 row next to each other, in either order.
                if let a = sexes[r], let b = sexes[r + 1], a != b {
                    let (men, women) = a == .men ? (r, r + 1) : (r + 1, r)
                    pairs[men] = women
                    r += 2
                } else {
                    r += 1
                }
            }
            guard pairs.count >= 2 else { continue }
            var found: [Int: Int] = [:]
            for (men, women) in pairs {
                // The track's cell spans the pair: its text sits on either row.
                let label = [rows[min(men, women)][0].text, rows[max(men, women)][0].text].joined()
                roles[men] = ColumnRole(label: label)
                roles[women] = .unknown
                found[men] = women
            }
            return found
        }
        return [:]
    }

    enum Sex { case men, women }

    /// `男`, `男性`, `女`, `女性` alone in a cell.
    static func sex(of text: String) -> Sex? {
        switch Normalized.compact(text) {
        case "男", "男性": .men
        case "女", "女性": .women
        default: nil
        }
    }
}
