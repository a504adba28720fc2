/// Offices listed one a line over a single phone / e-mail block that they share.
///
/// A brochure may join two desks to one number (`…事務局総務課人事係（事務系）` and `…事務局
/// 情報管理室（技術系）`, braced to one `TEL` / `E-mail` pair): each line names an office whole,
/// and each is reached at the same numbers. Read as the lines of one office, the names run
/// together into a name no one answers to. An office wrapped over two lines is told apart:
/// its second line neither carries a track of its own in brackets nor opens again with the
/// body the first opens with.
enum SharedContactOffices {
    /// The offices named one a line among `lines` (compacted) before the first phone or
    /// e-mail, when there are two or more and each line is an office's whole name (ending in an
    /// office's word, a track in brackets after it or not) and either every line carries its
    /// track in brackets or all open with the same body (three characters or more in common).
    static func offices(_ lines: [String]) -> [String]? {
        let named = lines.prefix { !ContactsParser.isNumberOrAddress($0) }.filter { !isAside($0) }
        guard named.count >= 2, named.allSatisfy({ isWholeOffice($0) }) else { return nil }
        let tracked = named.allSatisfy { track(of: $0) != nil }
        return tracked || sharedOpening(named) >= 3 ? Array(named) : nil
    }

    /// The track an office's line names in the brackets that end it (`情報管理室(技術系)`).
    static func track(of line: String) -> Track? {
        guard let inner = bracketed(line)?.inner else { return nil }
        let track = Track(label: inner)
        return track == .other ? nil : track
    }

    /// A line beside the offices that names none: office hours, a note, a field's label.
    private static func isAside(_ line: String) -> Bool {
        ContactAsides.isHours(line) || ContactAsides.isNote(line) || ContactsParser.isFieldLabel(line)
            || ContactsParser.isKicker(line) || !line.contains(where: { $0.isLetter })
    }

    /// A run of kanji and katakana ending in the word for a desk (`課`, `係`, `室`, `センター`),
    /// with at most a track in brackets after it.
    static func isWholeOffice(_ line: String) -> Bool {
        var name = line
        if let split = bracketed(line) {
            guard Track(label: split.inner) != .other else { return false }
            name = split.name
        }
        return (4...30).contains(name.count) && name.unicodeScalars.allSatisfy(CoverTitle.isNameScalar)
            && deskWords.contains { name.hasSuffix($0) }
    }

    /// The words a desk's name ends in.
    static let deskWords = ["課", "係", "室", "局", "部", "班", "担当", "センター", "グループ", "チーム", "窓口", "事務所"]

    /// `line` as the name before a last pair of brackets and what they hold, when it ends in one.
    private static func bracketed(_ line: String) -> (name: String, inner: String)? {
        guard line.hasSuffix(")"), let open = line.lastIndex(of: "("), open > line.startIndex else { return nil }
        return (String(line[..<open]), String(line[line.index(after: open)..<line.index(before: line.endIndex)]))
    }

    /// How many characters all of `lines` open with.
    private static func sharedOpening(_ lines: [String]) -> Int {
        guard let first = lines.first else { return 0 }
        var count = 0
        for (i, character) in first.enumerated() {
            guard lines.allSatisfy({ $0.count > i && $0[$0.index($0.startIndex, offsetBy: i)] == character }) else { break }
            count += 1
        }
        return count
    }
}
