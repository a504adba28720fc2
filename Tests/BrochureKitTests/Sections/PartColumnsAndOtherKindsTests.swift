import Testing

@testable import BrochureKit

/// A track counted as a part of everyone (`採用者数 | うち技術職`), offers as a planned row, a
/// prefecture before a city's name, an e-mail domain named after `@以下`, an exam held for
/// some applicants under a track word, and a third kind of exam beside the two tracks.
@Suite("Part columns, offers and other kinds")
struct PartColumnsAndOtherKindsTests {
    typealias L = LooseLayoutsTests
    typealias J = JobTitleTracksTests

    @Test("Everyone, then one track of them: the first column is the total and the other track the difference")
    func partColumn() throws {
        let hiring = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [J.table([
            ["年度", "採用者数", "うち技術職"], ["令和6年度", "5（2）", "1（0）"], ["令和7年度", "6（3）", "2（1）"], ["令和8年度（予定）", "6", "2"],
        ])])))
        #expect(CategoryColumnsAndPlanLinesTests.tracks(hiring.rows) == ["2024 4(2) 1(0) 5", "2025 4(2) 2(1) 6", "2026 4(-1) 2(-1) 6"])
        // A part larger than its whole is no part of it.
        let bigger = J.table([["年度", "採用者数", "うち技術職"], ["令和6年度", "1", "2"], ["令和7年度", "6", "2"]]).block.table!
        #expect(InnerTrackColumn.split(bigger, yearRows: [1, 2], headerRows: 1) == nil)
        // Nor is a column of women, or a table naming both tracks.
        let women = J.table([["年度", "採用者数", "うち女性"], ["令和6年度", "5", "2"], ["令和7年度", "6", "2"]]).block.table!
        #expect(InnerTrackColumn.split(women, yearRows: [1, 2], headerRows: 1) == nil)
        let both = J.table([["年度", "事務職", "うち技術職"], ["令和6年度", "5", "2"], ["令和7年度", "6", "2"]]).block.table!
        #expect(InnerTrackColumn.split(both, yearRows: [1, 2], headerRows: 1) == nil)
    }

    @Test("A year of offers made (`令和8年度（内定）`) is planned; its label is the year")
    func offers() throws {
        let label = try #require(YearLabel("令和8年度（内定）"))
        #expect(label.fiscalYear == 2026 && label.planned && label.label == "令和8年度")
        #expect(YearLabel("令和7年度")?.planned == false)
    }

    @Test("A prefecture before a municipality's name is dropped; a prefecture's own body keeps it", arguments: [
        ("滋賀県東近江市", "東近江市"), ("北海道中川郡本別町", "本別町"), ("滋賀県警察", "滋賀県警察"), ("東近江市", "東近江市"), ("滋賀県", "滋賀県"),
    ])
    func prefecture(_ printed: String, _ expected: String) {
        #expect(CoverTitle.withoutPrefecture(printed) == expected)
    }

    @Test("A cover's body before its offices, or a city after its prefecture, names the publisher, end to end", arguments: [
        ("holdout70/kumamoto-kokuzei-2026", "熊本国税局"), ("holdout69/higashiomi-2026", "東近江市"),
    ])
    func coverNames(_ file: String, _ expected: String) throws {
        let document = try BrochureExtractor().extract(try PDFDocument(path: "Fixtures/\(file).pdf"))
        #expect(document.organization == expected)
    }

    @Test("A field's line giving a value per track (`TEL 事務系 … 技術系 …`) opens no contact: the office over it is theirs")
    func fieldLinePerTrack() {
        #expect(ContactsParser.labelPrefix("TEL事務系075-451-9161技術系075-414-9502") == nil)
        #expect(ContactsParser.labelPrefix("事務系075-451-9161")?.label == "事務系")
        let part = SectionSegmenter.Part(kind: .contacts, heading: "採用担当", headingSize: 12, blocks: [L.block("近畿農政局総務部人事課任用係", x: 40, y: 100)]
            + [L.block("TEL 事務系 075-451-9161 技術系 075-414-9502", x: 40, y: 112), L.block("E-mail 事務系 kinki-jimu 技術系 kinki-gijutsu", x: 40, y: 124),
               L.block("※E-mailの＠以下はいずれも「maff.go.jp」です。", x: 40, y: 136)], page: 1)
        let contacts = ContactsParser().parse(part)
        #expect(contacts.map(\.office) == ["近畿農政局総務部人事課任用係"])
        #expect(contacts.flatMap(\.emails) == ["kinki-jimu@maff.go.jp", "kinki-gijutsu@maff.go.jp"] && contacts.flatMap(\.phones).count == 2)
    }

    @Test("A domain named after `@以下` completes each local part of a labelled line")
    func domainAfterAt() {
        #expect(NotedMailDomain.notedDomain("※E-mailの@以下はいずれも「maff.go.jp」です。") == "maff.go.jp")
        #expect(NotedMailDomain.notedDomain("※@以下は「農政局」です。") == nil)
        #expect(NotedMailDomain.completed("E-mail 事務系 kinki-jimu 技術系 kinki-gijutsu", domain: "maff.go.jp")
            == "E-mail 事務系 kinki-jimu@maff.go.jp 技術系 kinki-gijutsu@maff.go.jp")
        #expect(NotedMailDomain.completed("TEL 事務系 075-451-9161", domain: "maff.go.jp") == "TEL 事務系 075-451-9161")
        // One local part at the end of its line is an address wrapped before its `@`: left to be joined.
        #expect(NotedMailDomain.completed("メール kyoshokuin-jinji", domain: "office.pref.nara.lg.jp") == "メール kyoshokuin-jinji")
    }

    @Test("A track word with whom the exam is held for in brackets is a category; a track with its field is not", arguments: [
        ("事務(障がい者対象)", true), ("事務(社会人経験者)", true), ("事務(キャリア)", false), ("技術(土木)", false), ("事務", false),
    ])
    func applicants(_ text: String, _ expected: Bool) {
        #expect(ExamTrackedRowNames.opensForApplicants(text) == expected)
    }

    @Test("Kana inside the brackets that end a category say whom it is for; kana outside them make a sentence")
    func kanaInBrackets() throws {
        #expect(ExamBreakdownParser.looksLikeCategory("事務(障がい者対象)") && ExamBreakdownParser.looksLikeCategory("一般事務(障がい者)"))
        #expect(!ExamBreakdownParser.looksLikeCategory("合計で約20名") && !ExamBreakdownParser.looksLikeCategory("事務の(対象)"))
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "試験区分", [J.table([
            ["区分", "試験", "職種", "予定数"], ["事務職", "市職員採用試験（大学卒業程度）", "行政", "18"],
            ["", "市職員採用試験（障がい者対象）", "事務（障がい者対象）", "2"], ["技術職", "市職員採用試験（大学卒業程度）", "土木", "5"],
        ])])))
        #expect(exam.entries.map { "\($0.track) \($0.category) \($0.count)" } == ["administrative 行政 18", "administrative 事務(障がい者対象) 2", "technical 土木 5"])
    }

    @Test("An exam row whose track cell names neither track is of the other kind")
    func otherKind() throws {
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "試験区分", [J.table([
            ["区分", "試験", "職種", "予定数"], ["一般事務", "町職員採用試験（大学卒業程度）", "一般事務", "3"],
            ["技術", "町職員採用試験（大学卒業程度）", "土木", "1"], ["保健師", "町職員採用試験（大学卒業程度）", "保健師", "1"],
        ])])))
        #expect(exam.entries.map { "\($0.track) \($0.category)" } == ["administrative 一般事務", "technical 土木", "other 保健師"])
    }
}
