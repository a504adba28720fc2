import Testing

@testable import BrochureKit

@Suite("Columns beside the next section's heading, period columns and hours in words")
struct ColumnsBesideSectionsTests {
    /// A block of one line per text, `width` wide, lines `step` apart from `y` down.
    static func block(_ texts: [String], x: Double, y: Double, width: Double = 120, size: Double = 9, step: Double = 16,
                      kind: Block.Kind = .paragraph) -> (page: Int, block: Block) {
        let lines = texts.enumerated().map { i, text in
            TextLine(text: text, box: Rect(x0: x, y0: y + Double(i) * step, x1: x + width, y1: y + Double(i) * step + size),
                     fontSize: size, isBold: false, orientation: .horizontal)
        }
        return (1, Block(kind: kind, box: Rect.enclosing(lines.map(\.box))!, lines: lines))
    }

    static func heading(_ text: String, x: Double, y: Double, size: Double = 12) -> (page: Int, block: Block) {
        block([text], x: x, y: y, width: Double(text.count) * size, size: size, kind: .heading)
    }

    @Test("Initiatives set as a two-column grid keep their right column, read after the next section's heading under the left one")
    func gridBesideNextHeading() throws {
        let parts = SectionSegmenterTests.parts([
            Self.heading("働きやすい職場づくり", x: 49, y: 49),
            Self.block(["◆離島勤務サポート"], x: 40, y: 76, kind: .heading),
            Self.block(["離島の振興局勤務では赴任旅費と住居手当を支給し、帰省の旅", "費も年2回助成します。"], x: 50, y: 92, width: 230, step: 13),
            Self.block(["◆若手職員の政策提案"], x: 40, y: 124, kind: .heading),
            Self.block(["入庁3年目までの職員がチームで政策を提案し、優れた提案は", "予算化します。"], x: 50, y: 140, width: 230, step: 13),
            Self.heading("仕事と家庭の両立支援", x: 49, y: 176),
            Self.block(["◆テレワークの推進"], x: 305, y: 76, kind: .heading),
            Self.block(["本庁・振興局ともにモバイル端末を配備し、在宅勤務を月8日", "まで利用できます。"], x: 315, y: 92, width: 230, step: 13),
            Self.block(["◆時差出勤"], x: 305, y: 124, kind: .heading),
            Self.block(["7時30分から10時までの間で始業時刻を選べます。"], x: 315, y: 140, width: 200),
            Self.block(["育児休業"], x: 40, y: 214, kind: .heading),
            Self.block(["子が3歳になるまで取得でき、男性職員の取得も広がっています。"], x: 50, y: 230, width: 260),
        ])
        #expect(parts.map(\.kind) == [.initiatives, .supportSystems])
        let initiatives = try #require(parts.first)
        #expect(TitledParagraphs().split(initiatives).map(\.title) == ["離島勤務サポート", "若手職員の政策提案", "テレワークの推進", "時差出勤"])
        #expect(parts.last?.blocks.count == 2)
    }

    @Test("A contact box beside another, read after the access heading under the left box, stays a contact")
    func contactBoxBesideAccess() throws {
        let parts = SectionSegmenterTests.parts([
            Self.heading("お問い合わせ", x: 49, y: 381),
            Self.block(["【事務職について】"], x: 50, y: 421, kind: .heading),
            Self.block(["人事委員会事務局任用課", "TEL 095-895-2741", "E-mail ninyo-saiyo@pref.nagasaki.lg.jp"], x: 50, y: 437, width: 154),
            Self.heading("アクセス", x: 49, y: 495),
            Self.block(["〒850-8570 長崎県長崎市尾上町3番1号"], x: 40, y: 521, width: 163),
            Self.block(["【技術職について】"], x: 315, y: 421, kind: .heading),
            Self.block(["土木部監理課", "TEL 095-895-2913", "E-mail doboku-jinzai@pref.nagasaki.lg.jp"], x: 315, y: 437, width: 163),
        ])
        #expect(parts.map(\.kind) == [.contacts, .access])
        let contacts = ContactsParser().parse(try #require(parts.first))
        #expect(contacts.map(\.office) == ["人事委員会事務局任用課", "土木部監理課"])
        #expect(contacts.map(\.emails) == [["ninyo-saiyo@pref.nagasaki.lg.jp"], ["doboku-jinzai@pref.nagasaki.lg.jp"]])
        #expect(parts.last?.blocks.count == 1)
    }

    @Test("A block below the next heading, one level with nothing read before it, or a column running on below the heading stays where reading order put it")
    func onlyBlocksBesideMove() {
        let heading = Self.heading("アクセス", x: 49, y: 495).block
        let before = [Self.block(["人事委員会事務局任用課"], x: 50, y: 437, width: 154).block]
        #expect(ColumnBesideSection.isBeside(Self.block(["土木部監理課"], x: 315, y: 437).block, heading: heading, before: before))
        #expect(!ColumnBesideSection.isBeside(Self.block(["土木部監理課"], x: 315, y: 500).block, heading: heading, before: before))
        #expect(!ColumnBesideSection.isBeside(Self.block(["土木部監理課"], x: 315, y: 300).block, heading: heading, before: before))
        let page = [Self.heading("お問い合わせ", x: 49, y: 381).block, before[0], heading,
                    Self.block(["〒850-8570 長崎県長崎市尾上町3番1号"], x: 40, y: 521, width: 163).block,
                    Self.block(["土木部監理課"], x: 315, y: 437).block]
        #expect(ColumnBesideSection.reordered(page).map { $0.lines[0].text } == ["お問い合わせ", "人事委員会事務局任用課", "土木部監理課", "アクセス", "〒850-8570 長崎県長崎市尾上町3番1号"])
        let flowing = page + [Self.block(["TEL 095-895-2913"], x: 315, y: 540).block]
        #expect(ColumnBesideSection.reordered(flowing) == flowing)
    }

    @Test("A column that starts level with the section heading above flows on from the left column: its lower blocks stay after the next heading")
    func columnFlowingOn() {
        let page = [Self.heading("働きやすい職場づくり", x: 49, y: 49).block, Self.block(["◆夜勤負担の軽減"], x: 40, y: 76, kind: .heading).block,
                    Self.block(["2交代制を導入しています。"], x: 50, y: 92).block, Self.heading("仕事と家庭の両立支援", x: 49, y: 176).block,
                    Self.block(["●育児休業（子が3歳に達するまで）"], x: 40, y: 200, kind: .heading).block,
                    Self.block(["●配偶者出産休暇（3日）"], x: 315, y: 49, kind: .heading).block,
                    Self.block(["＜介護＞"], x: 315, y: 92, kind: .heading).block, Self.block(["●介護休暇（通算6か月）"], x: 315, y: 112, kind: .heading).block]
        #expect(ColumnBesideSection.reordered(page) == page)
        // Without the block over it, the right column's block level with the grid is the grid's and moves up.
        let order = ColumnBesideSection.reordered(page.filter { $0.lines[0].text != "●配偶者出産休暇（3日）" }).map { $0.lines[0].text }
        #expect(order.firstIndex(of: "＜介護＞")! < order.firstIndex(of: "仕事と家庭の両立支援")!)
    }

    @Test("A table naming the heading's own section at the top of the next column goes on with that section")
    func tableContinuingTheSection() {
        let moved = PageBreakTablesTests.grid([["配属先（つづき）", "事務", "技術"], ["情報システム室", "－", "1"]], page: 1, y: 76, x0: 315).block
        let page = [Self.heading("研修", x: 49, y: 49).block, Self.block(["採用後は新規採用職員研修に参加します。"], x: 40, y: 76, width: 200).block,
                    Self.heading("配属実績", x: 49, y: 176).block, Self.block(["総務課 1"], x: 40, y: 200).block, moved]
        #expect(ColumnBesideSection.reordered(page) == page)
        #expect(ColumnBesideSection.continues(moved, .assignments))
        #expect(!ColumnBesideSection.continues(moved, .training))
    }

    @Test("A marked item naming the section it stands first in is its first item, not a second heading")
    func firstItemNamingItsSection() throws {
        let parts = SectionSegmenterTests.parts([
            Self.heading("働きやすい職場づくり", x: 49, y: 49), Self.block(["◆歴史を伝える取組"], x: 40, y: 76, kind: .heading),
            Self.block(["歴史館の案内を職員が担当しています。"], x: 50, y: 92, width: 200), Self.block(["◆夜勤負担の軽減"], x: 40, y: 124, kind: .heading),
            Self.block(["2交代制を導入しています。"], x: 50, y: 140, width: 200),
        ])
        #expect(parts.map(\.kind) == [.initiatives])
        #expect(TitledParagraphs().split(try #require(parts.first)).map(\.title) == ["歴史を伝える取組", "夜勤負担の軽減"])
    }

    static let names = ["育児休業", "育児短時間勤務", "子の看護休暇", "介護休業"]
    static let periods = ["子が3歳に達するまで", "小学校3年生修了まで", "年5日", "通算93日"]

    @Test("Support systems set as a names column beside a periods column give one system a row, its period beside it")
    func namesBesidePeriods() throws {
        let parts = SectionSegmenterTests.parts([
            Self.heading("両立支援制度", x: 49, y: 320),
            Self.block(Self.names, x: 50, y: 346, width: 63),
            Self.heading("お問い合わせ", x: 49, y: 422),
            Self.block(["人事部人事第1課"], x: 50, y: 450, width: 75),
            Self.block(["TEL 046-867-9142", "MAIL saiyo-jinji@jamstec.go.jp", "受付平日9時〜17時"], x: 50, y: 468, width: 131),
            Self.block(Self.periods, x: 200, y: 346, width: 87),
        ])
        #expect(parts.map(\.kind) == [.supportSystems, .contacts])
        guard case .supportSystems(let systems) = ParsedPart(try #require(parts.first)) else {
            Issue.record("no support systems")
            return
        }
        #expect(systems.map(\.name) == Self.names)
        #expect(systems.map(\.summary) == Self.periods)
        let contacts = ContactsParser().parse(try #require(parts.last))
        #expect(contacts.map(\.office) == ["人事部人事第1課"])
    }

    @Test("Two columns of running text side by side, or names beside no periods, are no rows of names and periods")
    func notPeriodColumns() {
        let names = Self.block(Self.names, x: 50, y: 346, width: 63).block
        #expect(PeriodColumn.pairs(names: names, periods: Self.block(Self.periods, x: 200, y: 346, width: 87).block))
        #expect(!PeriodColumn.pairs(names: names, periods: Self.block(["男性も", "取得して", "います", "。"], x: 200, y: 346).block))
        #expect(!PeriodColumn.pairs(names: names, periods: Self.block(Self.periods, x: 200, y: 350, step: 20).block))
        #expect(!PeriodColumn.pairs(names: names, periods: Self.block(Self.periods, x: 80, y: 346).block))
    }

    @Test("Office hours given in words (受付 平日9時〜17時) are no part of the office", arguments: [
        ("受付平日9時~17時", true), ("平日8時30分~17時15分", true), ("受付平日8:30~17:15", true), ("受付時間", false),
        ("受付窓口9階", false), ("平日9時", false), ("受付時間平日9時から17時まで", true), ("平日9時から説明会を開きます", false),
    ])
    func hoursInWords(_ line: String, _ hours: Bool) {
        #expect(ContactAsides.isHours(line) == hours)
    }
}
