import Testing
@testable import BrochureKit

/// A section heading over the left column whose cards fill both columns: a 2 × 2 grid of
/// support cards under the initiatives of the right column (page 3 of holdout26's
/// saikosai-2026, its lines where that page sets them).
@Suite("A section heading over a row of cards across the gutter")
struct RowAcrossTests {
    /// The end of an assignment table and its note on the left, initiatives on the right
    /// ending `initiativesEnd`; then the support heading over the left column, two rows of two
    /// cards, the training and the contacts in a band at the page's foot.
    static func page(initiativesEnd: Double = 164) -> PageBuilder {
        var b = PageBuilder()
        for (i, unit) in ["行政局", "家庭局", "情報政策課", "附属機関", "司法研修所", "最高裁判所図書館", "計"].enumerated() {
            let y = 41.75 + Double(i) * 24
            b.text(unit, x: 43.5, y: y, size: 8.5)
            if unit != "附属機関" {
                b.text("\(i + 1)", x: 202, y: y, size: 9.5)
                b.text("－", x: 250.25, y: y, size: 9.5)
            }
        }
        b.text("※技術職員の配属先（経理局）は営繕課・用度課です。", x: 40, y: 207, size: 7)
        b.text("働き方改革の取組", x: 332, y: 31, size: 13)
        let step = (initiativesEnd - 164) / 2
        for (i, (title, text)) in [("◇フレックスタイム制", "週の勤務時間の範囲で、日ごとの始業・終業時刻を選べます。"), ("◇テレワーク", "調査・資料作成などは在宅で行うことができ、モバイル端末を全"),
            ("◇ペーパーレス会議", "事務総局の会議資料は電子化し、準備にかかる時間を削減してい")].enumerated()
        {
            let y = 56 + Double(i) * (37 + step)
            b.text(title, x: 310, y: y, size: 9.5)
            b.text(text, x: 321, y: y + 14, size: 8)
            if i > 0 { b.text(i == 1 ? "職員に配備しています。" : "ます。", x: 321, y: y + 26, size: 8) }
        }
        b.text("仕事と家庭の両立を支える制度", x: 62, y: 235, size: 13)
        for (row, cards) in [[("育児休業", "期間 子が3歳に達する日まで"), ("育児時間", "期間 子が小学校就学前まで、1日2時間以内")],
            [("介護休暇", "期間 通算6月以内（3回まで分割可）"), ("配偶者出産休暇", "期間 2日以内")]].enumerated()
        {
            for (column, (name, period)) in cards.enumerated() {
                let x = column == 0 ? 48.0 : 310
                let y = 267 + Double(row) * 84
                b.text(name, x: x, y: y, size: 10)
                b.text(period, x: x, y: y + 22, size: 8)
                b.text("職員が利用できる制度で、取得後は元の部署に戻ります。", x: x, y: y + 39, size: 8)
            }
        }
        b.text("研修", x: 62, y: 441, size: 13)
        b.text("採用後は、裁判所職員総合研修所で導入研修を受け、裁判の仕組みや事務総局の仕事を学びます。", x: 40, y: 466, size: 8.5)
        b.text("その後も階層別研修や専門研修のほか、行政機関への出向、海外の大学院への派遣研修の機会があります。", x: 40, y: 483, size: 8.5)
        for (i, (title, lines)) in [("裁判所事務官の採用", ["事務総局人事局任用課", "TEL 03-3264-5814"]), ("技術職員の採用", ["事務総局経理局営繕課", "TEL 03-3264-6932"]),
            ("所在地", ["最高裁判所", "東京都千代田区隼町4-2"]), ("交通", ["東京メトロ半蔵門線半蔵門駅", "徒歩5分"])].enumerated()
        {
            let x = 30 + Double(i) * 136
            b.text(title, x: x, y: 684, size: 8.5)
            for (j, line) in lines.enumerated() { b.text(line, x: x, y: 700 + Double(j) * 14, size: 8) }
        }
        return b
    }

    @Test("The initiatives beside are read to their end before the heading, and its right-hand cards after it")
    func cardsBesideAreTheHeadings() throws {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        let lastInitiative = try #require(lines.firstIndex(of: "ます。"))
        let heading = try #require(lines.firstIndex(of: "仕事と家庭の両立を支える制度"))
        let card = try #require(lines.firstIndex(of: "育児時間"))
        #expect(lastInitiative < heading && heading < card, "\(lines)")
    }

    @Test("A column beside that runs on close above the heading keeps its cards: it is read after the heading's column")
    func columnRunningOn() throws {
        let lines = LayoutEngine().layout(Self.page(initiativesEnd: 226).page()).textLines
        let heading = try #require(lines.firstIndex(of: "仕事と家庭の両立を支える制度"))
        let lastInitiative = try #require(lines.firstIndex(of: "ます。"))
        let card = try #require(lines.firstIndex(of: "育児時間"))
        #expect(heading < lastInitiative && lastInitiative < card, "\(lines)")
    }

    /// holdout31's sagamihara-2026 page 2 at its geometry: support on the left, training on the
    /// right, then `お問い合わせ` over two contact boxes side by side, `アクセス` under the left
    /// box only, and a label set upright down the page's left margin beside them.
    @Test("The next section's heading under the left box of such a row is read after the box across the gutter")
    func nextHeadingAfterTheRow() throws {
        var b = PageBuilder()
        b.text("両立支援制度", x: 57, y: 165, size: 11)
        for (i, item) in ["・育児休業：子が3歳に達するまで", "・部分休業：1日2時間まで", "・介護休暇：通算6か月"].enumerated() {
            b.text(item, x: 64, y: 194 + Double(i) * 14, size: 8)
        }
        b.text("人材育成", x: 325, y: 165, size: 11)
        b.text("新規採用職員研修に始まり、3年目・7年目の節目の研修や、", x: 320, y: 189, size: 8)
        b.text("昇任時の階層別研修で段階的に力をつけます。", x: 320, y: 203, size: 8)
        b.text("お問い合わせ", x: 57, y: 372, size: 11)
        for (x, label, office, phone) in [(60.0, "【採用試験】", "相模原市人事委員会事務局任用課", "TEL 042-769-8271"),
                                          (318, "【職場・研修】", "相模原市総務局職員課", "TEL 042-769-8206")] {
            b.text(label, x: x, y: 402, size: 8)
            b.text(office, x: x, y: 415, size: 8)
            b.text(phone, x: x, y: 428, size: 8)
        }
        b.text("アクセス", x: 57, y: 474, size: 11)
        b.text("神奈川県相模原市中央区中央2-11-15", x: 52, y: 498, size: 8)
        b.text("JR横浜線相模原駅から徒歩約15分", x: 58, y: 514, size: 8)
        b.vertical("相模原市職員採用ガイド", x: 24, y: 408, size: 8)
        let lines = LayoutEngine().layout(b.page()).textLines
        let office = try #require(lines.firstIndex(of: "相模原市総務局職員課"))
        let access = try #require(lines.firstIndex(of: "アクセス"))
        #expect(office < access, "\(lines)")
    }

    @Test("Under a paragraph across the page, a heading heads the row of boxes starting under it and across the gutter; not with a heading of its own level across the gutter")
    func rowUnderAParagraphAcross() {
        let boxes = [
            Rect(x0: 40, y0: 362, x1: 477, y1: 388),  // the paragraph across both columns
            Rect(x0: 52, y0: 408, x1: 118, y1: 419),  // お問い合わせ
            Rect(x0: 52, y0: 432, x1: 133, y1: 441),  // ■採用試験について
            Rect(x0: 320, y0: 432, x1: 446, y1: 441),  // ■職員の働き方・研修について
            Rect(x0: 397, y0: 408, x1: 457, y1: 419),  // a heading level with it, across the gutter
        ]
        let headings = [false, true, true, true, true]
        #expect(ReadingOrder.rowAcross(1, starting: [1, 2, 3], above: [0], boxes, headings: headings, line: 11) == [2, 3])
        #expect(ReadingOrder.rowAcross(1, starting: [1, 2, 3, 4], above: [0], boxes, headings: headings, line: 11) == nil)
    }

    @Test("A heading heads a row of boxes of one build across the gutter (a title over its table, twice), whatever the titles are set as; not columns of text starting level")
    func rowOfTwinBoxes() {
        let boxes = [
            Rect(x0: 40, y0: 367, x1: 442, y1: 392),  // the paragraph across both columns
            Rect(x0: 40, y0: 407, x1: 145, y1: 426),  // 07 お問い合わせ
            Rect(x0: 48, y0: 443, x1: 138, y1: 452),  // 事務系の試験について
            Rect(x0: 48, y0: 464, x1: 191, y1: 515),  // its table
            Rect(x0: 310, y0: 443, x1: 400, y1: 452),  // 技術系の試験について
            Rect(x0: 310, y0: 464, x1: 460, y1: 515),  // its table
        ]
        let headings = [false, true, false, false, false, false]
        #expect(ReadingOrder.rowAcross(1, starting: [1, 2, 4], above: [0], boxes, headings: headings, line: 12) == [2, 4])
        // Two paragraphs of running text starting level: their second blocks differ in height.
        var text = boxes
        text[5] = Rect(x0: 310, y0: 464, x1: 460, y1: 620)
        #expect(ReadingOrder.rowAcross(1, starting: [1, 2, 4], above: [0], text, headings: headings, line: 12) == nil)
    }

    @Test("A chapter number before the heading (`07` | `お問い合わせ`) leaves it heading its row of boxes: the box beside is read before the next chapter")
    func numberedHeadingHeadsItsRow() throws {
        var b = PageBuilder()
        b.text("採用後2年間を育成期間とし、新規採用職員研修と職場でのOJTで基礎を身に付けます。", x: 40, y: 367, size: 9)
        b.text("3年目以降は階層別研修のほか、国や民間企業への派遣研修、大学院への就学支援制度があります。", x: 40, y: 383, size: 9)
        b.text("07", x: 40, y: 407, size: 19, bold: true)
        b.text("お問い合わせ", x: 70, y: 409, size: 12, bold: true)
        for (x, title, office, phone) in [(48.0, "事務系の試験について", "人事委員会事務局任用課", "058-272-8951"), (310, "技術系の試験について", "県土整備部技術検査課", "058-272-8634")] {
            b.text(title, x: x, y: 443, size: 9)
            for (row, (key, value)) in [("担当", office), ("電話", phone), ("受付", "平日 8:30〜17:15")].enumerated() {
                b.text(key, x: x, y: 464 + Double(row) * 17, size: 8)
                b.text(value, x: x + 40, y: 464 + Double(row) * 17, size: 8)
            }
        }
        b.text("08 アクセス", x: 40, y: 529, size: 19, bold: true)
        b.text("〒500-8570 岐阜県岐阜市薮田南2-1-1 岐阜県庁", x: 40, y: 557, size: 9)
        b.text("■ JR東海道本線西岐阜駅から徒歩約15分", x: 40, y: 576, size: 9)
        b.text("■ JR岐阜駅から岐阜バス「県庁」行きで約20分", x: 40, y: 590, size: 9)
        let lines = LayoutEngine().layout(b.page()).textLines
        let second = try #require(lines.firstIndex(of: "技術系の試験について"))
        let access = try #require(lines.firstIndex { $0.hasSuffix("アクセス") })
        #expect(second < access, "\(lines)")
    }
}
