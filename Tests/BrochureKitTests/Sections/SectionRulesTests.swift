import Foundation
import Testing
@testable import BrochureKit

@Suite("Section vocabulary, year labels, cross-checks")
struct SectionRulesTests {
    @Test(arguments: [
        ("【採用窓口】", SectionKind.contacts), ("1. 採用窓口", .contacts), ("お問い合わせ先", .contacts),
        ("２　アクセス", .access), ("【配属実績】", .assignments), ("４ 配属実績", .assignments),
        ("【採用実績】", .hiring), ("採用者数の推移", .hiring),
        ("【参考】令和6年入省者（予定）試験区分", .examBreakdown), ("5. 試験区分", .examBreakdown),
        ("【働き方改革・業務見直しの取組】", .initiatives), ("【生活と仕事の両立支援のための制度】", .supportSystems),
        ("仕事と家庭の両立支援", .supportSystems), ("研修制度", .training), ("８．研修制度", .training),
        ("＜働きやすい職場づくり＞", .initiatives), ("環境省の働き方", .initiatives), ("多様な働き方、より充実した政策へ", .initiatives), ("■採用窓口", .contacts), ("◆採用実績", .hiring),
        ("●ワークライフバランス", .initiatives), ("3 採用試験の区分", .examBreakdown), ("入庁者数の推移", .hiring),
        ("入省後の配属", .assignments), ("採用後の配属", .assignments), ("入局後はどこに配属されますか？", .assignments),
        ("③採用予定", .examBreakdown), ("03 採用予定", .examBreakdown), ("◆現場を知る・柔軟に働く", .initiatives), ("Ⅲ 採用予定", .examBreakdown),
        ("実績", .hiring), ("配属", .assignments), ("募集", .examBreakdown), ("働く", .initiatives), ("支える", .supportSystems),
        ("学ぶ", .training), ("訪ねる", .access), ("■ 配属", .assignments), ("採用予定（大学卒業程度）", .examBreakdown),
        ("令和８年度採用予定", .examBreakdown), ("数字で見る採用予定 PLAN 2026", .examBreakdown), ("選考日程と採用予定数", .examBreakdown),
        ("令和８年度上級試験採用予定数", .examBreakdown), ("子育て・介護を支える制度", .supportSystems), ("子育て支援", .supportSystems),
        ("採用予定 RECRUITMENT 2026", .examBreakdown), ("人材育成", .training), ("■人材育成", .training),
        ("05 子育て・介護の支援", .supportSystems), ("育児・介護のための休暇", .supportSystems),
    ])
    func headingsOpenSections(_ heading: String, _ kind: SectionKind) {
        #expect(SectionKind.opened(by: heading) == kind)
    }

    @Test(arguments: ["採用情報", "総務省総合職採用パンフレット", "採用予定数", "京都庁舎で働く職員", "業務実績", "募集要項", "地域を支える", "採用予定数（人）", "採用予定者の内訳",
                      "人事課 人材育成班", "開発監理部 人材育成推進室", "子育て支援部", "両立支援課", "研修事業課", "研修企画室", "出身大学（大学院）、学部、試験区分に関係なく、人物本位の採用を行っています。"])
    func otherHeadingsOpenNothing(_ heading: String) {
        #expect(SectionKind.opened(by: heading) == nil)
    }

    @Test(arguments: [
        ("R2", 2020, false), ("R6（予定数）", 2024, true), ("令和元年度", 2019, false), ("令和５年度（予定数）", 2023, true),
        ("平成31年度", 2019, false), ("H28", 2016, false), ("2020年度", 2020, false), ("2022年度（予定数）", 2022, true),
        ("R8（予定）", 2026, true), ("令和３（2021）年度", 2021, false), ("令和７（2025）年度（予定）", 2025, true),
        ("’21年度", 2021, false), ("'26年度（予定）", 2026, true),
    ])
    func yearLabels(_ text: String, _ year: Int, _ planned: Bool) throws {
        let label = try #require(YearLabel(text))
        #expect(label.fiscalYear == year)
        #expect(label.planned == planned)
    }

    @Test(arguments: ["合計", "事務系", "", "55（20）", "大臣官房", "3名", "’2年度", "’210年度"])
    func notYearLabels(_ text: String) {
        #expect(YearLabel(text) == nil)
    }

    @Test("Exam pairs, with ASCII and full-width colons")
    func examPairs() {
        let pairs = ExamBreakdownParser.pairs(in: Normalized.compact("法律：6名、経済：1名、政治・国際:6名、デジタル：１名"))
        #expect(pairs.map(\.0) == ["法律", "経済", "政治・国際", "デジタル"])
        #expect(pairs.map(\.1) == [6, 1, 6, 1])
    }

    @Test("Exam pairs with counts in kanji numerals; a count that is no number is skipped")
    func examPairsInKanji() {
        let pairs = ExamBreakdownParser.pairs(in: Normalized.compact("法律：六名、経済：十二名、行政：若干名"))
        #expect(pairs.map(\.0) == ["法律", "経済"])
        #expect(pairs.map(\.1) == [6, 12])
    }

    @Test("Exam pairs without a colon (法律7名), and a sentence that only ends in 名 is no pair")
    func examPairsWithoutColon() {
        let pairs = ExamBreakdownParser.pairs(in: Normalized.compact("法律7名、政治・国際4名、デジタル１名、合計で約20名"))
        #expect(pairs.map(\.0) == ["法律", "政治・国際", "デジタル"])
        #expect(pairs.map(\.1) == [7, 4, 1])
        #expect(ExamBreakdownParser.pairs(in: "合計約20名、うち女性8名").isEmpty)
        #expect(ExamBreakdownParser.pairs(in: Normalized.compact("法律：9人、経済 4人")).map(\.1) == [9, 4])
    }

    @Test("Exam pairs separated by slashes (法律7名／経済3名); a slash inside a label is no pair")
    func examPairsWithSlashes() {
        let pairs = ExamBreakdownParser.pairs(in: Normalized.compact("法律7名／経済3名／政治・国際2名／教養3名"))
        #expect(pairs.map(\.0) == ["法律", "経済", "政治・国際", "教養"])
        #expect(pairs.map(\.1) == [7, 3, 2, 3])
        #expect(ExamBreakdownParser.pairs(in: Normalized.compact("［事務系／大卒程度試験］")).isEmpty)
    }

    @Test("A total that is not the sum of its tracks, and more women than people, are warnings")
    func crossChecks() {
        var sections = SectionSet()
        sections.hiring = HiringRecord(rows: [
            .init(fiscalYear: 2020, label: "R2", planned: false, total: .init(count: 55, women: 20),
                  administrative: .init(count: 49, women: 17), technical: .init(count: 5, women: 3)),
            .init(fiscalYear: 2021, label: "R3", planned: false, total: .init(count: 5, women: 9),
                  administrative: .init(count: 3, women: 6), technical: .init(count: 2, women: 3)),
        ], technicalScope: nil, page: 1)
        sections.assignments = AssignmentRecord(cohortFiscalYear: 2020, asOf: nil, rows: [
            .init(unit: "大臣官房", administrative: 40, technical: 5),
        ], page: 1)
        let codes = CrossChecks.run(sections).map(\.code)
        #expect(codes.filter { $0 == "sum-mismatch" }.count == 1)  // R2: 49 + 5 ≠ 55
        #expect(codes.filter { $0 == "women-exceed-count" }.count == 3)  // R3 total, administrative, technical
        #expect(codes.contains("assignment-sum-mismatch"))  // 40 assigned, 49 hired
    }

    @Test("The cohort is the era year right before 入省", arguments: [
        ("令和5年度入省者の配属先", 2023),
        ("（R4年度・R5年度入省）", 2023),
        ("令和元年度採用", 2019),
        ("平成31年入省", 2019),
        ("令和5年度入庁者（総合職）の配属先", 2023),
        ("令和4年度入府者", 2022),
        ("2024年度入省者（2025年4月現在）", 2024),
        ("令和6年4月1日現在", nil),
        ("R6採用者（総合職）の配属先", 2024),
        ("H31入省者", 2019),
        ("OUR6採用者", nil),
        ("令和7年4月1日～令和8年3月1日採用者の配属先", 2025),
        ("令和6年10月1日採用者", 2024),
        ("令和7年4月1日現在の配属先", nil),
    ] as [(String, Int?)])
    func cohortYear(_ text: String, _ year: Int?) {
        #expect(AssignmentsParser.cohortYear(in: text) == year)
    }

    @Test("Counts too large to add up are mismatches, not a crash")
    func crossChecksOverflow() {
        var sections = SectionSet()
        sections.hiring = HiringRecord(rows: [
            .init(fiscalYear: 2020, label: "R2", planned: false, total: .init(count: 7, women: 2),
                  administrative: .init(count: Int.max, women: 1), technical: .init(count: 1, women: Int.max)),
        ], technicalScope: nil, page: 1)
        sections.assignments = AssignmentRecord(cohortFiscalYear: 2020, asOf: nil, rows: [
            .init(unit: "大臣官房", administrative: Int.max, technical: 0),
            .init(unit: "総務局", administrative: 1, technical: 1),
        ], page: 1)
        let warnings = CrossChecks.run(sections)
        #expect(warnings.filter { $0.code == "sum-mismatch" }.count == 2)  // heads and women
        #expect(warnings.contains { $0.code == "assignment-sum-mismatch" && $0.message.contains("more than") })
        #expect(CrossChecks.sum([Int.max, 1]) == nil)
        #expect(CrossChecks.sum([40, 9]) == 49)
    }

    @Test("Organization names come from a closed list, not from any run of kanji")
    func organizationNames() {
        #expect(OrganizationFinder.names(in: "平成二十年厚生労働省告示第五十九号") == ["厚生労働省"])
        #expect(OrganizationFinder.names(in: "他省庁・地方公共団体") == [])
        #expect(OrganizationFinder.names(in: "スポーツ庁と文部科学省") == ["スポーツ庁", "文部科学省"])
        #expect(OrganizationFinder.names(in: "海上保安庁") == ["海上保安庁"])
        // An agency under a ministry's domain is named by its own, more specific label.
        let layout = DocumentLayout(source: "x.pdf", info: DocumentInfo(pageCount: 0, title: nil, producer: nil, creator: nil, creationDate: nil), pages: [])
        func contact(_ email: String) -> Contact {
            Contact(track: .administrative, label: "総合職事務系", specialty: nil, office: "総務部", location: nil, phones: [], emails: [email], page: 1)
        }
        #expect(OrganizationFinder.find(layout: layout, contacts: [contact("saiyo@kaiho.mlit.go.jp")]) == "海上保安庁")
        #expect(OrganizationFinder.find(layout: layout, contacts: [contact("jinji@mlit.go.jp")]) == "国土交通省")
    }
}

/// On real documents that are not recruitment brochures, no section is found: a false hiring
/// table is worse than a missing one. Runs where `../shared/realpdfs` is present.
@Suite("Real PDFs that are not brochures", .enabled(if: RealPDFs.available, "../shared/realpdfs is not here"))
struct RealPDFsTests {
    @Test(arguments: RealPDFs.files)
    func noSections(_ file: String) throws {
        do {
            let extracted = try BrochureExtractor().extract(try PDFDocument(path: file, password: nil))
            #expect(extracted.sections == SectionSet(), "\(file)")
        } catch {
            // The encrypted files need their passwords and the scans have no text: both are
            // answers, not failures. Anything else is.
            switch error {
            case .passwordRequired, .noTextLayer: break
            default: Issue.record("\(file): \(error.errorDescription ?? "")")
            }
        }
    }
}

enum RealPDFs {
    static let folder = FixtureFiles.root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/realpdfs")
    static var available: Bool { FileManager.default.fileExists(atPath: folder.path) }
    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".pdf") }.sorted().map { folder.appendingPathComponent($0).path }
    }
}
