import Testing

@testable import BrochureKit

/// A station printed in 「」 as bus stops are (`…線「本町」駅`) is the route's station; a bus stop
/// in 「」 (`…バス「役所前」下車`) still is not.
@Suite("Stations printed in 「」")
struct QuotedStationTests {
    typealias L = LooseLayoutsTests

    @Test("A name in 「」 right after a line's name and right before 駅 is marked as a station", arguments: [
        ("北辰線・JR港線「本町」駅から徒歩8分", "北辰線・JR港線『本町』駅から徒歩8分"),
        ("JR「本町」駅北口から徒歩5分", "JR『本町』駅北口から徒歩5分"),
        ("地下鉄港線ほか「本町」駅下車", "地下鉄港線ほか『本町』駅下車"),
        ("北辰市電「県庁前」電停から徒歩2分", "北辰市電『県庁前』電停から徒歩2分"),
        ("ほくしんレール「古町」駅より徒歩約5分", "ほくしんレール『古町』駅より徒歩約5分"),
    ])
    func stationMarked(_ text: String, _ marked: String) {
        #expect(QuotedStation.marked(text) == marked)
    }

    @Test("A bus stop in 「」, or a train named in 「」 after its line, stays as printed", arguments: [
        "JR港線本町駅から北辰バス「役所前」下車 徒歩1分",
        "北辰バス「本町駅」行き「役所前」下車",
        "JR港線本町駅からバス「北辰台」駅前下車",
        "JR港線本町駅から市バス北線「北辰台」駅前下車",
        "「本町」駅から徒歩8分",
        "JR港線「快速」で本町駅下車 徒歩5分",
    ])
    func busStopKept(_ text: String) {
        #expect(QuotedStation.marked(text) == text)
    }

    @Test("An access section reads the station in 「」 as the route's, and the bus route's station beside it")
    func routeAtQuotedStation() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒190-0000 東京都北辰市本町1-2", x: 40, y: 100),
            L.block("■北辰線・JR港線「本町」駅から徒歩8分", x: 40, y: 112),
            L.block("■JR港線北辰台駅から北辰バス「役所前」下車 徒歩1分", x: 40, y: 124),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.lines) \($0.walkMinutes ?? -1)" } == [
            "本町 [\"北辰線\", \"JR港線\"] 8", "北辰台 [\"港線\"] 1",
        ])
    }

    @Test("A bus stop in 「」 is no station of its route")
    func busStopNotStation() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒190-0000 東京都北辰市本町1-2", x: 40, y: 100),
            L.block("■JR港線北辰台駅から北辰バス「役所前」下車 徒歩1分", x: 40, y: 112),
        ])))
        #expect(access.routes.map(\.station) == ["北辰台"])
    }
}
