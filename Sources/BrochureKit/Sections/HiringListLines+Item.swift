extension HiringListLines {
    /// What was the regular expression
    /// `(?<track>事務系|技術系|合計|計)(?<count>[0-9]{1,4}名(?:\(うち女性[0-9]{1,4}名\))?)` matched at
    /// the start of `text` (`prefixMatch`): the track, the count and where the match ends.
    /// Greedy is its answer: the digits end before 名, and the bracket is whole or left out.
    static func item(at text: Substring) -> (track: Substring, count: Substring, end: String.Index)? {
        var scanner = TextScanner(text)
        guard let track = scanner.takeFirst(of: ["事務系", "技術系", "合計", "計"]) else { return nil }
        let countStart = scanner.position
        guard scanner.digits(1, 4) != nil, scanner.take("名") else { return nil }
        let afterCount = scanner.position
        if !(scanner.take("(うち女性") && scanner.digits(1, 4) != nil && scanner.take("名") && scanner.take(")")) {
            scanner.reset(to: afterCount)
        }
        return (text[track], text[countStart..<scanner.position], scanner.position)
    }
}
