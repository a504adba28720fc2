#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The sections BrochureKit reads, and the heading words that open each, with the synonyms
/// other ministries use.
public enum SectionKind: String, Sendable, CaseIterable, Codable {
    case contacts
    case access
    case assignments
    case hiring
    case examBreakdown
    case initiatives
    case supportSystems
    case training

    /// Checked in this order: `試験区分` before `採用`, `両立支援` before `働き方`, `採用見込み` after all.
    private static let vocabulary: [(SectionKind, [String])] = [
        (.examBreakdown, ["試験区分", "試験の区分"]),
        (.contacts, ["採用窓口", "問い合わせ", "問合せ", "お問合せ", "連絡先", "採用担当"]),
        (.access, ["アクセス", "交通案内", "所在地", "案内図", "行き方", "行けば", "最寄り駅"]),
        // (A police force places its first-year staff: `初任配置`, `配置実績`.)
        (.assignments, ["配属実績", "配属状況", "配属先", "後の配属", "に配属", "者の配属", "初任配置", "配置実績"]),
        (.hiring, ["採用実績", "採用状況", "採用者数", "入省者数", "入庁者数", "採用人数"]),
        // (The two kinds of care named as a pair, `子育て・介護の支援`, head the leave for them;
        // so does the support for raising children, `子育て支援` or `子育て応援制度`, a hospital's nursery and hours.)
        (.supportSystems, ["両立支援", "支援制度", "両立", "支える制度", "子育て・介護", "育児・介護", "子育て支援", "育児支援", "子育て応援", "応援制度"]),
        (.initiatives, ["働き方", "取組", "取り組み", "働きやすい", "柔軟に働", "職場づくり", "働く環境", "職場環境", "ワークライフバランス", "ワーク・ライフ・バランス"]),
        (.training, ["研修"]),
        // Asked last: a heading naming hiring figures too (`採用実績・採用見込み`) is theirs.
        // Alone, the hires expected from the coming exams, told by category (`採用見込み`).
        (.examBreakdown, ["採用見込み"]),
    ]

    /// The section a heading opens, or nil for any other heading.
    ///
    /// Numbering (`1.`, `２　`), brackets (`【…】`) and a `【参考】` prefix are ignored; a
    /// heading longer than 30 characters is a sentence, not a section title.
    public static func opened(by heading: String) -> SectionKind? {
        // (Every cell of a dense table comes here: most carry none of the words' first letters.)
        guard heading.unicodeScalars.contains(where: mayOpen) else { return nil }
        // A breadcrumb (`働く環境 ＞ 仕事と家庭の両立支援`) is the section its last step names,
        // when that names one (`お問い合わせ ＞ ご質問はお気軽に` is the first step's).
        if let step = lastCrumb(heading), heading.unicodeScalars.count <= 40, let kind = opened(by: step) { return kind }
        let title = Array(strippedTitle(heading).unicodeScalars)
        guard !title.isEmpty, title.count <= 30 else { return nil }
        if title.contains("と"), let lead = Self.pairLead(title) { return lead }
        for (kind, words) in scalarVocabulary where words.contains(where: { contains(title, $0) }) {
            // A department named after the support it gives (`子育て支援部`, a table's cell) heads none;
            // nor one named after the training it runs (`研修事業課`, a unit in an assignment table).
            if kind == .supportSystems || kind == .training, let last = title.last, unitEndings.contains(last) { return nil }
            // A unit note (`総合職の採用者数（年度別）（単位：人）`) captions a table; no heading carries one.
            return contains(title, unitNote) || contains(title, unitNoteWide) ? nil : kind
        }
        // `採用予定` alone heads the hires planned by exam; inside a longer text (a table's
        // `採用予定数` column, `採用予定者の…`) it names no section.
        // (So does `採用予定（大学卒業程度）`: the word and the exam it is for, in brackets.)
        // Two topics joined by `・` (`配属・採用予定 ASSIGNMENT & 2026`): each a word of its own,
        // so the first, a one-word heading (`配属`), opens its section.
        if let lead = Self.compoundLead(title) { return lead }
        // `採用予定数` numbered as a panel's or a chapter's title (`01 採用予定数`): no column
        // label is numbered.
        let numbered = heading.unicodeScalars.first.map(TableDetector.isDigit) == true && title.elementsEqual("採用予定数".unicodeScalars)
        if numbered || title.elementsEqual("採用予定".unicodeScalars) || Self.bracketedAfter("採用予定", title) || Self.namesPlannedHires(title)
            || Self.byCategory(title) { return .examBreakdown }
        // (The string is built only for a title starting as one of them does: a dense table's
        // short cells all come here, and building it cost some 4,000 instructions a cell.)
        guard title.count <= 5, shortWordStarts.contains(title[0]) else { return nil }
        return shortWords[String(String.UnicodeScalarView(title))]
    }

    /// The last letters of a unit's name: a department, a division, an office, a section.
    private static let unitEndings: Set<Unicode.Scalar> = ["部", "課", "室", "係"]

    private static let shortWordStarts = Set(shortWords.keys.compactMap(\.unicodeScalars.first))

    /// Whether `scalar` can start a word that opens a section: every rule of `opened(by:)`
    /// asks for a heading word, a short word or `採用` in the title, and the title is the
    /// heading with marks, spaces and numbering taken out, so a heading without any of their
    /// first letters opens nothing.
    private static func mayOpen(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= lowestOpening && openingScalars.contains(scalar)
    }

    /// (Compared first, so that digits and Latin letters skip the hash.)
    private static let lowestOpening = openingScalars.map(\.value).min() ?? 0

    private static let openingScalars: Set<Unicode.Scalar> = Set(
        scalarVocabulary.flatMap { $0.1.compactMap(\.first) } + shortWordStarts + hireWord.prefix(1)
    )

    /// Whether a longer heading ends in the hires planned (`令和８年度採用予定`, `数字で見る
    /// 採用予定`, a Latin gloss after it: `PLAN 2026`), or names their numbers beside another
    /// topic (`選考日程と採用予定数`), or the year they are for (`令和８年度上級試験採用予定数`). A
    /// bare `採用予定数` is a table's column, not a heading.
    static func namesPlannedHires(_ title: [Unicode.Scalar]) -> Bool {
        // Every ending asked below has `採用` in it.
        guard contains(title, hireWord) else { return false }
        var end = title.endIndex
        // A gloss in Latin letters and digits after it (spaces are stripped from titles).
        while end > title.startIndex, case let last = title[end - 1], last.isASCII && (last.properties.isAlphabetic || ("0"..."9").contains(last) || last == " ") {
            end -= 1
        }
        // (The exam the hires are for in brackets after the words, `採用予定（総合職）`, is no part of them.)
        let head = end == title.endIndex ? Self.droppingExamNote(title) : Array(title[..<end])
        func ends(_ word: String) -> Bool {
            let w = Array(word.unicodeScalars)
            return head.count > w.count && Array(head.suffix(w.count)) == w
        }
        // (`採用予定数` after the year and the exam or post it is for, `令和8年度総合職採用予定数`,
        // heads them too; after the year alone it is a table's caption.)
        let year = Array("年度".unicodeScalars)
        let dated = head.indices.dropLast().contains { head[$0] == year[0] && head[$0 + 1] == year[1] && head.count - ($0 + 2) > 5 }
        // (`採用予定` alone with a gloss after it, `採用予定 RECRUITMENT 2026`, is the heading too.)
        let glossed = end < title.endIndex && head.elementsEqual("採用予定".unicodeScalars)
        // (A year's `採用計画`, `2026年度採用計画` (its number stripped as a heading's), is its
        // plan of hires by exam, as `採用予定` is.)
        return glossed || ends("採用予定") || ends("と採用予定数") || ends("・採用予定数") || (dated && ends("採用予定数")) || head.suffix(6).elementsEqual("年度採用計画".unicodeScalars)
    }

    /// Whether a heading names the planned hires told by exam category (`採用予定数（区分別）`,
    /// `区分別の採用予定`): the breakdown by category is the exam table's, whatever year
    /// goes before it (after the year alone, `採用予定数` would be a caption).
    static func byCategory(_ title: [Unicode.Scalar]) -> Bool {
        contains(title, byCategoryWord) && contains(title, plannedWord)
    }

    private static let byCategoryWord = Array("区分別".unicodeScalars)
    private static let plannedWord = Array("採用予定".unicodeScalars)
    private static let hireWord = Array("採用".unicodeScalars)

    /// Whether `title` is `word` and a note in brackets after it, nothing else.
    static func bracketedAfter(_ word: String, _ title: [Unicode.Scalar]) -> Bool {
        let head = Array(word.unicodeScalars)
        guard title.count > head.count + 2, Array(title.prefix(head.count)) == head, let open = title.dropFirst(head.count).first,
            let close = title.last, "(（".unicodeScalars.contains(open), ")）".unicodeScalars.contains(close)
        else { return false }
        return !title.dropFirst(head.count + 1).dropLast().contains { "()（）".unicodeScalars.contains($0) }
    }

    /// Words that head a section only when they are the whole heading: a brochure that titles
    /// its sections with one word beside an icon (`実績`, `配属`, `募集`, `働く`, `支える`,
    /// `学ぶ`, `訪ねる`), or with `人材育成` over its training. Inside a longer text they name
    /// nothing (`業務実績`, `募集要項`, a contact's `人事課 人材育成班`).
    static let shortWords: [String: SectionKind] = [
        "実績": .hiring, "配属": .assignments, "募集": .examBreakdown, "募集職種": .examBreakdown, "募集人員": .examBreakdown, "働く": .initiatives,
        "申込先": .contacts, "申込み先": .contacts, "庁舎案内": .access,
        // (A hospital bureau names the first post so; a longer heading with it, `最初の職場はどんなところ？`, is an interview's.)
        "最初の職場": .assignments,
        "支える": .supportSystems, "学ぶ": .training, "訪ねる": .access, "人材育成": .training,
    ]

    /// Whether `heading` carries one of `kind`'s words, whatever section it opens first
    /// (`お問い合わせ・アクセス` opens contacts and names access too).
    static func names(_ kind: SectionKind, _ heading: String) -> Bool {
        let title = Array(strippedTitle(heading).unicodeScalars)
        guard title.count <= 30 else { return false }
        return scalarVocabulary.contains { $0.0 == kind && $0.1.contains { contains(title, $0) } }
    }

    /// The heading word `title` ends in (`採用に関するお問い合わせ`, `本店へのアクセス`), if any:
    /// a title names its topic last, where a wrapped sentence's first line breaks wherever
    /// the width runs out.
    static func endingWord(_ title: String) -> String? {
        let scalars = Array(title.unicodeScalars)
        for (_, words) in scalarVocabulary {
            if let word = words.first(where: { scalars.count >= $0.count && scalars.suffix($0.count).elementsEqual($0) }) {
                return String(String.UnicodeScalarView(word))
            }
        }
        return nil
    }

    /// Whether `title` is one of the heading words itself (`採用実績`), not a text containing one.
    static func isWord(_ title: String) -> Bool {
        let stripped = strippedTitle(title)
        return vocabulary.contains { $0.1.contains(stripped) }
    }

    private static let unitNote = Array("単位:".unicodeScalars)
    private static let unitNoteWide = Array("単位：".unicodeScalars)

    /// The last step of a breadcrumb heading (`採用情報 ＞ 採用実績` → `採用実績`), or nil.
    /// A sentence pointing along a site's menus (`詳しくは市HP＞職員採用＞お問い合わせをご覧ください。`)
    /// is no breadcrumb. (Every text asked for its section comes here: scalars compared.)
    static func lastCrumb(_ heading: String) -> String? {
        // (A byte pass first: `>`, or the last byte of `＞`, `›` or `»`; most texts hold none.)
        guard heading.utf8.contains(where: { $0 == 0x3E || $0 == 0x9E || $0 == 0xBA || $0 == 0xBB }) else { return nil }
        let scalars = heading.unicodeScalars
        guard let mark = scalars.lastIndex(where: { $0 == ">" || $0 == "＞" || $0 == "›" || $0 == "»" }),
            !scalars.contains(where: { $0 == "。" || $0 == "、" || $0 == "「" })
        else { return nil }
        let step = String(scalars[scalars.index(after: mark)...]).trimmingWhitespace()
        return step.isEmpty ? nil : step
    }

    /// The section whose heading word `title` starts with (`採用実績総合職の…`), if any.
    /// (An honorific `お` or `ご` before the word is no part of it: `お問い合わせ…`.)
    static func startingWith(_ title: String) -> SectionKind? {
        // (Every table's first row is asked: scalars compared, not characters.)
        var scalars = Array(title.unicodeScalars.prefix(longestWord + 1))
        if let first = scalars.first, first == "お" || first == "ご" { scalars.removeFirst() } else { scalars = Array(scalars.prefix(longestWord)) }
        return scalarVocabulary.first { $0.1.contains { scalars.count >= $0.count && scalars.prefix($0.count).elementsEqual($0) } }?.0
    }

    private static let longestWord = scalarVocabulary.flatMap(\.1).map(\.count).max() ?? 0

    /// The vocabulary as scalars: every table cell on a page is asked, so the search is a
    /// plain scan rather than a locale-aware string search.
    private static let scalarVocabulary = vocabulary.map { ($0.0, $0.1.map { Array($0.unicodeScalars) }) }

    /// (A scan of the buffers, compared from the word's first scalar: every line of a document
    /// is asked for some forty words, and the generic slice comparison cost four times as much.)
    private static func contains(_ text: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
        let n = text.count, m = word.count
        guard m <= n else { return false }
        guard m > 0 else { return true }
        return text.withUnsafeBufferPointer { t in
            word.withUnsafeBufferPointer { w in
                let first = w[0]
                for start in 0...(n - m) where t[start] == first {
                    var k = 1
                    while k < m && t[start + k] == w[k] { k += 1 }
                    if k == m { return true }
                }
                return false
            }
        }
    }

    private static let titleMarks = Set("【】[]■□◆◇●○▶▼".unicodeScalars)

    static func strippedTitle(_ heading: String) -> String {
        var text = heading
        while text.unicodeScalars.contains("参"), let range = text.range(of: "【参考】") { text.removeSubrange(range) }
        // Every single-line block of a document is asked: a set lookup and the white-space
        // fast path of UnmappedText, not a scan of the marks and the property tables. Most
        // titles have nothing to drop and are kept as they are; otherwise the kept scalars are
        // written as UTF-8 bytes (`UnicodeScalarView.append` cost 430 instructions a scalar).
        func dropped(_ scalar: Unicode.Scalar) -> Bool {
            // The marks are ASCII brackets, 【】 and geometric shapes: other scalars skip the hash.
            let mark: Bool
            switch scalar.value {
            case 0x5B, 0x5D, 0x3010, 0x3011, 0x25A0...0x25FF: mark = titleMarks.contains(scalar)
            default: mark = false
            }
            return mark || UnmappedText.isWhitespace(scalar)
        }
        if text.unicodeScalars.contains(where: dropped) {
            var kept: [UInt8] = []
            kept.reserveCapacity(text.utf8.count)
            for scalar in text.unicodeScalars where !dropped(scalar) {
                UTF8.encode(scalar) { kept.append($0) }
            }
            text = String(decoding: kept, as: UTF8.self)
        }
        // Leading numbering: 1. / １． / (1) / ５ / ③ / Ⅲ
        while let first = text.unicodeScalars.first,
            TableDetector.isDigit(first) || ".．)）(（、".unicodeScalars.contains(first) || (0x2460...0x2473).contains(first.value)
                || (0x2160...0x217F).contains(first.value)
        {
            text.removeFirst()
        }
        // A chapter's or part's number (`第3章`, `第２部`): numbering too.
        if text.first == "第", let mark = text.dropFirst().firstIndex(where: { "章部節".contains($0) }),
            text[text.index(after: text.startIndex)..<mark].allSatisfy({ $0.isNumber }), text.distance(from: text.startIndex, to: mark) >= 2
        {
            text = String(text[text.index(after: mark)...])
        }
        return text
    }
}
