import Testing

@testable import BrochureKit

/// Access and support shapes of the thirty-seventh blind set: stations after an operator or a
/// line named in kana, a route line diagram with no sentence printed, and sticky notes each a
/// name over a period as wide as it.
@Suite("Access and support: kana operators, route diagrams, notes")
struct AccessAndSupportHoldout37Tests {
    typealias L = LooseLayoutsTests

    @Test("A kana word before a station's kanji is an operator's or a line's name; a station's own kana stay", arguments: [
        (["ことでん高松築港駅から徒歩約10分"], "高松築港"), (["JR・ハピラインふくい福井駅から徒歩約10分"], "福井"),
        (["東武東上線ときわ台駅から徒歩5分"], "ときわ台"), (["つくばエクスプレスつくば駅 A3出口"], "つくば"),
        (["ことでん駅から徒歩約10分"], nil), (["ゆりかもめテレコムセンター駅から徒歩5分"], "テレコムセンター"),
        (["ゆりかもめ新橋駅から徒歩1分"], "新橋"), (["ゆりかもめテレコム前駅から徒歩5分"], nil),
    ] as [([String], String?)])
    func kanaWord(_ lines: [String], _ station: String?) {
        let found = BareStation.find(in: lines).map { String(lines[$0.line][$0.range]) }
        #expect(found == station)
    }

    @Test("A route line diagram: each line's name over its station, the walking time right of them, is a route")
    func routeDiagram() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒113-6591 東京都文京区本駒込2-28-8", x: 42, y: 488),
            L.block("東京メトロ南北線", x: 70, y: 519, size: 8),
            L.block("徒歩約5分", x: 216, y: 526),
            L.block("文京グリーンコート", x: 406, y: 536),
            L.block("本駒込", x: 87, y: 551, size: 10),
            L.block("都営三田線", x: 82, y: 577, size: 8),
            L.block("千石", x: 92, y: 609, size: 10),
            L.block("徒歩約8分", x: 216, y: 584),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.lines) \($0.walkMinutes ?? -1)" } == ["本駒込 [\"南北線\"] 5", "千石 [\"三田線\"] 8"])
        #expect(RouteDiagram.isLineName("都営三田線") && !RouteDiagram.isLineName("本駒込駅から徒歩5分"))
        #expect(RouteDiagram.isStationName("本駒込") && !RouteDiagram.isStationName("徒歩約5分"))
    }

    @Test("A line's name over a station with no walking time beside them is no route, whatever else stands beside them")
    func diagramNeedsWalk() {
        let lines = [
            L.block("東京メトロ南北線", x: 70, y: 519, size: 8), L.block("本駒込", x: 87, y: 551, size: 10),
            L.block("文京グリーンコート", x: 406, y: 530),
        ].map { (page: $0.page, line: $0.block.lines[0]) }
        #expect(RouteDiagram.routes(lines).isEmpty)
    }

    /// A note's name over its period in smaller type, the period as wide as the name, as one block.
    static func note(_ name: String, _ period: String, x: Double, y: Double) -> (page: Int, block: Block) {
        let width = Double(name.count) * 10.5
        let top = Rect(x0: x, y0: y, x1: x + width, y1: y + 10.5)
        let under = Rect(x0: x, y0: y + 19, x1: x + width - 1, y1: y + 28)
        return (1, Block(kind: .paragraph, box: top.union(under), lines: [
            TextLine(text: name, box: top, fontSize: 10.5, isBold: false, orientation: .horizontal),
            TextLine(text: period, box: under, fontSize: 9, isBold: false, orientation: .horizontal),
        ]))
    }

    @Test("A note's name over a period as wide as it is the note's title")
    func notesWithWidePeriods() {
        let items = TitledParagraphs().split(L.part(.supportSystems, "両立支援制度", [
            Self.note("育児休業", "子が3歳に達するまで", x: 50, y: 293), L.block("男性職員の取得も増えています。", x: 50, y: 331, size: 8.5),
            Self.note("育児短時間勤務", "小学校就学前まで", x: 181, y: 307), L.block("勤務時間を短縮できます。", x: 181, y: 345, size: 8.5),
        ]))
        #expect(items.map(\.title) == ["育児休業", "育児短時間勤務"])
    }
}
