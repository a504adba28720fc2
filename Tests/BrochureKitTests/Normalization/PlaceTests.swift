import Testing
@testable import BrochureKit

@Suite("Floors, walking times and station exits")
struct PlaceTests {
    static let floors: [(String, Int)] = [
        ("７階", 7), ("10階", 10), ("１０階", 10), ("1階", 1), ("地下1階", -1), ("地下２階", -2), ("B1F", -1),
        ("B2階", -2), ("3F", 3), ("十階", 10), ("二十一階", 21), ("45階", 45),
    ]

    @Test("floor", arguments: floors)
    func floor(_ text: String, _ number: Int) throws {
        #expect(try Floor.parse(text).number == number)
    }

    @Test(arguments: ["", "階", "0階", "7", "七", "地下", "3FL"])
    func notAFloor(_ text: String) {
        #expect(throws: NormalizationError.notAFloor(text)) { try Floor.parse(text) }
    }

    static let floorsInText: [(String, Int?)] = [
        ("大臣官房秘書課（中央合同庁舎２号館７階）", 7), ("総合通信基盤局電波部電波政策課（中央合同庁舎２号館10階）", 10),
        ("東京都千代田区霞が関２-１-２ 合同庁舎２号館", nil), ("地下1階食堂", -1),
    ]

    @Test("first floor in text", arguments: floorsInText)
    func floorInText(_ text: String, _ number: Int?) throws {
        #expect(try Floor.first(in: text)?.number == number)
    }

    static let walks: [(String, Int, Int?, Bool)] = [
        ("徒歩約３分", 3, nil, true), ("徒歩約８分", 8, nil, true), ("徒歩3分", 3, nil, false), ("徒歩 10 分", 10, nil, false),
        ("徒歩５～１０分", 5, 10, false), ("徒歩5分程度", 5, nil, true), ("徒歩約十分", 10, nil, true), ("歩いて7分", 7, nil, false),
    ]

    @Test("walking time", arguments: walks)
    func walk(_ text: String, _ minutes: Int, _ maximum: Int?, _ approximate: Bool) throws {
        #expect(try WalkingTime.parse(text) == WalkingTime(minutes: minutes, maximumMinutes: maximum, isApproximate: approximate))
    }

    @Test(arguments: ["", "徒歩", "3分", "徒歩約分", "徒歩10~5分"])
    func notAWalkingTime(_ text: String) {
        #expect(throws: NormalizationError.notAWalkingTime(text)) { try WalkingTime.parse(text) }
    }

    static let walksInText: [(String, Int?)] = [
        ("地下鉄 有楽町線『桜田門』駅下車 徒歩約３分 ", 3), ("地下鉄 銀座線『虎ノ門』駅下車 徒歩約８分", 8),
        ("地下鉄 丸ノ内線・日比谷線・千代田線『霞ヶ関』駅下車 A２出口", nil),
    ]

    @Test("first walking time in text", arguments: walksInText)
    func walkInText(_ text: String, _ minutes: Int?) throws {
        #expect(try WalkingTime.first(in: text)?.minutes == minutes)
    }

    static let exits: [(String, String)] = [
        ("A２出口", "A2"), ("A2出口", "A2"), ("Ａ２出口", "A2"), ("C3a出口", "C3a"), ("3番出口", "3"), ("１番出口", "1"),
        ("B12出口", "B12"), ("A 2 出口", "A2"), ("1-A番出口", "1-A"), ("３-Ｂ出口", "3-B"),
    ]

    @Test("station exit", arguments: exits)
    func exit(_ text: String, _ name: String) throws {
        #expect(try StationExit.parse(text).name == name)
    }

    @Test(arguments: ["", "出口", "A出口", "中央口", "A2"])
    func notAnExit(_ text: String) {
        #expect(throws: NormalizationError.notAStationExit(text)) { try StationExit.parse(text) }
    }

    @Test func exitOfTheSeedLine() throws {
        let line = "地下鉄 丸ノ内線・日比谷線・千代田線『霞ヶ関』駅下車 A２出口"
        #expect(try StationExit.first(in: line)?.name == "A2")
    }
}
