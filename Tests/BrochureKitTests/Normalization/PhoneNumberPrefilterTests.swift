import Testing
@testable import BrochureKit

/// `PhoneNumber.all` scans only a text of ten ASCII digits or more, counted after normalising.
@Suite("Phone numbers are found only where ten digits are")
struct PhoneNumberPrefilterTests {
    /// Texts at the prefilter's boundary and the numbers `all` must find in them.
    static let cases: [(text: String, found: [String])] = [
        ("03-5253-5069", ["03-5253-5069"]),
        ("TEL:03-5253-5069(直通)", ["03-5253-5069"]),
        ("0120-12-345", []),
        ("03-5253-506", []),
        ("03-5253-50691", []),
        ("099-999-9999", ["099-999-9999"]),
        ("090-1234-56789", []),
        ("+81 3-5253-5069", ["03-5253-5069"]),
        ("+813-525-3506", []),
        // Full-width digits count once normalised to ASCII.
        ("０３－５２５３－５０６９", ["03-5253-5069"]),
        ("電話 ０３（５２５３）５０６９", ["03-5253-5069"]),
        // Digits spread over a line hold no number, though there are ten of them.
        ("〒100-8926 東京都千代田区霞が関2-1-2 中央合同庁舎", []),
        ("9:00～17:30 (12:00～13:00を除く)", []),
        ("人事課 採用担当", []),
    ]

    @Test("The numbers of a text are found when it has ten digits or more, none otherwise", arguments: cases)
    func found(_ text: String, _ numbers: [String]) throws {
        #expect(try PhoneNumber.all(in: text).map(\.formatted) == numbers)
    }

    @Test("Ten ASCII digits, and no fewer, let a text be scanned")
    func boundary() {
        #expect(PhoneNumber.mayHold("03-5253-5069"))
        #expect(!PhoneNumber.mayHold("03-5253-506"))
        #expect(!PhoneNumber.mayHold("０３－５２５３－５０６９"))
    }
}
