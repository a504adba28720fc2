import Testing
@testable import BrochureKit

/// A contact's phone and e-mail set as two runs on one baseline, a wide gap between them.
@Suite("Contact tail reading order")
struct ContactTailOrderTests {
    static func block(_ kind: Block.Kind, _ text: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> Block {
        let box = Rect(x0: x0, y0: y0, x1: x1, y1: y1)
        return Block(kind: kind, box: box, lines: [TextLine(text: text, box: box, fontSize: y1 - y0, isBold: kind == .heading, orientation: .horizontal)])
    }

    /// A page of a narrow column of figures beside a wide one of support cards over contacts
    /// (boxes as laid out): a subject heading under each phone ends left of the e-mail beside
    /// it, so Breuel's rules alone read it first, and the e-mails after the next section's
    /// heading.
    static let blocks = [
        block(.paragraph, "日本貿易振興機構（ジェトロ）職員採用案内", 36, 23, 188, 31),
        block(.heading, "配属先", 40, 59, 76, 71),
        block(.paragraph, "2025年度採用者の配属先（人）", 40, 79, 156, 87),
        block(.paragraph, "配属先の表", 42, 98, 204, 276),
        block(.heading, "ジェトロの拠点", 40, 303, 124, 315),
        block(.paragraph, "海外事務所", 48, 339, 199, 363),
        block(.paragraph, "国内事務所", 48, 381, 88, 389),
        block(.heading, "49か所", 157, 392, 199, 405),
        block(.paragraph, "職員数", 48, 423, 199, 447),
        block(.paragraph, "※2025年4月時点", 40, 458, 97, 465),
        block(.heading, "両立支援制度", 236, 59, 308, 71),
        block(.paragraph, "育児休業", 234, 92, 272, 101),
        block(.paragraph, "男性職員も多く取得しています。", 234, 110, 362, 118),
        block(.paragraph, "育児短時間勤務", 234, 136, 300, 145),
        block(.paragraph, "勤務時間を短くして働けます。", 234, 154, 353, 162),
        block(.paragraph, "子の看護休暇", 234, 180, 291, 189),
        block(.paragraph, "子が2人以上の場合は年10日です。", 234, 198, 369, 206),
        block(.paragraph, "介護休業", 234, 224, 272, 233),
        block(.paragraph, "3回まで分割して取得できます。", 234, 242, 358, 250),
        block(.paragraph, "配偶者同行休業", 234, 268, 300, 277),
        block(.paragraph, "配偶者の海外赴任に同行できます。", 234, 286, 370, 294),
        block(.paragraph, "海外赴任時の帯同支援", 234, 312, 329, 321),
        block(.paragraph, "子女教育手当などで家族の帯同を支えます。", 234, 330, 404, 338),
        block(.heading, "お問い合わせ", 236, 365, 308, 377),
        block(.heading, "【新卒採用について】", 226, 393, 311, 401),
        block(.paragraph, "人事部人事課", 226, 407, 289, 417),
        block(.paragraph, "TEL 03-3582-5302", 226, 424, 307, 433),
        block(.heading, "【大阪本部での勤務について】", 226, 451, 345, 459),
        block(.paragraph, "大阪本部総務課", 226, 465, 299, 475),
        block(.paragraph, "TEL 06-4705-8611", 226, 482, 307, 491),
        block(.heading, "アクセス（本部）", 236, 515, 332, 527),
        block(.paragraph, "子が3歳まで", 496, 93, 544, 102),
        block(.paragraph, "子が小学校3年生修了まで", 445, 137, 544, 146),
        block(.paragraph, "E-mail saiyo-info@jetro.go.jp", 346, 424, 468, 433),
        block(.paragraph, "E-mail osaka-soumu@jetro.go.jp", 346, 482, 482, 491),
        block(.paragraph, "年5日", 522, 181, 544, 190),
        block(.paragraph, "通算93日まで", 491, 225, 544, 234),
        block(.paragraph, "最長3年", 513, 269, 544, 278),
        block(.paragraph, "赴任期間中", 502, 313, 544, 322),
        block(.paragraph, "〒107-6006 東京都港区赤坂1-12-32 アーク森ビル6階", 226, 540, 489, 583),
    ]

    @Test("An e-mail level with its phone run a few ems to its right is read right after the phone, before the next subject")
    func emailAfterPhone() throws {
        var generator = SplitMix(seed: 7)
        let order = ReadingOrder(vertical: false).sort(Self.blocks.shuffled(using: &generator)).map { $0.lines[0].text }
        for (phone, mail, next) in [("TEL 03-3582-5302", "E-mail saiyo-info@jetro.go.jp", "【大阪本部での勤務について】"),
                                    ("TEL 06-4705-8611", "E-mail osaka-soumu@jetro.go.jp", "アクセス（本部）")] {
            let at = try #require(order.firstIndex(of: mail))
            #expect(order.firstIndex(of: phone)! + 1 == at && at < order.firstIndex(of: next)!, "\(order)")
        }
    }

    @Test("Only a contact key or an address opens a tail; only a phone or an e-mail heads one")
    func vocabulary() {
        #expect(ReadingOrder.opensContactTail("E-mail saiyo@example.go.jp"))
        #expect(ReadingOrder.opensContactTail("FAX 03-1234-5678"))
        #expect(!ReadingOrder.opensContactTail("受付 平日9:00〜17:00"))
        #expect(ReadingOrder.holdsContact("TEL 03-3582-5302"))
        #expect(!ReadingOrder.holdsContact("人事部人事課"))
    }
}
