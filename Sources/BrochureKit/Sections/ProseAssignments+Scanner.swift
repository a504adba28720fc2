extension ProseAssignments {
    /// A phrase's match and its run of counts.
    struct Phrase {
        var range: Range<String.Index>
        var run: Substring
    }

    /// One count's match, its track word if any and its figure.
    struct Count {
        var range: Range<String.Index>
        var track: Substring?
        var n: Substring
    }

    /// Every match of what was the regular expression
    /// `には?(?<run>(?:(?:事務系?|技術系?)?[0-9]+[名人](?:と|、|・|及び)?)+)`, left to right and not
    /// overlapping, as `matches(of:)` found them.
    ///
    /// Greedy is the regex's answer: nothing follows the run, each count's digits end before
    /// its 名 or 人, and a track word with no digits after it fails the count either way.
    static func phrases(in text: Substring) -> [Phrase] {
        TextScanner(text).allMatches { (cursor) in
            let start = cursor.position
            guard cursor.take("に") else { return nil }
            cursor.take("は")
            let runStart = cursor.position
            while count(&cursor) != nil {
                _ = cursor.takeFirst(of: ["と", "、", "・", "及び"])
            }
            guard cursor.position > runStart else { return nil }
            return Phrase(range: start..<cursor.position, run: text[runStart..<cursor.position])
        }
    }

    /// Every match of what was `(?<track>事務系?|技術系?)?(?<n>[0-9]+)[名人]` in `text`, left to
    /// right and not overlapping.
    static func counts(in text: Substring) -> [Count] {
        TextScanner(text).allMatches(count)
    }

    /// One count at the cursor, stepped over; nil (the cursor unmoved) when there is none.
    private static func count(_ scanner: inout TextScanner) -> Count? {
        let start = scanner.position
        var track: Range<String.Index>?
        if let word = scanner.takeFirst(of: ["事務", "技術"]) {
            scanner.take("系")
            track = word.lowerBound..<scanner.position
        }
        guard let n = scanner.digits(), scanner.take(where: { $0 == "名" || $0 == "人" }) else {
            scanner.reset(to: start)
            return nil
        }
        return Count(range: start..<scanner.position, track: track.map { scanner.text[$0] }, n: scanner.text[n])
    }
}
