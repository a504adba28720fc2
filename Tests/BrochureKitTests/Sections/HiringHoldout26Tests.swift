import Testing

@testable import BrochureKit

/// Hiring shapes of the twenty-sixth blind set: sentences per year naming the tracks by the
/// organisation's own job titles, with none of the women said as `女性なし`.
@Suite("Hiring: sentences with job titles for tracks")
struct HiringHoldout26Tests {
    typealias H = HiringParserTests

    @Test("Tracks named by job titles (裁判所事務官, 技術職員), 女性なし as no women, the plan said by 予定です")
    func jobTitleSentences() {
        let part = HiringHoldout19Tests.prose([
            ["最高裁判所が採用した職員の数の推移です（各年度4月1日現", "在）。"],
            ["●令和5年度は、裁判所事務官25名（うち女性12名）、技術", "職員5名（うち女性2名）、計30名（うち女性14名）を採用", "しました。"],
            ["●令和6年度は、裁判所事務官26名（うち女性15名）、技術", "職員3名（女性なし）、計29名（うち女性15名）を採用し", "ました。"],
            ["●令和7年度は、裁判所事務官23名（うち女性12名）、技術", "職員5名（うち女性2名）、計28名（うち女性14名）を採用", "しました。"],
            ["●令和8年度は、裁判所事務官21名、技術職員5名、計26名を", "採用する予定です（女性の内訳は未定）。"],
        ])
        #expect(H.read(HiringParser().parse(part)) == [
            "2023 30/14 25/12 5/2", "2024 29/15 26/15 3/0", "2025 28/14 23/12 5/2", "2026p 26/- 21/- 5/-",
        ])
    }

    @Test("A name that is no track refuses its sentence")
    func unknownName() {
        let part = HiringHoldout19Tests.prose([
            ["●令和5年度は、裁判所事務官25名、研究員5名、計30名を採用しました。"],
            ["●令和6年度は、裁判所事務官26名、研究員3名、計29名を採用しました。"],
            ["●令和7年度は、裁判所事務官23名、研究員5名、計28名を採用しました。"],
        ])
        #expect(HiringSentences.read(part, notedPlans: []) == nil)
    }

    @Test("Years across, a うち女性 row under each track: a dash the note calls none has no women, a planned year's blank women are unknown")
    func womenRowsWithDashAndPlan() {
        var part = Self.table
        let note = TextLine(
            text: "※令和8年度は採用予定数です（女性の内訳は未定）。うち女性欄の「－」は該当者なし。", box: Rect(x0: 40, y0: 260, x1: 400, y1: 268),
            fontSize: 7.5, isBold: false, orientation: .horizontal)
        part.blocks.append((1, Block(kind: .paragraph, box: note.box, lines: [note])))
        #expect(H.read(HiringParser().parse(part)) == [
            "2023 81/31 51/24 30/7", "2024 77/26 48/26 29/0", "2025 84/38 53/29 31/9", "2026p 84/- 52/- 32/-",
        ])
        // Without the note a dash gives no figure.
        #expect(H.read(HiringParser().parse(Self.table)).dropFirst().first == "2024 77/26 48/26 29/-")
    }

    static var table: SectionSegmenter.Part {
        H.part([
            ["区分", "", "令和5年度", "令和6年度", "令和7年度", "令和8年度（予定）"],
            ["行政事務", "", "51", "48", "53", "52"],
            ["", "うち女性", "24", "26", "29", ""],
            ["技術", "", "30", "29", "31", "32"],
            ["", "うち女性", "7", "－", "9", ""],
            ["合計", "", "81", "77", "84", "84"],
            ["", "うち女性", "31", "26", "38", ""],
        ], header: 1)
    }
}
