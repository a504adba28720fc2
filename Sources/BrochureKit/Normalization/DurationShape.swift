/// The parts of a duration cell, found by a scanner instead of the regular expression
/// `^(?<about1>約)?\s*(?<low>[0-9.〇一…十百]+|半|数)?\s*(?<lowUnit>日間?|週間?|か月間?|…|年間?)?(?<lowHalf>半)?`
/// `\s*(?:(?:~|-|から)\s*(?<about2>約)?\s*(?<high>[0-9.〇一…十百]+|半)?\s*(?<highUnit>…)(?<highHalf>半)?)?`
/// `\s*(?<suffix>程度|前後|ほど|くらい|ぐらい|以内|以上|未満|まで)?$`, whose first-use parse alone
/// cost 5.4 M instructions, the dearest of the normalisers' literals.
///
/// Taking each part greedily gives the regex's answer: no part can match what a later one
/// would need (a numeral run is followed by no numeral, a unit by no unit letter, `から` is no
/// unit because `か月` needs its `月`), and where `半` could be `low` or `lowHalf`, `low` is tried
/// first by the regex too and leaves every way on open that `lowHalf` would.
struct DurationShape: Sendable {
    var about1: Substring?
    var low: Substring?
    var lowUnit: Substring?
    var lowHalf: Substring?
    var about2: Substring?
    var high: Substring?
    var highUnit: Substring?
    var highHalf: Substring?
    var suffix: Substring?

    private static let numerals = "0123456789.〇一二三四五六七八九十百"
    /// In the regex's alternation order (`ヶ月間?` before `ヶ年`; none is a prefix of another
    /// except through the optional 間, which is taken greedily as `間?` was).
    private static let units = ["日間", "日", "週間", "週", "か月間", "か月", "ヶ月間", "ヶ月", "ヵ月間", "ヵ月", "カ月間", "カ月",
                                "ケ月間", "ケ月", "箇月間", "箇月", "ヶ年", "カ年", "月間", "月", "年間", "年"]
    private static let suffixes = ["程度", "前後", "ほど", "くらい", "ぐらい", "以内", "以上", "未満", "まで"]

    /// The shape of the whole of `text`, or nil when it is not one.
    init?(_ text: Substring) {
        var scanner = TextScanner(text)
        func slice(_ range: Range<String.Index>?) -> Substring? { range.map { text[$0] } }
        about1 = slice(scanner.takeFirst(of: ["約"]))
        scanner.skipWhitespace()
        low = slice(scanner.run(where: TextScanner.isAny(of: Self.numerals)) ?? scanner.takeFirst(of: ["半", "数"]))
        scanner.skipWhitespace()
        lowUnit = slice(scanner.takeFirst(of: Self.units))
        lowHalf = slice(scanner.takeFirst(of: ["半"]))
        scanner.skipWhitespace()
        let beforeRange = scanner.position
        if scanner.takeFirst(of: ["~", "-", "から"]) != nil {
            scanner.skipWhitespace()
            about2 = slice(scanner.takeFirst(of: ["約"]))
            scanner.skipWhitespace()
            high = slice(scanner.run(where: TextScanner.isAny(of: Self.numerals)) ?? scanner.takeFirst(of: ["半"]))
            scanner.skipWhitespace()
            highUnit = slice(scanner.takeFirst(of: Self.units))
            if highUnit == nil {
                // The group is optional: without its unit it is not there at all.
                about2 = nil
                high = nil
                scanner.reset(to: beforeRange)
            } else {
                highHalf = slice(scanner.takeFirst(of: ["半"]))
            }
        }
        scanner.skipWhitespace()
        suffix = slice(scanner.takeFirst(of: Self.suffixes))
        guard scanner.isAtEnd else { return nil }
    }
}
