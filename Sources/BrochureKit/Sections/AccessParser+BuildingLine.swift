extension AccessParser {
    /// The words a building's name ends in (`さいたま新都心合同庁舎1号館`, `仙台第4合同庁舎`).
    static let buildingWords = ["庁舎", "号館", "ビル", "会館", "棟", "階"]

    /// The building named on the line under an address that names none (`〒330-9713 埼玉県…
    /// 新都心1-1` over `さいたま新都心合同庁舎1号館`): the address's second line, not a route's first.
    ///
    /// Straight under the address at its left edge or indented a little (set in from its postal
    /// code), in its type; short, ending in a building's
    /// word (`1号館` and `7階` too), and giving no time or phone: no route's line.
    static func building(under address: TextLine, _ next: TextLine) -> String? {
        let text = Normalized.text(next.text).trimmingWhitespace()
        let em = max(address.box.height, 1)
        guard next.box.x0 >= address.box.x0 - 0.5 * em, next.box.x0 <= address.box.x0 + 2 * em, next.box.y0 >= address.box.y1 - 1, next.box.y0 - address.box.y1 <= em,
            abs(next.fontSize - address.fontSize) <= 0.1 * address.fontSize,
            (2...25).contains(text.count), !text.contains("分"), !text.contains("TEL"),
            !text.contains(":"), !text.contains("〒"), !text.contains(" "),
            let first = text.first, !markers.contains(first), !operators.contains(where: { text.hasPrefix($0) }),
            buildingWords.contains(where: text.hasSuffix)
        else { return nil }
        return text
    }
}
