import Testing

@testable import BrochureKit

/// The scalar-level shortcuts taken for speed answer as the character-level rules they replaced,
/// which are written out here as the reference.
@Suite("Scalar shortcuts")
struct ScalarShortcutTests {
    static let texts = [
        "", " ", "12", "１２３", "55（20）", "令和6年度", "採用実績", "採用実績総合職の推移", "【採用窓口】", "お問い合わせ",
        "研修制度", "採用に関するお問い合わせ", "本店へのアクセス", "3 4 5", "About us", "Recruitment 2026", "ａｂｃ",
        "令和8年度採用予定数", "2026年度採用予定数（大学卒業程度）", "採用予定数", "年度採用予定数", "子が3歳に達するまで",
        "約１～２年", "三か月", "統一", "半年", "■採用実績", "◆研修制度", "＜配属実績＞", "■ 採用実績。", "TEL", "【TEL】",
        "e-mail：", "メールアドレス", "Ｅ-mail", "担当課：", "tel 03", "1.2 採用者数の推移", "採用予定 令和8年度",
        "é", "e\u{301}", "採用\u{3099}実績", "A\u{30A}B",
        // At the longest field label's length, marks aside, and one past it.
        "e-mailアドレス", "【 E-MAILアドレス 】", "e-mailアドレスx", "[e-mail:アドレス]", "電話番号：03",
        // Brackets, one with a mark over it (no bracket `Character`).
        "050-1(研究開発部", "門)", "(内線2)", "((a)", "(\u{301}a)", "a(\u{20DD}",
    ]

    @Test(arguments: texts)
    func numericCells(_ text: String) {
        let scalars = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        let digits = scalars.filter(TableDetector.isDigit).count
        #expect(TableDetector.isNumeric(text) == (digits > 0 && (scalars.count <= 8 || digits * 10 >= scalars.count * 3)))
    }

    @Test(arguments: texts)
    func sectionWordsStandAtTheirEnd(_ text: String) {
        // A word found at an end is there, character for character.
        if let ending = SectionKind.endingWord(text) { #expect(text.hasSuffix(ending)) }
        if let kind = SectionKind.startingWith(text) { #expect(SectionKind.names(kind, text) || text.count > 30) }
    }

    @Test func sectionWordsAreFoundWhereTheyStand() {
        #expect(SectionKind.startingWith("採用実績総合職の推移") == .hiring)
        #expect(SectionKind.startingWith("研修制度について") == .training)
        #expect(SectionKind.startingWith("総合職の採用実績") == nil)
        #expect(SectionKind.endingWord("採用に関するお問い合わせ") == "問い合わせ")
        #expect(SectionKind.endingWord("本店へのアクセス") == "アクセス")
        #expect(SectionKind.endingWord("アクセスの方法") == nil)
        #expect(SectionKind.endingWord("") == nil && SectionKind.startingWith("") == nil)
    }

    @Test(arguments: texts)
    func fieldLabels(_ text: String) {
        let stripped = text.lowercased().filter { !"【】[]:： ".contains($0) }
        let labels = [
            "tel", "fax", "e-mail", "email", "mail", "電話", "メール", "ファックス", "区分", "担当", "担当課", "所在", "所在地", "住所", "連絡先",
            "代表", "直通", "代表電話", "直通電話", "電話番号", "メールアドレス", "e-mailアドレス", "fax番号",
        ]
        #expect(ContactsParser.isFieldLabel(text) == labels.contains(stripped))
    }

    @Test(arguments: texts)
    func bracketsLeftOpen(_ text: String) {
        #expect(ContactsParser.opens(text) == text.filter { $0 == "(" }.count - text.filter { $0 == ")" }.count)
    }

    @Test(arguments: texts)
    func latinBlocks(_ text: String) {
        let line = TextLine(text: text, box: Rect(x0: 0, y0: 0, x1: 100, y1: 10), fontSize: 10, isBold: false, orientation: .horizontal)
        let block = Block(kind: .paragraph, box: line.box, lines: [line])
        let scalars = text.unicodeScalars
        let reference = scalars.contains { $0.properties.isAlphabetic && $0.isASCII } && !scalars.contains { Script.isCJK($0) }
        #expect(ReadingOrder.isLatin(block) == reference)
    }

    @Test(arguments: texts + ["\u{3000}採用実績\u{3000}", "\u{A0}TEL\u{2003}", "\n令和6年度\t", "\u{85}x\u{2028}"])
    func trimmedTexts(_ text: String) {
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        #expect(text.trimmingWhitespace() == String(String.UnicodeScalarView(scalars)))
    }

    /// The first-scalar filter in front of the one-word headings lets every one of them through.
    @Test func oneWordHeadings() {
        for (word, kind) in SectionKind.shortWords {
            #expect(SectionKind.opened(by: word) == kind)
            #expect(SectionKind.opened(by: "■" + word) == kind)
        }
        #expect(SectionKind.opened(by: "実績値") == nil)
        #expect(SectionKind.opened(by: "12") == nil)
    }

    @Test func datedPlanCaptions() {
        #expect(SectionSegmenter.isDatedPlan("令和8年度採用予定数"))
        #expect(SectionSegmenter.isDatedPlan("2026年度 採用予定数（大学卒業程度）"))
        #expect(!SectionSegmenter.isDatedPlan("採用予定数"))
        #expect(!SectionSegmenter.isDatedPlan("年度採用予定数"))
        #expect(!SectionSegmenter.isDatedPlan("総合職採用予定数"))
        // Full-width figures and an ideographic space, normalised after the `数` check.
        #expect(SectionSegmenter.isDatedPlan("令和８年度\u{3000}採用予定数"))
        #expect(!SectionSegmenter.isDatedPlan("令和８年度\u{3000}採用予定"))
    }
}
