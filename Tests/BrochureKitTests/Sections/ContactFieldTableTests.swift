import Testing

@testable import BrochureKit

/// A contact set as a table of its means of contact, the office's cell spanning its rows.
@Suite("Contacts in a table of kinds and numbers")
struct ContactFieldTableTests {
    static func table(_ rows: [[String]]) -> Table {
        Table(box: Rect(x0: 310, y0: 240, x1: 530, y1: 300), columns: [310...400, 400...440, 440...530],
              rows: rows.map { $0.map { Table.Cell(text: $0, box: nil) } }, headerRowCount: 1)
    }

    @Test("Each row goes with the office standing nearest it; a fax is no phone")
    func spanningOffices() throws {
        let table = Self.table([
            ["担当", "種別", "番号"],
            ["", "TEL", "04994-5-0000"], ["北辰村総務課総務係", "FAX", "04994-5-0001"], ["", "E-mail", "saiyo@vill.example.jp"],
            ["", "TEL", "04994-5-1000"], ["北辰村教育委員会", "E-mail", "kyoiku@vill.example.jp"],
        ])
        let contacts = try #require(ContactFieldTable.contacts(table, page: 2, label: "お問い合わせ"))
        #expect(contacts.map(\.office) == ["北辰村総務課総務係", "北辰村教育委員会"])
        #expect(contacts.map { $0.phones.map(\.number) } == [["04994-5-0000"], ["04994-5-1000"]])
        #expect(contacts.map(\.emails) == [["saiyo@vill.example.jp"], ["kyoiku@vill.example.jp"]])
    }

    @Test("A table of contacts by subject, or one whose kinds name no means of contact, is none")
    func otherTables() {
        #expect(ContactFieldTable.contacts(Self.table([["区分", "担当", "連絡先"], ["採用試験", "人事委員会任用課", "TEL 076-000-0000"]]), page: 1, label: "お問い合わせ") == nil)
        #expect(ContactFieldTable.contacts(Self.table([["担当", "種別", "番号"], ["総務課", "事務", "3"]]), page: 1, label: "お問い合わせ") == nil)
    }
}

extension ContactFieldTableTests {
    typealias S = StandInsAndTitledDatesTests

    @Test("Read line by line, the table's header words are no part of the office")
    func headerWordsRead() {
        let part = SectionSegmenter.Part(kind: .contacts, heading: "お問い合わせ", headingSize: 12, blocks: [
            S.single("担当", y: 228), S.single("北辰総合事務所総務課", y: 252), S.single("種別", y: 228), S.single("番号", y: 228),
            S.single("TEL 04998-2-0000", y: 244), S.single("FAX 04998-2-0001", y: 260),
        ], page: 2)
        #expect(ContactsParser().parse(part).map(\.office) == ["北辰総合事務所総務課"])
    }
}
