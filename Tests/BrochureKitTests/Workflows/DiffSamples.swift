@testable import BrochureKit

/// Small hand-built brochure documents for the diff tests: one edition with every section, and
/// shorthands to write rows in one line.
enum DiffSamples {
    static func document(
        year: Int = 2024, organization: String? = "総務省", file: String? = nil, sections: SectionSet
    ) -> BrochureDocument {
        BrochureDocument(
            source: .init(file: file ?? "sample-\(year).pdf", sha256: String(repeating: "ab", count: 32), pageCount: 2),
            organization: organization, edition: .init(year: year, asOf: "\(year)-03"), sections: sections, warnings: [])
    }

    /// A hiring row: `(count, women)` per track.
    static func row(_ year: Int, planned: Bool = false, total: (Int, Int?), admin: (Int, Int?), tech: (Int, Int?)) -> HiringRecord.Row {
        HiringRecord.Row(
            fiscalYear: year, label: "R\(year - 2018)", planned: planned,
            total: CountWithWomen(count: total.0, women: total.1),
            administrative: CountWithWomen(count: admin.0, women: admin.1),
            technical: CountWithWomen(count: tech.0, women: tech.1))
    }

    static func contact(_ track: Track, specialty: String? = nil, location: String = "中央合同庁舎2号館7階", phones: [String] = ["03-5253-5069"], page: Int = 1) -> Contact {
        Contact(
            track: track, label: track == .administrative ? "総合職事務系" : "総合職技術系", specialty: specialty,
            office: "大臣官房秘書課", location: location, phones: phones.map { .init(number: $0, note: "直通") },
            emails: ["setsumeikai@soumu.go.jp"], page: page)
    }

    /// An edition with every section: hiring R2–R5 actual and R6 planned, two units, two exam
    /// entries, two contacts, two routes, and one initiative, support system and programme.
    static func full(year: Int = 2024) -> SectionSet {
        var s = SectionSet()
        s.hiring = HiringRecord(
            rows: [
                row(2022, total: (56, 21), admin: (46, 16), tech: (10, 5)),
                row(2023, total: (70, 23), admin: (61, 20), tech: (9, 3)),
                row(2024, planned: true, total: (55, 17), admin: (48, 16), tech: (7, 1)),
            ], technicalScope: "情報通信行政", page: 1)
        s.assignments = AssignmentRecord(
            cohortFiscalYear: 2023, asOf: "2024-03",
            rows: [.init(unit: "大臣官房", administrative: 1, technical: 0), .init(unit: "国際戦略局", administrative: 3, technical: 3)], page: 1)
        s.examBreakdown = ExamBreakdown(
            cohortFiscalYear: 2024, planned: true,
            entries: [
                .init(track: .administrative, level: .undergraduate, category: "法律", count: 6),
                .init(track: .technical, level: .graduate, category: "工学", count: 3),
            ], page: 1)
        s.contacts = [contact(.administrative), contact(.technical, specialty: "情報通信行政", location: "中央合同庁舎2号館10階", phones: ["03-5253-5873"])]
        s.access = Access(
            address: "東京都千代田区霞が関2-1-2", building: "合同庁舎2号館",
            routes: [
                .init(station: "霞ヶ関", lines: ["丸ノ内線"], exit: "A2", walkMinutes: nil),
                .init(station: "桜田門", lines: ["有楽町線"], exit: nil, walkMinutes: 3),
            ], page: 1)
        s.initiatives = [Initiative(title: "テレワークの促進", summary: "テレワークを推進しています。", page: 2)]
        s.supportSystems = [SupportSystem(name: "介護休暇", summary: "通算して6月以内。", durations: [], page: 2)]
        s.training = Training(programs: [.init(name: "語学研修", summary: "英語等の語学研修を毎年実施。")], page: 2)
        return s
    }

    /// What a diff reported, reduced to what the tests compare.
    struct Entry: Hashable, CustomStringConvertible {
        var section: String
        var key: String?
        var field: String?
        var kind: DiffChange.Kind

        var description: String { "\(kind) \(section) \(key ?? "-") \(field ?? "-")" }
    }

    static func entries(_ diff: DocumentDiff) -> Set<Entry> {
        Set(diff.changes.map { Entry(section: $0.section, key: $0.key, field: $0.field, kind: $0.kind) })
    }

    /// The changes between `full()` and `full()` with `edit` applied, edition and all else equal.
    static func diff(options: EditionDiff.Options = .init(), _ edit: (inout SectionSet) -> Void) -> DocumentDiff {
        var changed = full()
        edit(&changed)
        return EditionDiff.compare(old: document(sections: full()), new: document(sections: changed), options: options)
    }
}
