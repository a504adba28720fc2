import Testing

@testable import BrochureKit

/// Contacts squeezed into a narrow flap: an address broken at its `@`, the office's hours.
@Suite("Wrapped e-mails")
struct WrappedEmailsTests {
    static let box = Rect(x0: 0, y0: 0, x1: 10, y1: 10)

    @Test("An address broken at its @ over two lines is one address again, the local part no office", arguments: [
        ["ninyou", "@city.kumamoto.lg.jp"],
        ["ninyou@", "city.kumamoto.lg.jp"],
        ["E-mail:ninyou", "@city.kumamoto.lg.jp"],
        ["メールninyou", "@city.kumamoto.lg.jp"],
    ])
    func brokenAtTheAt(_ address: [String]) throws {
        let lines = ["人事委員会事務局", "任用調査課", "熊本市役所本庁舎10階", "☎096-328-2727"] + address
        let contact = try #require(ContactsParser.contact(label: "事務系", lines: lines, page: 1, box: Self.box))
        #expect(contact.emails == ["ninyou@city.kumamoto.lg.jp"])
        #expect(contact.office == "人事委員会事務局任用調査課")
    }

    @Test("Lines that only look like halves stay apart")
    func notHalves() {
        #expect(!WrappedEmails.joins("任用調査課", "@city.kumamoto.lg.jp"))
        #expect(!WrappedEmails.joins("Mail", "@city.kumamoto.lg.jp"))
        #expect(!WrappedEmails.joins("ninyou", "city.kumamoto.lg.jp"))
        #expect(!WrappedEmails.joins("ninyou@", "人事課"))
    }

    @Test("The office's hours under the last contact are no part of its office")
    func hoursAreNoOffice() throws {
        let lines = ["総務局行政管理部", "人事課人材育成班", "☎096-328-2035", "受付平日8:30~17:15"]
        let contact = try #require(ContactsParser.contact(label: "技術系", lines: lines, page: 1, box: Self.box))
        #expect(contact.office == "総務局行政管理部人事課人材育成班")
        #expect(ContactAsides.isHours("受付時間 平日9:00~17:00"))
        #expect(!ContactAsides.isHours("受付担当"))
    }
}
