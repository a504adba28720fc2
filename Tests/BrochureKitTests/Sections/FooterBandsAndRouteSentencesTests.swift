import Testing

@testable import BrochureKit

/// Contacts set in a footer band repeated on every page, and routes told in one sentence.
@Suite("Footer bands and route sentences")
struct FooterBandsAndRouteSentencesTests {
    static func block(_ texts: [String], x: Double, y: Double, size: Double = 8) -> Block {
        let lines = texts.enumerated().map { i, text in
            TextLine(text: text, box: Rect(x0: x, y0: y + Double(i) * (size + 2), x1: x + Double(text.count) * size, y1: y + Double(i) * (size + 2) + size),
                     fontSize: size, isBold: false, orientation: .horizontal)
        }
        return Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines)
    }

    @Test("A contact's label in a footer band on every page heads the lines under it: content, not a running footer; a page's footer line stays furniture")
    func footerBandLabels() {
        var pages = (1...2).map { n in
            PageLayout(number: n, width: 595, height: 842, bodyFontSize: 9, isVertical: false, blocks: [
                Self.block(["本文の段落です。"], x: 40, y: 100),
                Self.block(["事務系 人事委員会事務局任用課"], x: 44, y: 774),
                Self.block(["福岡市役所本庁舎13階", "TEL 092-711-4693", "Mail saiyo@city.fukuoka.lg.jp"], x: 40, y: 789),
                Self.block(["福岡市職員採用案内"], x: 40, y: 830),
            ])
        }
        RunningFurniture.mark(&pages)
        #expect(pages.allSatisfy { $0.blocks[1].kind == .paragraph && $0.blocks[3].kind == .footer }, "\(pages.map { $0.blocks.map(\.kind) })")
    }

    @Test("A contact printed again on a later page is one contact; another office is another")
    func repeatedContactOnce() {
        let contact = Contact(track: .administrative, label: "事務系", specialty: nil, office: "人事委員会事務局任用課", location: "13階",
                              phones: [Contact.Phone(number: "092-711-4693", note: nil)], emails: ["saiyo@city.fukuoka.lg.jp"], page: 1)
        var again = contact
        again.page = 2
        var other = contact
        other.office = "総務企画局人事部人事課"
        var sections = SectionSet()
        for found in [[contact], [again, other]] { ParsedPart.contacts(found).merge(into: &sections) }
        #expect(sections.contacts?.map(\.office) == ["人事委員会事務局任用課", "総務企画局人事部人事課"])
    }

    @Test("Three routes in one sentence, the sentence's topic before the first: one route per clause naming a station")
    func routesInOneSentence() {
        let blocks = [
            Self.block(["〒810-8620 福岡市中央区天神1-8-1 福岡市役所本庁舎"], x: 40, y: 100),
            Self.block(["本庁舎へは、地下鉄空港線『天神』駅 12番出口から徒歩約3分、地下鉄七隈線『天神南』駅 6番出口から徒歩約5分、",
                        "西鉄バス『市役所北口』停留所から徒歩約1分です。"], x: 40, y: 115),
        ]
        let access = AccessParser().parse(SectionSegmenter.Part(kind: .access, heading: "訪ねる", headingSize: 12, blocks: blocks.map { (1, $0) }, page: 1))
        #expect(access?.routes.map(\.station) == ["天神", "天神南", "市役所北口"])
        #expect(access?.routes.first?.lines == ["空港線"])
        #expect(access?.routes.map(\.walkMinutes) == [3, 5, 1])
    }
}
