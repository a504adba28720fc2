import Testing

@testable import BrochureKit

/// Section headings beside a chapter's tab number, and items whose names hold another
/// section's word.
@Suite("Chapter headings")
struct ChapterHeadingTests {
    typealias L = LooseLayoutsTests

    @Test("A heading glossed in English beside a chapter's tab number opens its section, its gloss no part of its length")
    func glossedHeadingBesideTab() {
        // Measured by glyph width, the 8 pt gloss outweighs the 14 pt title.
        let box = Rect(x0: 56, y0: 300, x1: 244, y1: 314)
        let heading = Block(kind: .paragraph, box: box, lines: [TextLine(text: "お問い合わせ CONTACT & ACCESS", box: box, fontSize: 8, isBold: false, orientation: .horizontal)])
        let found = SectionSegmenterTests.parts([
            L.block("両立支援 SUPPORT", x: 56, y: 100, size: 14, kind: .heading),
            L.block("●育児休業 子が3歳になるまで", x: 56, y: 130, kind: .heading),
            L.block("男性職員の取得率は9割を超えています。", x: 66, y: 145, size: 8.5),
            L.block("06", x: 14, y: 300, size: 14, kind: .heading),
            (1, heading),
            L.block("〈事務系〉人事委員会事務局任用課（県庁本館5階）", x: 56, y: 330),
            L.block("TEL 026-235-7461", x: 66, y: 344),
        ])
        // (Its gloss names access too: the address and routes under it are read as access.)
        #expect(found.map(\.kind) == [.supportSystems, .contacts, .access])
    }

    @Test("An item set as the items above it (same mark, same size) stays among them though its name holds another section's word")
    func markedItemNamingTraining() {
        let found = SectionSegmenterTests.parts([
            L.block("働きやすさへの取組", x: 40, y: 100, size: 14, kind: .heading),
            L.block("■ゆう活・フレックスタイム", x: 40, y: 130, size: 10, kind: .heading),
            L.block("始業時刻を7時30分から10時まで15分単位で選べます。", x: 40, y: 145),
            L.block("■テレワーク", x: 40, y: 170, size: 10, kind: .heading),
            L.block("全職員がノートパソコンを持ち、自宅で勤務できます。", x: 40, y: 185),
            L.block("■信州の森で働く研修", x: 40, y: 210, size: 10, kind: .heading),
            L.block("林務部の現場で間伐や森林調査を体験します。", x: 40, y: 225),
        ])
        #expect(found.map(\.kind) == [.initiatives])
        let titles = TitledParagraphs().split(found[0]).map(\.title)
        #expect(titles == ["ゆう活・フレックスタイム", "テレワーク", "信州の森で働く研修"])
    }

    @Test("A contact's bracketed label after another stays in the contacts though its words name training")
    func bracketedContactLabelNamingTraining() {
        let found = SectionSegmenterTests.parts([
            L.block("7 お問い合わせ", x: 57, y: 372, size: 11, kind: .heading),
            L.block("【採用試験】", x: 60, y: 402, size: 8, kind: .heading),
            L.block("相模原市人事委員会事務局任用課（本庁舎本館5階）", x: 60, y: 415, size: 8),
            L.block("【職場・研修】", x: 318, y: 402, size: 8, kind: .heading),
            L.block("相模原市総務局職員課（本庁舎本館4階）", x: 318, y: 415, size: 8),
        ])
        #expect(found.map(\.kind) == [.contacts], "\(found.map(\.kind))")
    }

    @Test("A heading glossed in English and as large as the section's heading ends the section, though it names none we read")
    func glossedPeerEndsSection() {
        let found = SectionSegmenterTests.parts([
            L.block("働きやすさへの取組 WORK STYLE", x: 40, y: 100, size: 14, kind: .heading),
            L.block("■テレワーク", x: 40, y: 130, size: 10, kind: .heading),
            L.block("全職員がノートパソコンを持ち、自宅で勤務できます。", x: 40, y: 145),
            // (Not `配属・採用予定 ASSIGNMENT`, which opens the assignments by its first topic.)
            L.block("職員の声 STAFF VOICE", x: 40, y: 200, size: 14, kind: .heading),
            L.block("県庁の仕事は地域の暮らしに直結しています。", x: 40, y: 230),
        ])
        #expect(found.map(\.kind) == [.initiatives])
        #expect(found.first?.blocks.count == 2)
    }

    @Test("A lone line filling the column's measure under a title still without text is its text broken at the column's foot, not a title")
    func textBrokenAtColumnFoot() {
        let found = TitledParagraphs().split(L.part(.initiatives, "働きやすさへの取組", [
            L.block("■テレワーク・サテライトオフィス", x: 40, y: 100, size: 10, kind: .heading),
            ItemColumnsTests.paragraph(["全職員がノートパソコンを持ち、自宅や県内5か所のサテラ", "イトオフィスで勤務できます。"], y: 115),
            L.block("■信州の森で働く研修", x: 40, y: 150, size: 10, kind: .heading),
            L.block("林務部の現場で間伐や森林調査を体験し、県土の8割を占め", x: 40, y: 165),
            L.block("る森林の仕事を知ります。", x: 306, y: 100),
            L.block("■キャリアチャレンジ制度", x: 306, y: 130, size: 10, kind: .heading),
            L.block("希望する部署や業務に自ら手を挙げて異動を申し出ることができます。", x: 306, y: 145),
        ]))
        #expect(found.map(\.title) == ["テレワーク・サテライトオフィス", "信州の森で働く研修", "キャリアチャレンジ制度"])
        #expect(found.dropFirst().first?.text == "林務部の現場で間伐や森林調査を体験し、県土の8割を占める森林の仕事を知ります。")
    }

    @Test("A term over its longer note gives no measure: only a paragraph whose first line runs as far as any of its others does")
    func termOverNoteIsNoMeasure() {
        let term = ItemColumnsTests.paragraph(["育児休業", "（子が3歳に達するまで）"], y: 100)
        let text = ItemColumnsTests.paragraph(["全職員がノートパソコンを持ち、自宅や県内5か所のサテラ", "イトオフィスで勤務できます。"], y: 130)
        #expect(TitledParagraphs.measures([term]).isEmpty)
        #expect(TitledParagraphs.measures([text]).count == 1)
    }
}
