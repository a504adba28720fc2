import Testing

@testable import BrochureKit

/// Titles between speech lines or followed by when they began, exam categories naming their
/// track in brackets or wearing a badge, routes with the way before the station, an edition
/// in the title's brackets, and support systems listed inside one sentence.
@Suite("Listed systems and origins")
struct ListedSystemsAndOriginsTests {
    typealias L = LooseLayoutsTests
    typealias J = JobTitleTracksTests

    @Test("A title between speech lines, or followed by when it began, is the title alone")
    func titleMarks() {
        #expect(TitledParagraphs.cleanTitle("＼テレワーク／") == "テレワーク" && TitledParagraphs.cleanTitle("\\ノー残業デー/") == "ノー残業デー")
        #expect(TitledParagraphs.cleanTitle("テレワーク（令和5年度～）") == "テレワーク")
        #expect(TitledParagraphs.cleanTitle("■フレックスタイム制（令和6年度導入）") == "フレックスタイム制")
        #expect(TitledParagraphs.cleanTitle("時差出勤（2024年4月から）") == "時差出勤")
        // A bracket saying something else stays.
        #expect(TitledParagraphs.cleanTitle("育児休業（3年まで）") == "育児休業（3年まで）")
        #expect(TitledParagraphs.cleanTitle("メンター制度（新規採用職員）") == "メンター制度（新規採用職員）")
    }

    @Test("Exam categories naming their track in brackets, with no track column, take that track; a badge before one is no part of it")
    func bracketTracks() throws {
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "試験区分", [J.table([
            ["試験", "試験区分", "採用予定数"], ["国家公務員採用一般職試験（大卒程度試験）", "行政（事務系）", "3"], ["", "土木（技術系）", "4"],
            ["", "【新設】電気・電子・情報（技術系）", "1"],
        ])])))
        #expect(exam.entries.map { "\($0.track) \($0.category) \($0.count)" } == ["administrative 行政 3", "technical 土木 4", "technical 電気・電子・情報 1"])
        #expect(ExamCategoryMarks.split("【新設】電気").name == "電気" && ExamCategoryMarks.split("【事務】電気").name == "【事務】電気")
        #expect(ExamCategoryMarks.split("行政(社会人経験者)").track == nil && ExamCategoryMarks.split("行政(事務系)").track == .administrative)
        #expect(ExamCategoryMarks.split("総合職(事務)").track == nil && ExamCategoryMarks.split("総合職(事務)").name == "総合職(事務)")
        #expect(ExamCategoryMarks.split("土木(技術系)").word == "技術系")
        // A badge in a table with a track column.
        let badged = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "試験区分", [J.table([
            ["区分", "職種", "採用予定数"], ["事務職", "行政", "8名"], ["技術職", "【新設】電気", "1名"],
        ])])))
        #expect(badged.entries.map(\.category) == ["行政", "電気"])
    }

    @Test("Exam cells naming their track first and the category in brackets (`事務（一般行政）`) take that track; whom an exam is for is no category")
    func leadingBracketTracks() throws {
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "試験区分", [J.table([
            ["職種", "採用予定数"], ["事務（一般行政）", "3"], ["事務（社会福祉）", "1"], ["技術（土木）", "1"], ["技術（農業土木）", "1"],
        ])])))
        #expect(exam.entries.map { "\($0.track) \($0.category) \($0.count)" } == [
            "administrative 一般行政 3", "administrative 社会福祉 1", "technical 土木 1", "technical 農業土木 1",
        ])
        #expect(ExamBracketTracks.leadingTrack("事務(障がい者対象)") == nil && ExamBracketTracks.leadingTrack("事務(社会人経験者)") == nil)
        #expect(ExamBracketTracks.leadingTrack("総合職(事務)") == nil && ExamBracketTracks.leadingTrack("技術職(電気)")?.name == "電気")
        // (Nor a level: `事務（大卒程度）`, `技術（上級）`.)
        #expect(ExamBracketTracks.leadingTrack("事務(大卒程度)") == nil && ExamBracketTracks.leadingTrack("技術(上級)") == nil)
    }

    @Test("A route with the way first and the station in brackets after it is read station first")
    func originAfterTime() throws {
        #expect(OriginAfterTime.reordered("車で約10分(JR常磐線いわき駅から)") == "JR常磐線いわき駅から車で約10分")
        #expect(OriginAfterTime.reordered("徒歩約8分(長野電鉄長野線小布施駅から)") == "長野電鉄長野線小布施駅から徒歩約8分")
        #expect(OriginAfterTime.reordered("市役所(本庁舎)") == "市役所(本庁舎)")
        // (A station in brackets that is no start, `（いわき駅）`, is left as printed.)
        #expect(OriginAfterTime.reordered("車で約10分(JR常磐線いわき駅)") == "車で約10分(JR常磐線いわき駅)")
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒970-8026 福島県いわき市平字五色町8-1", x: 40, y: 100), L.block("徒歩約8分（JR常磐線いわき駅から）", x: 40, y: 112),
            L.block("車で約10分（JR常磐線内郷駅から）", x: 40, y: 124),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.walkMinutes ?? -1)" } == ["いわき 8", "内郷 -1"])
    }

    @Test("An issue date in brackets closing the document's title is the edition; after other words it dates an event")
    func titleBracketDate() {
        #expect(EditionFinder.dateInTitleBrackets("職員採用案内（令和8年4月）").map { "\($0.year)-\($0.month)" } == "2026-4")
        #expect(EditionFinder.dateInTitleBrackets("業務説明会（令和8年4月）") == nil)
        #expect(EditionFinder.find(EditionWindowTests.layout([["福岡教育大学", "職員採用案内（令和8年4月）"]]))?.asOf == "2026-04")
    }

    @Test("Support systems listed with their periods inside one sentence are the section's items")
    func listedInSentence() throws {
        let sentence = "育児休業(子が3歳に達するまで)、子の看護休暇(年5日、2人以上は10日)、介護休暇(通算6か月)などの制度を男女とも利用できます。"
        #expect(ListedSupportSystems.listed(in: sentence).map(\.name) == ["育児休業", "子の看護休暇", "介護休暇"])
        #expect(ListedSupportSystems.listed(in: "育児休業(3年)などを利用できます。").count == 1)
        #expect(ListedSupportSystems.listed(in: "職員は育児休業(3年)、研修などを利用できます。").isEmpty)
        #expect(ListedSupportSystems.listed(in: "育児休業(3年)、テレワーク(週2日)などを利用できます。").isEmpty)
        // One system named in passing is no list.
        #expect(QuotedSupportSystems.resolved([], in: L.part(.supportSystems, "両立支援制度", [L.block("育児休業(3年)などを利用できます。", x: 40, y: 100)])).isEmpty)
        // (The sentence wraps after a `、`: two lines of one paragraph.)
        let lines = [L.block("育児休業（子が3歳に達するまで）、子の看護休暇（年5日）、", x: 40, y: 100), L.block("介護休暇（通算6か月）などの制度を男女とも利用できます。", x: 40, y: 112)]
        let paragraph = Block(kind: .paragraph, box: lines[0].block.box.union(lines[1].block.box), lines: lines.flatMap(\.block.lines))
        let part = L.part(.supportSystems, "両立支援制度", [(1, paragraph)])
        #expect(QuotedSupportSystems.resolved([], in: part).map(\.name) == ["育児休業", "子の看護休暇", "介護休暇"])
    }
}
