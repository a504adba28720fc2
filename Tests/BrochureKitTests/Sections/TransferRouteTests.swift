import Testing

@testable import BrochureKit

/// A route that changes trains names the station it changes at first and the one it gets off
/// at after the word for the change: the route's station is the second.
@Suite("Routes that change trains")
struct TransferRouteTests {
    typealias L = LooseLayoutsTests

    @Test("The station after the change is the route's, whatever joins the change to it", arguments: [
        (["JR北辰線本町駅で北辰モノレールに乗り換え、北辰台駅下車 徒歩8分"], "北辰台"),
        (["JR北辰線本町駅で北辰モノレールに乗換えて北辰台駅下車 徒歩8分"], "北辰台"),
        (["JR北辰線本町駅で乗り換え、", "北辰台駅下車 徒歩8分"], "北辰台"),
        (["JR北辰線本町駅乗換、北辰電鉄港線北辰台駅下車 徒歩8分"], "北辰台"),
        (["JR北辰線本町駅北口から北辰バス「役所前」下車 徒歩3分"], "本町"),
    ] as [([String], String)])
    func stationAfterChange(_ lines: [String], _ station: String) {
        let found = BareStation.find(in: lines).map { String(lines[$0.line][$0.range]) }
        #expect(found == station)
    }

    @Test("An access section's route changing trains is read at the station it gets off at")
    func routeAtAlightingStation() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒190-0000 東京都北辰市本町1-2", x: 40, y: 100),
            L.block("■JR北辰線本町駅で北辰モノレールに乗り換え、北辰台駅下車 徒歩8分", x: 40, y: 112),
            L.block("■JR北辰線本町駅北口から北辰バス「役所前」下車 徒歩3分", x: 40, y: 124),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.walkMinutes ?? -1)" } == ["北辰台 8", "本町 3"])
    }
}
