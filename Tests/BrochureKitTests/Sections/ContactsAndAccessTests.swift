import Testing

@testable import BrochureKit

/// One heading over contacts and access together (`お問い合わせ・アクセス`): a table of offices,
/// then the address and the routes.
@Suite("Contacts and access under one heading")
struct ContactsAndAccessTests {
    typealias L = LooseLayoutsTests

    /// The heading, a contact table (one row per track), then the address and two routes.
    static func blocks(heading: String) -> [(page: Int, block: Block)] {
        let rows = [["区分", "担当", "電話"], ["事務系", "庶務部人事課採用係", "03-3581-5111（内線33620）"],
                    ["技術系", "管理部営繕課", "03-3581-5111（内線34150）"]]
        let contacts = ExamCellCountsTests.table(rows, xs: [40...80, 100...220, 240...380], y: 80, header: 1)
        return [
            L.block(heading, x: 40, y: 50, size: 12, kind: .heading), contacts,
            L.block("〒100-0014 東京都千代田区永田町1-7-1", x: 40, y: 160),
            L.block("●東京メトロ丸ノ内線・千代田線『国会議事堂前』駅 1番出口 徒歩約3分", x: 40, y: 172),
            L.block("●東京メトロ銀座線・南北線『溜池山王』駅 5番出口 徒歩約7分", x: 40, y: 184),
        ]
    }

    @Test("The heading opens both sections: the routes are read as access, the offices as contacts")
    func bothSections() throws {
        let parts = SectionSegmenterTests.parts(Self.blocks(heading: "第7章 お問い合わせ・アクセス"))
        #expect(parts.map(\.kind) == [.contacts, .access])
        let access = try #require(AccessParser().parse(parts[1]))
        #expect(access.routes.map(\.station) == ["国会議事堂前", "溜池山王"])
        // A heading naming contacts alone opens access only for the address and routes under it
        // (`SectionSegmenter.givesRoutes`): without routes, no access section.
        #expect(SectionSegmenterTests.parts(Self.blocks(heading: "お問い合わせ")).map(\.kind) == [.contacts, .access])
        #expect(SectionSegmenterTests.parts(Array(Self.blocks(heading: "お問い合わせ").prefix(3))).map(\.kind) == [.contacts])
    }

    @Test("A contact read from a table's row ends with the table: the address under it is not its office")
    func tableContactEndsWithTable() throws {
        let part = try #require(SectionSegmenterTests.parts(Self.blocks(heading: "お問い合わせ")).first)
        let found = ContactsParser().parse(part)
        #expect(found.map(\.office) == ["庶務部人事課採用係", "管理部営繕課"])
    }
}
