import Testing

@testable import BrochureKit

/// Access sections set in a narrow sidebar: the address wrapped after its town, routes
/// behind list markers and wrapped mid-name, a postal code before the address.
@Suite("Access lines")
struct AccessLinesTests {
    typealias L = LooseLayoutsTests

    @Test("An address wrapped after its town is one address; a marked route wrapped inside the station name is one route")
    func wrappedSidebar() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            ItemColumnsTests.paragraph(["〒100-0013 東京都千代田区霞が関", "3-1-1 中央合同庁舎第4号館"], y: 100),
            L.block("●東京メトロ丸ノ内線・日比谷線・千", x: 40, y: 130, kind: .heading),
            ItemColumnsTests.paragraph(["代田線『霞ケ関』駅 A13出口徒歩約5", "分"], y: 142),
            L.block("●東京メトロ銀座線・南北線『溜池山", x: 40, y: 170, kind: .heading),
            L.block("王』駅 7番出口徒歩約10分", x: 40, y: 182),
        ])))
        #expect(access.address == "東京都千代田区霞が関3-1-1" && access.building == "中央合同庁舎第4号館")
        #expect(access.routes.map { "\($0.station) \($0.lines) \($0.exit ?? "-") \($0.walkMinutes ?? -1)" } == [
            "霞ケ関 [\"丸ノ内線\", \"日比谷線\", \"千代田線\"] A13 5", "溜池山王 [\"銀座線\", \"南北線\"] 7 10",
        ])
    }

    @Test("A postal code is no address; a building set on right after the block number is the building", arguments: [
        ("〒100-8918 東京都千代田区霞が関2-1-3 中央合同庁舎3号館", "東京都千代田区霞が関2-1-3", "中央合同庁舎3号館"),
        ("東京都千代田区霞が関3-1-1財務省本庁舎", "東京都千代田区霞が関3-1-1", "財務省本庁舎"),
        ("京都府京都市上京区下長者町通新町西入藪之内町85番4", "京都府京都市上京区下長者町通新町西入藪之内町85番4", nil),
        ("〒540-8570 大阪市中央区大手前2丁目1-22（大阪府庁本館）", "大阪市中央区大手前2丁目1-22", "大阪府庁本館"),
    ])
    func addressAndBuilding(_ line: String, _ address: String, _ building: String?) {
        let split = AccessParser.splitAddress(line)
        #expect(split.0 == address && split.1 == building)
    }

    @Test("An address starting at its city (after a postal code, or a city and its ward) is one; numbered routes under an operator's Latin name keep only their lines", arguments: [
        ("〒540-8570 大阪市中央区大手前2丁目1-22（大阪府庁本館）", true), ("横浜市中区日本大通1", true), ("〒231-0005 横浜市日本大通1", true),
        ("大阪市の魅力を発信しています", false), ("市内3か所に拠点があります", false),
    ])
    func addressFromCity(_ line: String, _ isAddress: Bool) {
        #expect(AccessParser.looksLikeAddress(line) == isAddress)
    }

    @Test("Routes numbered ①② under an operator's Latin name: the numbers and the name are no part of the lines")
    func numberedLatinOperator() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒540-8570 大阪市中央区大手前2丁目1-22（大阪府庁本館）", x: 40, y: 100),
            L.block("①Osaka Metro谷町線・中央線『谷町四丁目』駅 1-A番出口徒歩約3分", x: 40, y: 112),
            L.block("②JR大阪環状線『森ノ宮』駅西口徒歩約15分", x: 40, y: 124),
        ])))
        #expect(access.routes.map(\.lines) == [["谷町線", "中央線"], ["大阪環状線"]])
        #expect(access.routes.map(\.exit) == ["1-A", nil])
    }
}

extension AccessLinesTests {
    @Test("A station named after a label with its lines in brackets after it is a route, each line its own")
    func linesAfterStation() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒600-0000 北辰県北辰市本町1-2", x: 40, y: 100),
            L.block("最寄駅：東北辰駅（JR北辰線）からバスで約15分", x: 40, y: 115),
            L.block("西北辰駅（JR北辰線・北辰丹後鉄道）から徒歩約8分", x: 40, y: 130),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.lines) \($0.walkMinutes ?? -1)" } == [
            "東北辰 [\"北辰線\"] -1", "西北辰 [\"北辰線\"] 8",
        ])
        // Brackets after a station that name no line (a gloss) make no route of a sentence.
        #expect(BareStation.linesInBrackets("(北口)から徒歩") == nil)
        #expect(BareStation.linesInBrackets("(北辰丹後鉄道)から") == "北辰丹後鉄道")
    }
}
