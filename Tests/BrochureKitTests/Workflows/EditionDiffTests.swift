import Testing
@testable import BrochureKit

/// `EditionDiff.compare` on small hand-built documents: alignment by key, planned → actual,
/// units, contacts, women's share, and what is deliberately not a difference.
@Suite("Comparing two editions")
struct EditionDiffTests {
    typealias Entry = DiffSamples.Entry

    @Test("The same document, another file name, checksum and warnings: no differences")
    func noDifferences() {
        let old = DiffSamples.document(file: "a.pdf", sections: DiffSamples.full())
        var new = DiffSamples.document(file: "b.json", sections: DiffSamples.full())
        new.source.sha256 = String(repeating: "cd", count: 32)
        new.warnings = [ExtractionWarning(code: "sum-mismatch", message: "x", section: "hiring", page: 1)]
        let diff = EditionDiff.compare(old: old, new: new)
        #expect(diff.changes.isEmpty)
        #expect(diff.notices.isEmpty)
        #expect(!diff.hasDifferences)
        #expect(diff.womenShare.count == 9)  // the series is always there: 3 years × 3 tracks
    }

    /// Each section's rows are reordered (which must not matter) and one value edited.
    static let alignments: [(String, @Sendable (inout SectionSet) -> Void, Entry)] = [
        ("hiring by fiscal year", { s in
            s.hiring!.rows.reverse()
            s.hiring!.rows[2].total = CountWithWomen(count: 57, women: 21)
        }, Entry(section: "hiring", key: "FY2022", field: "total.count", kind: .changed)),
        ("assignments by unit", { s in
            s.assignments!.rows.reverse()
            s.assignments!.rows[0].technical = 4
        }, Entry(section: "assignments", key: "国際戦略局", field: "technical", kind: .changed)),
        ("exam entries by track, level and category", { s in
            s.examBreakdown!.entries.reverse()
            s.examBreakdown!.entries[1].count = 7
        }, Entry(section: "examBreakdown", key: "administrative/undergraduate/法律", field: "count", kind: .changed)),
        ("contacts by track and specialty", { s in
            s.contacts!.reverse()
            s.contacts![0].emails = ["recruit@soumu.go.jp"]
        }, Entry(section: "contacts", key: "technical/情報通信行政", field: "emails", kind: .changed)),
        ("routes by station", { s in
            s.access!.routes.reverse()
            s.access!.routes[1].walkMinutes = 2
        }, Entry(section: "access", key: "霞ヶ関", field: "walkMinutes", kind: .changed)),
        ("initiatives by title", { s in
            s.initiatives!.insert(Initiative(title: "1on1ミーティング", summary: "推奨しています。", page: 2), at: 0)
        }, Entry(section: "initiatives", key: "1on1ミーティング", field: nil, kind: .added)),
        ("support systems by title", { s in
            s.supportSystems![0].summary = "通算して6月以内(3回まで分割可)。"
        }, Entry(section: "supportSystems", key: "介護休暇", field: "summary", kind: .changed)),
        ("training programmes by name", { s in
            s.training!.programs = []
        }, Entry(section: "training", key: "語学研修", field: nil, kind: .removed)),
        ("a section-level field", { s in
            s.assignments!.cohortFiscalYear = 2024
        }, Entry(section: "assignments", key: nil, field: "cohortFiscalYear", kind: .changed)),
        ("a whole section that disappears", { s in
            s.access = nil
        }, Entry(section: "access", key: nil, field: nil, kind: .removed)),
    ]

    @Test("Rows are aligned by key, not position", arguments: alignments)
    func alignment(_ name: String, _ edit: @Sendable (inout SectionSet) -> Void, _ expected: Entry) {
        let diff = DiffSamples.diff(edit)
        #expect(DiffSamples.entries(diff) == [expected], "\(name)")
    }

    @Test("A whole section in the new edition only is one addition carrying the section")
    func sectionAdded() throws {
        var old = DiffSamples.full()
        old.training = nil
        let diff = EditionDiff.compare(old: DiffSamples.document(sections: old), new: DiffSamples.document(sections: DiffSamples.full()))
        let change = try #require(diff.changes.first)
        #expect(diff.changes.count == 1)
        #expect(change.kind == .added && change.section == "training" && change.key == nil && change.old == .null)
        #expect(change.new["programs"]?.arrayValue?.count == 1)
        #expect(change.newPage == 2)
    }

    @Test("A year planned in the old edition and actual in the new one is a changed row, with notices per track")
    func plannedToActual() throws {
        var old = DiffSamples.full()
        old.hiring!.rows.removeFirst()
        old.hiring!.rows.append(DiffSamples.row(2025, planned: true, total: (60, 22), admin: (50, 18), tech: (10, 4)))
        var new = DiffSamples.full()
        new.hiring!.rows[2] = DiffSamples.row(2024, total: (57, 18), admin: (49, 15), tech: (8, 3))
        new.hiring!.rows.removeFirst()
        let diff = EditionDiff.compare(old: DiffSamples.document(year: 2024, sections: old), new: DiffSamples.document(year: 2025, sections: new))
        let fy2024 = diff.changes.filter { $0.key == "FY2024" }
        #expect(fy2024.allSatisfy { $0.kind == .changed })
        #expect(Set(fy2024.compactMap(\.field)) == [
            "planned", "total.count", "total.women", "administrative.count", "administrative.women", "technical.count", "technical.women",
        ])
        let flag = try #require(fy2024.first { $0.field == "planned" })
        #expect(flag.old == .bool(true) && flag.new == .bool(false))
        let planned = diff.notices.filter { $0.kind == .plannedVsActual }
        #expect(planned.map(\.track) == ["total", "administrative", "technical"])
        #expect(planned.map(\.delta) == [.number(JSONNumber(2)), .number(JSONNumber(1)), .number(JSONNumber(1))])
        #expect(planned.allSatisfy { $0.key == "FY2024" })
        #expect(planned[0].old == JSONValue(encoding: CountWithWomen(count: 55, women: 17)))
        #expect(planned[0].new == JSONValue(encoding: CountWithWomen(count: 57, women: 18)))
        #expect(planned[0].message.contains("55 (17 women) planned in the 2024 edition, 57 (18 women) hired according to the 2025 edition (+2)"))
        // FY2025 is planned in the old edition only (not actual in the new): a removal, no notice.
        #expect(diff.changes.contains { $0.key == "FY2025" && $0.kind == .removed })
        #expect(!diff.notices.contains { $0.key == "FY2025" })
    }

    @Test("Units that appear or disappear in the assignments")
    func units() {
        let diff = DiffSamples.diff { s in
            s.assignments!.rows.removeFirst()
            s.assignments!.rows.append(.init(unit: "統計局", administrative: 2, technical: 0))
        }
        #expect(diff.notices.map { "\($0.kind.rawValue) \($0.key)" } == ["unitDisappeared 大臣官房", "unitAppeared 統計局"])
        let appeared = diff.notices.first { $0.kind == .unitAppeared }
        #expect(appeared?.message.contains("2 administrative, 0 technical") == true)
        #expect(appeared?.old == .null)
    }

    @Test("A changed phone number and floor are contact notices; a changed label is not")
    func contactChanged() throws {
        let diff = DiffSamples.diff { s in
            s.contacts![1].phones = [.init(number: "03-5253-5874", note: "直通")]
            s.contacts![0].location = "中央合同庁舎2号館8階"
            s.contacts![0].label = "総合職(事務系)"
        }
        #expect(diff.changes.count == 3)
        let notices = diff.notices.filter { $0.kind == .contactChanged }
        #expect(Set(notices.compactMap(\.field)) == ["phones", "location"])
        let phone = try #require(notices.first { $0.field == "phones" })
        #expect(phone.key == "technical/情報通信行政" && phone.track == "technical")
        #expect(phone.message.contains("03-5253-5873 (直通) → 03-5253-5874 (直通)"))
        let floor = try #require(notices.first { $0.field == "location" })
        #expect(floor.message.contains("(floor 7 → 8)"))
    }

    @Test("Women's share: a notice when a year's share differs, the new edition's series with the old share beside it")
    func womenShare() throws {
        var new = DiffSamples.full()
        new.hiring!.rows[1].technical = CountWithWomen(count: 9, women: 4)
        new.hiring!.rows.append(DiffSamples.row(2025, planned: true, total: (60, 22), admin: (50, 18), tech: (10, nil)))
        let diff = EditionDiff.compare(old: DiffSamples.document(sections: DiffSamples.full()), new: DiffSamples.document(sections: new))
        let notices = diff.notices.filter { $0.kind == .womenShare }
        #expect(notices.count == 1)
        let notice = try #require(notices.first)
        #expect(notice.key == "FY2023" && notice.track == "technical")
        #expect(notice.old == .number(JSONNumber(33.3)) && notice.new == .number(JSONNumber(44.4)))
        #expect(notice.delta == .number(JSONNumber(11.1)))
        let series = diff.womenShare
        #expect(series.count == 12)
        let added = try #require(series.first { $0.fiscalYear == 2025 && $0.track == "total" })
        #expect(added.percent == 36.7 && added.oldPercent == nil && added.planned)
        #expect(series.first { $0.fiscalYear == 2025 && $0.track == "technical" }?.percent == nil)
        let kept = try #require(series.first { $0.fiscalYear == 2022 && $0.track == "total" })
        #expect(kept.percent == 37.5 && kept.oldPercent == 37.5)
    }

    static let percents: [(CountWithWomen?, Double?)] = [
        (CountWithWomen(count: 66, women: 21), 31.8), (CountWithWomen(count: 8, women: 2), 25.0),
        (CountWithWomen(count: 3, women: 1), 33.3), (CountWithWomen(count: 3, women: 2), 66.7),
        (CountWithWomen(count: 10, women: nil), nil), (CountWithWomen(count: 0, women: 0), nil), (nil, nil),
    ]

    @Test("Percent of women, one decimal", arguments: percents)
    func percent(_ figure: CountWithWomen?, _ expected: Double?) {
        #expect(WomenShare.percent(figure) == expected)
    }

    @Test("Organization and edition changes are reported; pages and year labels only when asked")
    func documentFieldsPagesAndLabels() {
        let old = DiffSamples.document(year: 2024, sections: DiffSamples.full())
        var moved = DiffSamples.full()
        moved.training!.page = 3
        moved.hiring!.rows[0].label = "令和4年度"
        let new = DiffSamples.document(year: 2025, organization: "デジタル庁", sections: moved)
        #expect(DiffSamples.entries(EditionDiff.compare(old: old, new: new)) == [
            Entry(section: "document", key: nil, field: "organization", kind: .changed),
            Entry(section: "document", key: nil, field: "edition.year", kind: .changed),
            Entry(section: "document", key: nil, field: "edition.asOf", kind: .changed),
        ])
        let all = EditionDiff.compare(old: old, new: new, options: .init(includePages: true, includeLabels: true))
        #expect(DiffSamples.entries(all).isSuperset(of: [
            Entry(section: "training", key: nil, field: "page", kind: .changed),
            Entry(section: "hiring", key: "FY2022", field: "label", kind: .changed),
        ]))
        #expect(all.changes.count == 5)
    }

    @Test("Two rows with one key stay apart, the second as #2")
    func duplicateKeys() {
        let diff = DiffSamples.diff { s in
            s.initiatives = [s.initiatives![0], Initiative(title: "テレワークの促進", summary: "二つ目。", page: 2)]
        }
        #expect(DiffSamples.entries(diff) == [Entry(section: "initiatives", key: "テレワークの促進 #2", field: nil, kind: .added)])
    }

    @Test("Two organizations: their changes are listed, but no notice pairs one's plan with the other's hires")
    func otherOrganization() {
        var new = DiffSamples.full()
        new.hiring!.rows[2] = DiffSamples.row(2024, total: (99, 40), admin: (90, 35), tech: (9, 5))
        let diff = EditionDiff.compare(
            old: DiffSamples.document(year: 2024, sections: DiffSamples.full()),
            new: DiffSamples.document(year: 2025, organization: "国土交通省", sections: new))
        #expect(diff.notices.isEmpty)
        #expect(diff.changes.contains { $0.field == "organization" })
        #expect(diff.hasDifferences)
    }
}
