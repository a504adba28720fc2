extension BulletedAssignments {
    /// Scanners for the four whole-text forms of an entry's counts, in place of the regular
    /// expressions they replaced (3.4 M instructions to parse at first use between them).
    /// Each is greedy, as the regex's answer is: every run ends before a character only the
    /// next part can take, and the text must end after the last.
    enum Forms {
        private static let numerals = "0123456789〇一二三四五六七八九十百"
        private static let dashes = "-‐―−ー－"

        /// `(?<count>[0-9〇一…十百]+)[名人]\((?<track>[^()]+)\)`: `2名(事務系)`.
        static func countThenTrack(_ text: Substring) -> (count: Substring, track: Substring)? {
            var scanner = TextScanner(text)
            guard let count = scanner.run(where: TextScanner.isAny(of: numerals)), scanner.take(where: isPerson), scanner.take("("),
                  let track = scanner.run(where: { $0 != "(" && $0 != ")" }), scanner.take(")"), scanner.isAtEnd
            else { return nil }
            return (text[count], text[track])
        }

        /// `(?<track>[^0-9〇一…十百]+)(?<count>[0-9〇一…十百]+)[名人]`: `事務系1名`.
        static func trackThenCount(_ text: Substring) -> (track: Substring, count: Substring)? {
            var scanner = TextScanner(text)
            let isNumeral = TextScanner.isAny(of: numerals)
            guard let track = scanner.run(where: { !isNumeral($0) }), let count = scanner.run(where: isNumeral),
                  scanner.take(where: isPerson), scanner.isAtEnd
            else { return nil }
            return (text[track], text[count])
        }

        /// `(?<track>事務|技術)系?(?<count>[0-9]{1,4})`: `事務系3`.
        static func trackLabelCount(_ text: Substring) -> (track: Substring, count: Substring)? {
            var scanner = TextScanner(text)
            guard let track = trackWord(&scanner), let count = scanner.digits(1, 4), scanner.isAtEnd else { return nil }
            return (text[track], text[count])
        }

        /// `(事務|技術)系?([0-9]{1,4}|[-‐―−ー－])` twice: `事務3技術-`.
        static func spacedPair(_ text: Substring) -> (Substring, Substring, Substring, Substring)? {
            var scanner = TextScanner(text)
            guard let first = trackWord(&scanner), let firstCount = countOrDash(&scanner),
                  let second = trackWord(&scanner), let secondCount = countOrDash(&scanner), scanner.isAtEnd
            else { return nil }
            return (text[first], text[firstCount], text[second], text[secondCount])
        }

        /// `(事務|技術)系?`: the track word's range.
        private static func trackWord(_ scanner: inout TextScanner) -> Range<String.Index>? {
            guard let word = scanner.takeFirst(of: ["事務", "技術"]) else { return nil }
            scanner.take("系")
            return word
        }

        /// `[0-9]{1,4}|[-‐―−ー－]`.
        private static func countOrDash(_ scanner: inout TextScanner) -> Range<String.Index>? {
            scanner.digits(1, 4) ?? scanner.run(1, 1, where: TextScanner.isAny(of: dashes))
        }

        /// `[名人]`.
        private static func isPerson(_ character: Character) -> Bool {
            character == "名" || character == "人"
        }
    }
}
