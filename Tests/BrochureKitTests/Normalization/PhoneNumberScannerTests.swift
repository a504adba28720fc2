import Testing
@testable import BrochureKit

/// `PhoneNumber`'s backtracking scanner against the regular expression it replaced.
@Suite("Phone-number scanner matches the old regex")
struct PhoneNumberScannerTests {
    nonisolated(unsafe) static let oracle = #/(?<number>(?:\+81[ -]?)?\(?0?[0-9]{1,4}(?:(?:\s?[-ー.()]\s?|\s)[0-9]{1,4}){1,2}(?:\s?[-ー.()]\s?|\s)[0-9]{3,4})(?![0-9])(?:\s*\((?<note>直通|代表|内線\s*[0-9]+|夜間|FAX|fax|Fax|携帯|受付)\))?/#

    static let tricky = [
        "03-5253-5069", "03-5253-5069(直通)", "03 - 5253 - 5069", "03ー5253ー5069", "03.5253.5069", "(03)5253-5069", "03(5253)5069",
        "03 5253 5069", "+81 3-5253-5069", "+81-3-5253-5069", "+813-5253-5069", "03-5253-50691", "03-5253-506", "0352535069",
        "03-5253-5069 (内線 123)", "03-5253-5069(内線)", "03-5253-5069(FAX)", "03-5253-5069(fax)(直通)", "03-5253-5069  (代表)",
        "TEL 03-5253-5069 FAX 03-5253-5072", "03-5253-5069、03-5253-5072(直通)", "1-2-3-4-5-6-7-8", "12345-6789-0123-4567",
        "0120-12-3456", "03-1234-56789-0", "03\r\n5253\r\n5069", "03-5253-5069(直通", "03-5253-0\u{301}069", "(((03)))5253-5069",
        "03- -5253-5069", "03 -5253- 5069", "+81 (3) 5253-5069", "03-5253-5069)", "099-9999-9999-9999",
    ]

    static let alphabet = ["0", "3", "5", "9", "03", "5253", "5069", "123", "-", "ー", ".", "(", ")", " ", "+81", "直通", "内線", "FAX",
                           "Fax", "受付", "(直通)", "(内線12)"]

    static let slots: [[String]] = [
        ["", "TEL", "1"], ["", "+81", "+81 ", "+81-"], ["", "("], ["", "0"], ["3", "03", "123", "12345"], ["-", " ", " - ", "ー", ")", "."],
        ["5253", "52", "12345"], ["", "-", " ", "( ", ")"], ["", "5069", "12"], ["-", " ", "."], ["5069", "50", "50691", "123"],
        ["", " ", "  "], ["", "(直通)", "(内線 12)", "(内線)", "(FAX)", "(携帯", "(受付)"], ["", "、03-1234-5678"],
    ]

    static func agrees(_ text: String) -> Bool {
        ScannerOracle.agree(whole: try? oracle.wholeMatch(in: text), PhoneNumber.wholeShape(text[...]),
                            all: text.matches(of: oracle), PhoneNumber.shapes(in: text[...]), same: same)
    }

    static func same(_ old: Regex<(Substring, number: Substring, note: Substring?)>.Match, _ new: PhoneNumber.Shape) -> Bool {
        old.range == new.range && ScannerOracle.same(old.output.number, new.number) && ScannerOracle.same(old.output.note, new.note)
    }

    @Test("The scanner agrees with the regex on tricky and generated inputs")
    func agreement() {
        let texts = ScannerOracle.strings(Self.alphabet, count: 3000, maximumTokens: 12, seed: 16)
            + ScannerOracle.structured(Self.slots, count: 5000, seed: 16)
        ScannerOracle.expectAgreement(tricky: Self.tricky, generated: texts, Self.agrees, matching: { !$0.matches(of: Self.oracle).isEmpty }, atLeast: 300)
    }
}
