import Testing

@testable import BrochureKit

/// What a town's or a water utility's brochure prints otherwise than a ministry's: a city named
/// in kana, a station given by its distance, an address by its block (`6街区21号`), a support
/// section titled `子育て応援制度`.
@Suite("Town brochure words")
struct TownBrochureWordsTests {
    typealias L = LooseLayoutsTests

    @Test("A hiring office headed by a city named in kana from its start names that city", arguments: [
        ("ふじみ野市総務部職員課", "ふじみ野市"), ("さいたま市人事委員会事務局", "さいたま市"), ("つくば市総務部人事課", "つくば市"),
        ("いなべ市総務課", "いなべ市"), ("あなたの市役所総務課", nil), ("みんなで市政課", nil),
    ] as [(String, String?)])
    func kanaCity(_ office: String, _ expected: String?) {
        #expect(OrganizationFinder.municipality(heading: office) == expected)
    }

    @Test("A station given by its distance (`から約800m`, `約2.2km`) is a route's, without a walking time")
    func distanceRoutes() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒885-0073 宮崎県都城市姫城町6街区21号", x: 42, y: 100),
            L.block("JR日豊本線西都城駅から約800m", x: 42, y: 114), L.block("JR日豊本線都城駅から約2.2km", x: 42, y: 128),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.lines) \($0.walkMinutes ?? -1)" } == ["西都城 [\"日豊本線\"] -1", "都城 [\"日豊本線\"] -1"])
        #expect(access.address == "〒885-0073 宮崎県都城市姫城町6街区21号" || access.address == "宮崎県都城市姫城町6街区21号")
        #expect(access.building == nil)
        #expect(BareStation.givesDistance("駅から徒歩約500メートル") && !BareStation.givesDistance("駅から約") && !BareStation.givesDistance("駅から市役所まで"))
    }

    @Test("A block number (`6街区21号`, `第2地割`) is part of the address, no building", arguments: [
        ("宮崎県都城市姫城町6街区21号", "宮崎県都城市姫城町6街区21号"), ("岩手県北辰町第2地割15", "岩手県北辰町第2地割15"),
    ])
    func blockNumbers(_ line: String, _ address: String) {
        let split = AccessParser.splitAddress(line)
        #expect(split.0 == address && split.1 == nil)
    }

    @Test("`子育て応援制度` opens the support systems")
    func supportHeading() {
        #expect(SectionKind.opened(by: "子育て応援制度") == .supportSystems)
        #expect(SectionKind.opened(by: "■子育て応援") == .supportSystems)
    }

    @Test("A cohort named with a shortened era under the section's heading (`配属実績` / `令7年度採用者の配属先`) is read")
    func shortenedEraCohort() throws {
        let part = L.part(.assignments, "配属実績", [
            L.block("令7年度採用者の配属先", x: 42, y: 100), L.block("総務課　●", x: 42, y: 120), L.block("水道課　○○", x: 42, y: 134),
            L.block("●＝事務職1人 ○＝技術職1人", x: 42, y: 150),
        ])
        #expect(try #require(AssignmentsParser().parse(part)).cohortFiscalYear == 2025)
    }
}
