import BrochureKit
import Foundation
@testable import BrochureStore

/// Hand-built brochure documents and scratch databases for the store's tests.
enum StoreSamples {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A fixture PDF's path.
    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Fixtures/brochures/\(name).pdf").path
    }

    /// A distinct, schema-valid SHA-256 for each `n`.
    static func sha(_ n: Int) -> String {
        String(repeating: "0", count: 56) + String(format: "%08x", n)
    }

    /// `55（17）` as a hiring cell.
    static func count(_ count: Int, _ women: Int?) -> CountWithWomen {
        CountWithWomen(count: count, women: women)
    }

    /// A hiring row whose total is the sum of its tracks.
    static func row(_ fiscalYear: Int, planned: Bool = false, admin: (Int, Int?), tech: (Int, Int?), label: String? = nil) -> HiringRecord.Row {
        let women = admin.1.flatMap { a in tech.1.map { a + $0 } }
        return HiringRecord.Row(
            fiscalYear: fiscalYear, label: label ?? "R\(fiscalYear - 2018)", planned: planned,
            total: count(admin.0 + tech.0, women), administrative: count(admin.0, admin.1), technical: count(tech.0, tech.1))
    }

    /// A brochure with a hiring table and, to exercise every table, one of each other section.
    static func document(
        sha n: Int, organization: String? = "総務省", year: Int?, asOf: String?, rows: [HiringRecord.Row], file: String? = nil
    ) -> BrochureDocument {
        var sections = SectionSet()
        sections.hiring = HiringRecord(rows: rows, technicalScope: "情報通信行政", page: 1)
        sections.assignments = AssignmentRecord(cohortFiscalYear: year.map { $0 - 1 }, asOf: asOf, rows: [
            .init(unit: "大臣官房", administrative: 1, technical: 0), .init(unit: "国際戦略局", administrative: 3, technical: 3),
        ], page: 1)
        sections.examBreakdown = ExamBreakdown(cohortFiscalYear: year, planned: true, entries: [
            .init(track: .administrative, level: .undergraduate, category: "法律", count: 6),
        ], page: 1)
        sections.contacts = [Contact(
            track: .administrative, label: "総合職事務系", specialty: nil, office: "大臣官房秘書課", location: "中央合同庁舎2号館7階",
            phones: [.init(number: "03-5253-5069", note: "直通"), .init(number: "03-5253-5072", note: nil)],
            emails: ["setsumeikai@soumu.go.jp"], page: 1)]
        sections.access = Access(address: "東京都千代田区霞が関2-1-2", building: "合同庁舎2号館", routes: [
            .init(station: "霞ヶ関", lines: ["丸ノ内線", "日比谷線"], exit: "A2", walkMinutes: nil),
        ], page: 1)
        sections.initiatives = [Initiative(title: "テレワークの促進", summary: "効果的なテレワークの推進に努めています。", page: 2)]
        sections.supportSystems = [SupportSystem(name: "介護休暇", summary: "通算して6月以内", durations: [], page: 2)]
        sections.training = Training(programs: [.init(name: "語学研修", summary: "語学研修を毎年実施しています。")], page: 2)
        return BrochureDocument(
            source: .init(file: file ?? "sample-\(n).pdf", sha256: sha(n), pageCount: 2),
            organization: organization,
            edition: year.flatMap { year in asOf.map { BrochureDocument.Edition(year: year, asOf: $0) } },
            sections: sections,
            warnings: [ExtractionWarning(code: "sum-mismatch", message: "合計 ≠ 事務系 + 技術系", section: "hiring", page: 1)])
    }

    /// A scratch folder, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("brochure-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A new database in a scratch folder; `beforeInsert` is the fault-injection hook.
    static func database(
        in dir: URL, beforeInsert: (@Sendable (String) throws -> Void)? = nil
    ) throws -> BrochureDatabase {
        try BrochureDatabase(path: dir.appendingPathComponent("test.sqlite").path, mustExist: false, beforeInsert: beforeInsert)
    }
}
