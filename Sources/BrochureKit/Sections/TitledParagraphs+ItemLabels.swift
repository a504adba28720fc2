/// An item's running label before its title: `取組1　テレワーク`, `POINT 2 フレックスタイム制`.
extension TitledParagraphs {
    /// `title` without a label word and its number set before the title proper, apart by a
    /// space or a colon; `title` as it was otherwise.
    ///
    /// A page that numbers its initiatives in words (`取組1`, `その2`, `Point 3`) sets the label
    /// on the title's line, as a plain number would be (`01 テレワーク`); the label names no
    /// initiative. Only with a number and a gap after it: `取組方針` or `その他の制度` are titles.
    static func withoutItemLabel(_ title: Substring) -> Substring {
        // (The first letter first: every title of every page passes here, and most open with none.)
        guard let first = title.unicodeScalars.first, labelStarts.contains(first),
            let word = itemLabels.first(where: { title.hasPrefix($0) })
        else { return title }
        let rest = title.dropFirst(word.count).drop { $0 == " " }
        let number = rest.prefix { ($0.isASCII && $0.isNumber) || $0.unicodeScalars.allSatisfy { (0x2460...0x2473).contains($0.value) } }
        let after = rest.dropFirst(number.count)
        guard !number.isEmpty, let gap = after.first, " \u{3000}:：.．".contains(gap) else { return title }
        let name = after.dropFirst().drop { $0 == " " || $0 == "\u{3000}" }
        return name.isEmpty ? title : name
    }

    /// The words a running label opens with.
    static let itemLabels = ["取組", "取り組み", "その", "POINT", "Point", "point", "CASE", "Case", "事例", "施策"]

    /// The first letters of `itemLabels`.
    private static let labelStarts: Set<Unicode.Scalar> = Set(itemLabels.compactMap(\.unicodeScalars.first))
}
