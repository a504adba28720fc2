import Testing

@testable import BrochureKit

/// Routes whose station is printed without 『』: after its line's or operator's name, or at the
/// start of the line under it.
@Suite("Stations without 『』")
struct BareStationTests {
    typealias L = LooseLayoutsTests

    @Test("A station after its line or operator, or opening the line under its line's name, is the route's; a station named in a bracketed aside is none")
    func bareRoutes() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒380-8570 長野市大字南長野字幅下692-2", x: 40, y: 100),
            L.block("■JR長野駅 善光寺口 徒歩約25分", x: 40, y: 112),
            L.block("■長野電鉄長野線市役所前駅 2番出口 徒歩約8分", x: 40, y: 124),
            L.block("（長野駅からバス「県庁前」下車すぐ）", x: 40, y: 136),
            L.block("東京メトロ丸ノ内線・千代田線", x: 40, y: 148),
            L.block("徒歩3分", x: 300, y: 160),
            L.block("国会議事堂前駅 1番出口", x: 40, y: 160),
            L.block("つくばエクスプレスつくば駅 A3出口 バス約10分", x: 40, y: 172),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.lines) \($0.exit ?? "-") \($0.walkMinutes ?? -1)" } == [
            "長野 [] - 25", "市役所前 [\"長野電鉄長野線\"] 2 8", "国会議事堂前 [\"丸ノ内線\", \"千代田線\"] 1 3", "つくば [] A3 -1",
        ])
    }

    @Test("Where a station without 『』 is", arguments: [
        (["JR常磐線荒川沖駅西口バス約25分"], "荒川沖"), (["東京メトロ銀座線・南北線", "溜池山王駅5番出口"], "溜池山王"),
        (["(長野駅からバス「県庁前」下車すぐ)"], nil), (["最寄駅から徒歩5分"], nil), (["JR長野駅"], nil),
        (["東京メトロ日比谷線", "最寄り駅", "4b出口"], nil),
    ] as [([String], String?)])
    func station(_ lines: [String], _ station: String?) {
        let found = BareStation.find(in: lines).map { String(lines[$0.line][$0.range]) }
        #expect(found == station)
    }

    @Test("A table read by its station column gives its routes: its lines give none of their own")
    func stationTable() throws {
        let texts = [["路線", "駅", "出口", "徒歩"], ["JR神戸線", "元町駅", "西口", "約5分"], ["神戸市営地下鉄西神・山手線", "県庁前駅", "東1出口", "約2分"]]
        let xs = [40.0, 200, 300, 400]
        let rows = texts.enumerated().map { r, row in
            row.enumerated().map { c, text in
                Table.Cell(text: text, box: Rect(x0: xs[c], y0: 120 + Double(r) * 14, x1: xs[c] + Double(text.count) * 9, y1: 129 + Double(r) * 14))
            }
        }
        let lines = rows.flatMap { $0 }.map { TextLine(text: $0.text, box: $0.box!, fontSize: 9, isBold: false, orientation: .horizontal) }
        let box = Rect(x0: 40, y0: 120, x1: 460, y1: 157)
        let table = Table(box: box, columns: [40...190, 200...290, 300...390, 400...460], rows: rows, headerRowCount: 1)
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒650-8567 神戸市中央区下山手通5-10-1", x: 40, y: 100), (1, Block(kind: .table, box: box, lines: lines, table: table)),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.lines) \($0.exit ?? "-") \($0.walkMinutes ?? -1)" } == [
            "元町 [\"JR神戸線\"] - 5", "県庁前 [\"山手線\"] 1 2",
        ])
    }
}
