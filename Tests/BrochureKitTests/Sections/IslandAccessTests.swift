import Testing

@testable import BrochureKit

/// An island's brochure: reached by air and by sea, its town named on the cover only in a picture.
@Suite("Island offices: airports and ports as stations, the town at the head of its office")
struct IslandAccessTests {
    typealias L = LooseLayoutsTests
    typealias P = PublisherAndColophonTests

    @Test("An airport or a port opening a route is marked as its station; notes and stations stay as they are", arguments: [
        ("八丈島空港から車で約5分", "『八丈島空港』から車で約5分"), ("二見港から徒歩5分", "『二見港』から徒歩5分"),
        ("錆ヶ浜港から徒歩10分", "『錆ヶ浜港』から徒歩10分"),
        ("東京（竹芝）から大型客船で約10時間20分", "東京（竹芝）から大型客船で約10時間20分"),
        ("空港から徒歩5分", "空港から徒歩5分"), ("羽田空港から八丈島へ", "羽田空港から八丈島へ"),
        ("JR線『新港』駅から徒歩5分", "JR線『新港』駅から徒歩5分"),
        ("両津港より車で約20分", "『両津港』より車で約20分"), ("北辰バスターミナルより車で約15分", "『北辰バスターミナル』より車で約15分"),
        ("北辰ヘリポートから徒歩5分", "『北辰ヘリポート』から徒歩5分"), ("バスターミナルから徒歩5分", "バスターミナルから徒歩5分"),
        ("ヘリポートより徒歩5分", "ヘリポートより徒歩5分"),
    ])
    func marked(_ text: String, _ expected: String) {
        #expect(TerminalStop.marked(text) == expected)
    }

    @Test("Each airport or port line is a route of its own; a car's time is no walk")
    func routes() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒100-1498 東京都八丈町大賀郷2551-2", x: 42, y: 488),
            L.block("■八丈島空港から車で約5分", x: 42, y: 508),
            L.block("■底土港から徒歩10分", x: 42, y: 522),
            L.block("※東京（竹芝）から大型客船で約10時間20分", x: 42, y: 546),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.walkMinutes ?? -1)" } == ["八丈島空港 -1", "底土港 10"])
    }

    @Test("The municipality heading a contact's office publishes a brochure nothing else names", arguments: [
        ("八丈町総務課人事係", "八丈町"), ("北辰市総務局人事課", "北辰市"), ("人事局人事課", nil), ("総務課人事係", nil),
    ] as [(String, String?)])
    func municipality(_ office: String, _ expected: String?) {
        #expect(OrganizationFinder.municipality(heading: office) == expected)
    }

    @Test("The contact's town is the publisher only when the cover and the text name none")
    func publisherFromOffice() {
        var contact = P.contact("saiyo@town.example.tokyo.jp")
        contact.office = "北辰町総務課人事係"
        let pictureCover = P.cover(kicker: "RECRUIT 2026", title: "職員採用案内", body: ["島の暮らしを支える仕事です。"])
        #expect(OrganizationFinder.find(layout: pictureCover, contacts: [contact]) == "北辰町")
        let namedCover = P.cover(kicker: "RECRUIT 2026", title: "南辰村 職員採用案内", body: ["島の暮らしを支える仕事です。"])
        #expect(OrganizationFinder.find(layout: namedCover, contacts: [contact]) == "南辰村")
    }
}

extension IslandAccessTests {
    @Test("A route drawn as an arrow chain is read from its first place and its first leg", arguments: [
        ("神津島港→(徒歩約5分)→村役場", "『神津島港』から徒歩約5分"), ("北辰空港⇒(車約10分)⇒村役場", "『北辰空港』から車約10分"),
        ("北辰駅→(バス15分)→南辰停留所→(徒歩3分)→役場", "『北辰』駅からバス15分"),
        ("申込み→(審査)→合格発表", "申込み→(審査)→合格発表"), ("第1次試験→第2次試験", "第1次試験→第2次試験"),
    ])
    func arrowChain(_ text: String, _ expected: String) {
        #expect(ArrowRoute.marked(text) == expected)
    }

    @Test("A postal code over its address and each place over its arrow leg are joined")
    func placesOverTheirLegs() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒100-1399", x: 42, y: 480),
            L.block("東京都北辰村字南辰が沢", x: 42, y: 494),
            L.block("北辰港", x: 42, y: 508),
            L.block("→（徒歩 約10分）→ 村役場", x: 42, y: 522),
            L.block("北辰ヘリポート", x: 42, y: 536),
            L.block("→（徒歩 約5分）→ 村役場", x: 42, y: 550),
        ])))
        #expect(access.address == "東京都北辰村字南辰が沢")
        #expect(access.routes.map { "\($0.station) \($0.walkMinutes ?? -1)" } == ["北辰港 10", "北辰ヘリポート 5"])
    }

    @Test("A lone postal code is one, a code in a sentence or a phone number is not", arguments: [
        ("〒100-1399", true), ("〒 100-1399", true), ("〒100-13999", false), ("〒100-1399 東京都", false), ("100-1399", false),
    ])
    func postalCode(_ text: String, _ expected: Bool) {
        #expect(AccessParser.isPostalCode(text) == expected)
    }
}

extension IslandAccessTests {
    @Test("An arrow marking each route of a list joins no line to the one above")
    func arrowMarkers() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒100-8978 東京都千代田区霞が関3-1-1", x: 42, y: 480),
            L.block("→東京メトロ銀座線『虎ノ門』駅徒歩約5分", x: 42, y: 494),
            L.block("→東京メトロ丸ノ内線『霞ケ関』駅徒歩約7分", x: 42, y: 508),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.lines) \($0.walkMinutes ?? -1)" } == ["虎ノ門 [\"銀座線\"] 5", "霞ケ関 [\"丸ノ内線\"] 7"])
    }
}
