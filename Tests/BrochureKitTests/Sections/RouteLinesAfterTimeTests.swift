import Testing

@testable import BrochureKit

/// Routes naming their lines only in brackets after the walk (`さいたま新都心駅から徒歩約3分
/// （JR京浜東北線・宇都宮線・高崎線）`), and a building named on the line under the address: the
/// shapes of holdout94's kantoshinetsu p2.
@Suite("Access: lines after the walk, the building under the address")
struct RouteLinesAfterTimeTests {
    typealias L = LooseLayoutsTests

    static func access(_ texts: [(String, Double, Double)]) -> Access? {
        AccessParser().parse(L.part(.access, "アクセス", texts.map { L.block($0.0, x: $0.1, y: $0.2, size: 8) }))
    }

    @Test("A station whose lines are in brackets after the walk is named whole, kana and all, with those lines")
    func linesAfterWalk() throws {
        let access = try #require(Self.access([
            ("〒330-9713 埼玉県さいたま市中央区新都心1-1", 40, 100),
            ("さいたま新都心駅から徒歩約3分（JR京浜東北線・宇都宮線・高崎線）", 40, 124),
            ("北与野駅から徒歩約7分（JR埼京線）", 40, 136),
        ]))
        #expect(access.routes.map { "\($0.station) \($0.lines) \($0.walkMinutes ?? -1)" } == [
            "さいたま新都心 [\"京浜東北線\", \"宇都宮線\", \"高崎線\"] 3", "北与野 [\"埼京線\"] 7",
        ])
    }

    @Test("Without lines in brackets, a kana word opening the name is still a railway's nickname; brackets of no lines name none")
    func kanaNicknameStays() {
        #expect(BareStation.find(in: ["ことでん高松築港駅から徒歩5分"]).map { String("ことでん高松築港駅から徒歩5分"[$0.range]) } == "高松築港")
        #expect(BareStation.bracketedLines(in: "から徒歩5分(JR埼京線)") == "JR埼京線")
        #expect(BareStation.bracketedLines(in: "から徒歩5分(約400m)") == nil)
        // Another station's lines, after a comma, are not this one's.
        #expect(BareStation.bracketedLines(in: "から徒歩5分、または長野駅(長野電鉄線)から") == nil)
        #expect(BareStation.find(in: ["北与野駅から徒歩約7分（約400m）"]) == nil)
        // After a topic too: the name starts after its comma.
        let topic = "本庁舎へは、さいたま新都心駅から徒歩約3分(JR京浜東北線)"
        #expect(BareStation.find(in: [topic]).map { String(topic[$0.range]) } == "さいたま新都心")
    }

    @Test("A building's name on the line under an address that names none is its building; a route's line is not")
    func buildingUnderAddress() throws {
        let access = try #require(Self.access([
            ("〒330-9713 埼玉県さいたま市中央区新都心1-1", 40, 100), ("さいたま新都心合同庁舎1号館", 50, 110),
            ("さいたま新都心駅から徒歩約3分（JR京浜東北線）", 40, 124),
        ]))
        #expect(access.building == "さいたま新都心合同庁舎1号館")
        #expect(access.routes.count == 1)
        // Far below it, in other type, or a route: no building.
        let far = try #require(Self.access([("〒330-9713 埼玉県さいたま市中央区新都心1-1", 40, 100), ("さいたま新都心合同庁舎1号館", 50, 130)]))
        #expect(far.building == nil)
        let address = TextLine(text: "〒330-9713 埼玉県さいたま市中央区新都心1-1", box: Rect(x0: 40, y0: 100, x1: 300, y1: 108), fontSize: 8, isBold: false, orientation: .horizontal)
        func under(_ text: String, x: Double = 50, size: Double = 8) -> String? {
            AccessParser.building(under: address, TextLine(text: text, box: Rect(x0: x, y0: 110, x1: x + 100, y1: 110 + size), fontSize: size, isBold: false, orientation: .horizontal))
        }
        #expect(under("仙台第4合同庁舎") == "仙台第4合同庁舎")
        #expect(under("仙台第4合同庁舎", size: 12) == nil)
        #expect(under("仙台第4合同庁舎", x: 100) == nil)
        #expect(under("仙台駅から徒歩10分") == nil)
        #expect(under("JR仙台駅東口ビル") == nil)
    }

    @Test("An address broken inside its block number or its building's name is read whole, the building after its block number")
    func brokenAddress() throws {
        let mid = try #require(Self.access([("東京都千代田区霞が関1-2-", 40, 100), ("2中央合同庁舎5号館", 40, 110)]))
        #expect("\(mid.address) | \(mid.building ?? "-")" == "東京都千代田区霞が関1-2-2 | 中央合同庁舎5号館")
        let name = try #require(Self.access([("〒803-8501 福岡県北九州市小倉北区城内1番1号北九州市", 40, 100), ("役所本庁舎", 40, 110)]))
        #expect("\(name.address) | \(name.building ?? "-")" == "福岡県北九州市小倉北区城内1番1号 | 北九州市役所本庁舎")
    }

    @Test("A block number ends after its figures, hyphens and their words", arguments: [
        ("1番1号北九州市", "1番1号"), ("3-1-1財務省", "3-1-1"), ("2番地 県庁", "2番地"), ("6街区21号", "6"), ("12番", "12番"), ("7番町1016-1", "7"), ("123番地の1", "123"), ("8番地", "8番地"),
    ])
    func blockNumber(text: String, number: String) {
        let text = Substring(text)
        #expect(String(text[..<AccessParser.endOfBlockNumber(text)]) == number)
    }
}
