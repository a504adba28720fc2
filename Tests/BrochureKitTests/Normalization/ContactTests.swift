import Testing
@testable import BrochureKit

@Suite("Phone numbers and e-mail addresses")
struct ContactTests {
    static let phones: [(String, String, String, String?)] = [
        ("03-5253-5069", "0352535069", "03-5253-5069", nil),
        ("03-5253-5069（直通）", "0352535069", "03-5253-5069", "直通"),
        ("03-5253-5072（直通）", "0352535072", "03-5253-5072", "直通"),
        ("03-5253-5873（直通）", "0352535873", "03-5253-5873", "直通"),
        ("03-5253-5111（代表）", "0352535111", "03-5253-5111", "代表"),
        ("03－5253－5069", "0352535069", "03-5253-5069", nil), ("０３－５２５３－５０６９", "0352535069", "03-5253-5069", nil),
        ("03ー5253ー5069", "0352535069", "03-5253-5069", nil), ("03ｰ5253ｰ5069", "0352535069", "03-5253-5069", nil),
        ("03−5253−5069", "0352535069", "03-5253-5069", nil), ("03—5253—5069", "0352535069", "03-5253-5069", nil),
        ("03‐5253‐5069", "0352535069", "03-5253-5069", nil), ("03 5253 5069", "0352535069", "03-5253-5069", nil),
        ("03.5253.5069", "0352535069", "03-5253-5069", nil), ("(03)5253-5069", "0352535069", "03-5253-5069", nil),
        ("（03）5253-5069", "0352535069", "03-5253-5069", nil), ("+81-3-5253-5069", "0352535069", "03-5253-5069", nil),
        ("090-1234-5678", "09012345678", "090-1234-5678", nil), ("0120-123-456", "0120123456", "0120-123-456", nil),
        ("06-6123-4567（内線1234）", "0661234567", "06-6123-4567", "内線1234"),
        ("011-231-4111（代表）", "0112314111", "011-231-4111", "代表"),
        ("〇七五（七六一）四一八八", "0757614188", "075-761-4188", nil), ("〇三-五二五三-五〇六九", "0352535069", "03-5253-5069", nil),
    ]

    @Test("phone", arguments: phones)
    func phone(_ text: String, _ digits: String, _ formatted: String, _ note: String?) throws {
        #expect(try PhoneNumber.parse(text) == PhoneNumber(digits: digits, formatted: formatted, note: note))
    }

    static let notPhones: [String] = ["〇七五（七六一）四一八", "〇三-五二五三-五〇六十", "", "5253-5069", "03-5253", "2024-03-31", "55（20）", "00-1234-5678", "03-5253-50691234", "TEL"]

    @Test("not a phone", arguments: notPhones)
    func notPhone(_ text: String) {
        #expect(throws: NormalizationError.notAPhoneNumber(text)) { try PhoneNumber.parse(text) }
    }

    @Test func bothNumbersOfTheSeedLine() throws {
        let line = "　　　　　　　【TEL】03-5253-5069（直通）　03-5253-5072（直通）"
        #expect(try PhoneNumber.all(in: line) == [
            PhoneNumber(digits: "0352535069", formatted: "03-5253-5069", note: "直通"),
            PhoneNumber(digits: "0352535072", formatted: "03-5253-5072", note: "直通"),
        ])
        #expect(try PhoneNumber.all(in: "東京都千代田区霞が関２-１-２ 合同庁舎２号館").isEmpty)
    }

    @Test("A number spelt in kanji digits, as a vertical colophon prints it, is read after its label; years and counts in kanji are none")
    func kanjiDigits() throws {
        #expect(try PhoneNumber.all(in: "電話〇七五（七六一）四一八八").map(\.formatted) == ["075-761-4188"])
        #expect(PhoneNumber.withKanjiDigits("二〇二六年四月一日　電話〇七五（七六一）四一八八） 〇一二〇") == "二〇二六年四月一日　電話075（761）4188） 〇一二〇")
        #expect(PhoneNumber.withKanjiDigits("（〇七五）七六一・四一八八") == "（〇七五）七六一・四一八八", "a run opening with a bracket or parted by a dot is not read")
    }

    @Test("A neighbouring line given by its last group alone is a number of its own; other figures after a number are not")
    func abbreviatedNumbers() throws {
        #expect(try PhoneNumber.all(in: "TEL 092-725-3600・3609").map(\.formatted) == ["092-725-3600", "092-725-3609"])
        #expect(try PhoneNumber.all(in: "TEL 092-725-3600／3609、3610").map(\.formatted) == ["092-725-3600", "092-725-3609", "092-725-3610"])
        #expect(try PhoneNumber.all(in: "TEL 092-725-3600・36").map(\.formatted) == ["092-725-3600"])
        #expect(try PhoneNumber.all(in: "092-725-3600、092-725-3601").map(\.formatted) == ["092-725-3600", "092-725-3601"])
    }

    static let emails: [(String, String)] = [
        ("setsumeikai@soumu.go.jp", "setsumeikai@soumu.go.jp"), ("recruit_tech@ml.soumu.go.jp", "recruit_tech@ml.soumu.go.jp"),
        ("ｓｅｔｓｕｍｅｉｋａｉ＠ｓｏｕｍｕ．ｇｏ．ｊｐ", "setsumeikai@soumu.go.jp"), ("recruit(at)soumu.go.jp", "recruit@soumu.go.jp"),
        ("recruit[at]soumu.go.jp", "recruit@soumu.go.jp"), ("Recruit.Info@Example.CO.JP", "Recruit.Info@example.co.jp"),
        (" saiyo-info@mof.go.jp ", "saiyo-info@mof.go.jp"), ("a+b@x.jp", "a+b@x.jp"), ("jinji@pref.tokyo.lg.jp", "jinji@pref.tokyo.lg.jp"),
    ]

    @Test("e-mail", arguments: emails)
    func email(_ text: String, _ address: String) throws {
        #expect(try EmailAddress.parse(text).address == address)
    }

    static let notEmails: [String] = ["", "setsumeikai", "@soumu.go.jp", "a@b", "a..b@x.jp", "a@x.j", "e-mail"]

    @Test("not an e-mail", arguments: notEmails)
    func notEmail(_ text: String) {
        #expect(throws: NormalizationError.notAnEmailAddress(text)) { try EmailAddress.parse(text) }
    }

    @Test func emailOfTheSeedLine() throws {
        let found = try EmailAddress.all(in: "　　　　　　　【e-mail】recruit_tech@ml.soumu.go.jp")
        #expect(found.map(\.address) == ["recruit_tech@ml.soumu.go.jp"])
        #expect(found.first?.localPart == "recruit_tech")
        #expect(found.first?.domain == "ml.soumu.go.jp")
    }
}
