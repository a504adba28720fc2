#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a contact's lines say besides its office: the post a card recruits for, a topic labelling it, a fax number.
extension ContactsParser {
    /// The post a card's title says it recruits for (`裁判所事務官の採用`, `技術職員の採用`): a
    /// short line of a post naming a track, then `の採用`, all of it the contact's label. The
    /// post may be one the track words alone do not label (`…事務官`, `技術職員`); an office's
    /// name (`人事課の採用`) is none.
    static func recruitingPost(_ text: String) -> String? {
        let suffix = "の採用"
        guard text.hasSuffix(suffix) else { return nil }
        var post = String(text.dropLast(suffix.count))
        while let first = post.first, "【[〔〈《■◆●◇□○".contains(first) { post.removeFirst() }
        guard (2...12).contains(post.count), Track(label: post) != .other,
            !post.contains(where: { "課係室局部".contains($0) || $0.isNumber || $0 == " " })
        else { return nil }
        return post
    }

    /// A label for a contact that names no track: a table row's first cell, or a line set
    /// wholly in brackets (`【徳島での勤務について】`). Short, and no phone, address or field name.
    /// `alone`: the line is a block of its own, where a topic ending in `について` labels the
    /// contact under it without brackets (`試験・採用について`).
    static func otherLabel(_ text: String, inTable: Bool, alone: Bool = false) -> String? {
        var inner = text
        if let first = inner.first, let last = inner.last, "【[〔".contains(first), "】]〕".contains(last) {
            inner = String(inner.dropFirst().dropLast())
        } else if !inTable && !(alone && topicEndings.contains(where: { text.hasSuffix($0) })) {
            return nil
        }
        // (A topic in brackets may name a place at length: `【日本語国際センターでの勤務について】`.)
        guard !inner.isEmpty, inner.count <= 16 || inner.count <= 24 && topicEndings.contains(where: { inner.hasSuffix($0) }),
            !isFieldLabel(inner), !inner.contains("@"),
            !inner.unicodeScalars.contains(where: TableDetector.isDigit)
        else { return nil }
        return inner
    }

    /// A line opening with a short name in brackets and going on with an office's name
    /// (`【本部】管理室 人事係`, `【東京支部】総務課`): the bracket labels the contact (a site or
    /// desk, no track), the rest is its office. The office ends in an office's word and holds
    /// no figure or address, so a bracketed note before a phone or a sentence is none.
    static func bracketedLabel(_ text: String) -> (label: String, rest: String)? {
        guard let open = text.first, "【[〔".contains(open), let close = text.firstIndex(where: { "】]〕".contains($0) }) else { return nil }
        let inner = String(text[text.index(after: text.startIndex)..<close])
        let rest = String(text[text.index(after: close)...]).trimmingWhitespace()
        // (Figures are asked of the scalars: `Character.isNumber` holds for kanji numerals, `京` of `東京`.)
        let figure = { (text: String) in text.unicodeScalars.contains(where: TableDetector.isDigit) || text.contains("@") }
        guard (1...12).contains(inner.count), !figure(inner), !isFieldLabel(inner),
            (2...20).contains(rest.count), officeEndings.contains(where: { rest.hasSuffix($0) }),
            !figure(rest), !rest.contains(where: { "【[〔".contains($0) })
        else { return nil }
        return (inner, rest)
    }

    /// A line whose first run is a place's name set apart by a space from an office's
    /// (`鹿児島県 人事委員会事務局任用課`, the prefecture in another typeface before the
    /// office) as two lines, each compacted: set apart so, the name heads the office as on a
    /// card of its own line (`Contact.withoutPublisherLine` takes the publisher's off). Nil
    /// for any other line: a name run into its office (`埼玉県人事委員会事務局`) is left to
    /// `Contact.withoutPublisherLine`, which knows the publisher.
    static func placeApart(_ raw: String) -> [String]? {
        let text = Normalized.text(raw).trimmingWhitespace()
        // (Most lines have no space: asked of the scalars first, as neither is a `Character` of more than one.)
        guard text.unicodeScalars.contains(where: { $0 == " " || $0 == "\u{3000}" }),
            let space = text.firstIndex(where: { $0 == " " || $0 == "\u{3000}" }) else { return nil }
        let place = String(text[..<space])
        let office = Normalized.compact(String(text[space...]))
        guard (2...6).contains(place.count), let last = place.last, "都道府県市区町村".contains(last),
            place.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) || $0 == "ヶ" || $0 == "ケ" }),
            officeEndings.contains(where: { office.hasSuffix($0) }), !office.contains(where: { $0.isNumber || $0 == "@" })
        else { return nil }
        return [Normalized.compact(place), office]
    }

    /// The words a local government's seat is named by: `宮城県庁`, `堺市役所`, `町役場`.
    private static let seatEndings = ["都庁", "道庁", "府庁", "県庁", "市役所", "区役所", "町役場", "村役場"]

    /// A local government's seat named alone on a line (`宮城県庁`, `堺市役所`): a building, the
    /// place an office sits, never an office's name.
    static func isSeat(_ text: String) -> Bool {
        text.count <= 12 && seatEndings.contains { text.hasSuffix($0) } && !text.contains(where: \.isNumber)
    }

    /// The words an office's name ends in.
    static let officeEndings = ["課", "室", "局", "部", "係", "班", "センター", "担当", "グループ"]

    /// The words that end a contact's topic (`試験・採用について`, `職場に関すること`).
    static let topicEndings = ["について", "に関すること", "に関するお問い合わせ"]

    /// `line` without a FAX number and its label (`TEL 098-866-2174(内線3412) FAX 098-869-8976`
    /// → `TEL 098-866-2174(内線3412) `): a fax is no number to call. The number runs from the
    /// label to the next phone's label (`電話`, `TEL`), or to the end of the line. A label that
    /// shares its number with the phone's (`TEL・FAX 03-…`, no figure before it) stays.
    static func withoutFax(_ line: String) -> String {
        // (Most lines name no fax: one scan for its first letter before any search.)
        // (Asked of the scalars: none of these letters is a `Character` of more than one.)
        guard line.unicodeScalars.contains(where: { "FfＦフ".unicodeScalars.contains($0) }) else { return line }
        var text = line
        for label in ["FAX", "Fax", "fax", "ＦＡＸ", "ファクス", "ファックス"] {
            var from = text.startIndex
            while let range = text[from...].range(of: label) {
                let before = text[..<range.lowerBound]
                guard before.isEmpty || before.contains(where: \.isNumber) else {
                    from = range.upperBound
                    continue
                }
                let rest = text[range.upperBound...]
                let end = ["TEL", "Tel", "tel", "ＴＥＬ", "電話"].compactMap { rest.range(of: $0)?.lowerBound }.min() ?? text.endIndex
                let offset = text.distance(from: text.startIndex, to: range.lowerBound)
                text.removeSubrange(range.lowerBound..<end)
                from = text.index(text.startIndex, offsetBy: offset)
            }
        }
        return text
    }
}
