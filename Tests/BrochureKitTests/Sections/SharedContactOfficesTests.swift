import Testing

@testable import BrochureKit

/// Offices listed one a line over a single phone / e-mail block (two desks braced to one
/// number): a contact each, at the shared numbers; an office wrapped over two lines stays one.
@Suite("Offices sharing one phone and e-mail")
struct SharedContactOfficesTests {
    typealias S = SidebarContactsAndRoutesTests
    typealias L = LooseLayoutsTests

    @Test("Two offices, each with its track in brackets, over one TEL / E-mail pair are two contacts at the same numbers")
    func trackedOfficesShareNumbers() {
        let contacts = ContactsParser().parse(L.part(.contacts, "お問い合わせ", [
            S.block(["史料編纂委員会事務局 総務課 人事係（事務系）", "史料編纂委員会事務局 情報管理室（技術系）"], y: 100),
            S.block(["受付時間 平日9:30～18:00"], y: 130),
            S.block(["TEL 03-3000-1234", "E-mail saiyo@example.go.jp"], y: 150),
        ]))
        #expect(contacts.map(\.office) == ["史料編纂委員会事務局総務課人事係(事務系)", "史料編纂委員会事務局情報管理室(技術系)"])
        #expect(contacts.map(\.track) == [.administrative, .technical])
        #expect(contacts.map { $0.phones.map(\.number) } == [["03-3000-1234"], ["03-3000-1234"]])
        #expect(contacts.map(\.emails) == [["saiyo@example.go.jp"], ["saiyo@example.go.jp"]])
    }

    @Test("Offices opening with the same body, with no track, share the numbers too; an office wrapped over two lines stays one")
    func sharedBodyAndWrappedOffice() {
        #expect(SharedContactOffices.offices(["標準研究所総務課", "標準研究所施設課", "TEL 03-3000-1234"]) == ["標準研究所総務課", "標準研究所施設課"])
        // The second line of one office opens with no body of its own and names no track.
        #expect(SharedContactOffices.offices(["標準研究所事務部総務課", "人事係", "TEL 03-3000-1234"]) == nil)
        let wrapped = ContactsParser().parse(L.part(.contacts, "採用に関するお問い合わせ", [
            S.block(["標準研究所事務部総務課", "人事係"], y: 100), S.block(["TEL 03-3000-1234"], y: 130),
        ]))
        #expect(wrapped.map(\.office) == ["標準研究所事務部総務課人事係"])
        // A line that is no office's whole name (a building in brackets, a sentence) splits nothing.
        #expect(SharedContactOffices.offices(["標準研究所総務課(本館3階)", "標準研究所施設課(技術系)", "TEL 03-3000-1234"]) == nil)
        #expect(SharedContactOffices.offices(["標準研究所総務課", "標準研究所までお気軽にどうぞ", "TEL 03-3000-1234"]) == nil)
        #expect(SharedContactOffices.offices(["標準研究所総務課", "TEL 03-3000-1234"]) == nil)
    }
}
