import Testing

@testable import BrochureKit

/// Contacts listed under their departments: a department's line, its offices indented under it.
@Suite("Contact tree")
struct ContactTreeTests {
    typealias L = LooseLayoutsTests

    static let tree: [(page: Int, block: Block)] = [
        L.block("庶務部 人事課（分館3階）", x: 46, y: 100),
        L.block("任用係（事務系の採用・試験）", x: 54, y: 118, size: 8),
        L.block("TEL　03-5521-7480", x: 66, y: 131), L.block("E-mail　jinji-saiyo@sangiin.go.jp", x: 66, y: 143),
        L.block("研修係（説明会・インターンシップ）", x: 54, y: 159, size: 8),
        L.block("TEL　03-5521-7482", x: 66, y: 172), L.block("E-mail　kensyu-info@sangiin.go.jp", x: 66, y: 184),
        L.block("管理部 営繕課（議事堂地下1階）", x: 46, y: 200),
        L.block("技術系採用担当（電気・電子・機械・建築）", x: 54, y: 218, size: 8),
        L.block("TEL　03-5521-7617", x: 66, y: 231), L.block("E-mail　eizen-saiyo@sangiin.go.jp", x: 66, y: 243),
        L.block("ある職員の一日", x: 54, y: 290, size: 10),
    ]

    @Test("Each office under a department is a contact named by both; the department's floor is its location, the office's remark its scope")
    func departmentsAndOffices() {
        let found = ContactsParser().parse(L.part(.contacts, "お問い合わせ", Self.tree))
        #expect(found.map(\.office) == ["庶務部人事課 任用係", "庶務部人事課 研修係", "管理部営繕課 技術系採用担当"])
        #expect(found.map(\.location) == ["分館3階", "分館3階", "議事堂地下1階"])
        #expect(found.map(\.track) == [.administrative, .administrative, .technical])
        #expect(found.map(\.specialty) == ["事務系の採用・試験", "説明会・インターンシップ", "電気・電子・機械・建築"])
        #expect(found.map { $0.phones.map(\.number) } == [["03-5521-7480"], ["03-5521-7482"], ["03-5521-7617"]])
        #expect(found.map(\.emails) == [["jinji-saiyo@sangiin.go.jp"], ["kensyu-info@sangiin.go.jp"], ["eizen-saiyo@sangiin.go.jp"]])
    }

    @Test("A track's label over an indented office is no department: the contacts are read by their labels")
    func labelsAreNoDepartments() {
        let part = L.part(.contacts, "お問い合わせ", [
            L.block("■事務系", x: 40, y: 100), L.block("総務部人事課", x: 50, y: 112), L.block("TEL 03-1234-5678", x: 50, y: 124),
            L.block("■技術系", x: 40, y: 140), L.block("総務部施設課", x: 50, y: 152), L.block("TEL 03-1234-5679", x: 50, y: 164),
        ])
        #expect(ContactTree.contacts(part) == nil)
        #expect(ContactsParser().parse(part).map(\.office) == ["総務部人事課", "総務部施設課"])
    }

    @Test("A postal address under the last contact, and the routes after it, are no part of its office; a building's field name is none of its location")
    func addressEndsOffice() throws {
        let found = ContactsParser().parse(L.part(.contacts, "お問い合わせ・アクセス", [
            L.block("【技術職】総務本部人事部技術職員採用担当", x: 40, y: 100),
            L.block("TEL：029-862-6325", x: 48, y: 112), L.block("Mail：gijutsu-saiyo-ml@aist.go.jp", x: 48, y: 124),
            L.block("所在地 つくば中央第1 本部・情報棟", x: 40, y: 136),
            L.block("〒305-8560 茨城県つくば市梅園1-1-1", x: 40, y: 148),
            L.block("▶つくばエクスプレスつくば駅 A3出口バス約10分", x: 44, y: 160),
        ]))
        let contact = try #require(found.first)
        #expect(contact.office == "総務本部人事部技術職員採用担当")
        #expect(contact.location == "つくば中央第1本部・情報棟")
    }
}
