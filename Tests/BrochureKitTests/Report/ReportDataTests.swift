import Foundation
import Testing
@testable import BrochureKit

/// What the report charts, gathered from editions: the rules that decide which edition's
/// figure a year shows.
@Suite("Report data")
struct ReportDataTests {
    static func document(
        file: String, year: Int, rows: [HiringRecord.Row], units: [AssignmentRecord.Row] = [], page: Int = 1
    ) -> BrochureDocument {
        var sections = SectionSet()
        sections.hiring = HiringRecord(rows: rows, technicalScope: nil, page: page)
        if !units.isEmpty { sections.assignments = AssignmentRecord(cohortFiscalYear: year - 1, asOf: nil, rows: units, page: page) }
        return BrochureDocument(
            source: .init(file: file, sha256: String(repeating: "0", count: 64), pageCount: 2), organization: "総務省",
            edition: .init(year: year, asOf: "\(year)-03"), sections: sections, warnings: [])
    }

    static func row(_ year: Int, planned: Bool = false, admin: Int, tech: Int, women: Int? = nil) -> HiringRecord.Row {
        HiringRecord.Row(
            fiscalYear: year, label: "FY\(year)", planned: planned,
            total: CountWithWomen(count: admin + tech, women: women), administrative: CountWithWomen(count: admin, women: nil),
            technical: CountWithWomen(count: tech, women: nil))
    }

    @Test("A later edition's actual figures replace a plan; a plan never replaces actual figures")
    func mergeRules() {
        let older = Self.document(file: "a.pdf", year: 2024, rows: [Self.row(2023, admin: 40, tech: 5), Self.row(2024, planned: true, admin: 42, tech: 6)])
        let newer = Self.document(file: "b.pdf", year: 2025, rows: [Self.row(2024, admin: 41, tech: 7), Self.row(2025, planned: true, admin: 44, tech: 4)], page: 2)
        // Given newest first: the order of the arguments does not matter, the editions' years do.
        let data = ReportData(documents: [newer, older])
        #expect(data.hiring.map(\.row.fiscalYear) == [2023, 2024, 2025])
        #expect(data.hiring.map(\.row.planned) == [false, false, true])
        #expect(data.hiring[1].row.administrative?.count == 41)
        #expect(data.hiring[1].source == ReportData.Source(file: "b.pdf", page: 2))
        #expect(data.hiring[0].source.file == "a.pdf")
        #expect(data.editions.first?.hasSuffix("a.pdf") == true)

        // A re-issued older edition listing 2024 as planned again does not hide the actual row.
        let reissue = Self.document(file: "c.pdf", year: 2026, rows: [Self.row(2024, planned: true, admin: 99, tech: 9)])
        let again = ReportData(documents: [older, newer, reissue])
        #expect(again.hiring.first { $0.row.fiscalYear == 2024 }?.row.administrative?.count == 41)
    }

    @Test("The newest edition's assignments and its diff from the one before")
    func newestAssignmentsAndDiff() {
        let units = [AssignmentRecord.Row(unit: "大臣官房", administrative: 1, technical: 0)]
        let older = Self.document(file: "a.pdf", year: 2024, rows: [Self.row(2023, admin: 40, tech: 5)], units: units)
        let newer = Self.document(file: "b.pdf", year: 2025, rows: [Self.row(2023, admin: 40, tech: 6)])
        let data = ReportData(documents: [older, newer])
        // The newest edition has none, so the newest that has them.
        #expect(data.assignments?.source.file == "a.pdf")
        #expect(data.latestDiff?.changes.contains { $0.section == "hiring" } == true)
        #expect(ReportData(documents: [older]).latestDiff == nil)
    }

    @Test("The HTML is self-contained: no script, nothing fetched, every figure linked to its page")
    func selfContained() throws {
        let units = [AssignmentRecord.Row(unit: "行政管理局<script>", administrative: 5, technical: 0)]
        let older = Self.document(file: "a b.pdf", year: 2024, rows: [Self.row(2022, admin: 38, tech: 5, women: 15), Self.row(2023, admin: 40, tech: 5, women: 17)])
        let newer = Self.document(file: "b.pdf", year: 2025, rows: [Self.row(2023, admin: 40, tech: 5, women: 17), Self.row(2025, planned: true, admin: 44, tech: 4)], units: units)
        let html = ReportHTML(ReportData(documents: [older, newer])).render()
        #expect(html.hasPrefix("<!doctype html>"))
        for forbidden in ["<script", "<link", "src=", "@import", "url(http", "href=\"http", "href=\"//"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        for id in ["hiring-chart", "women-chart", "assignments-chart"] { #expect(html.contains("id=\"\(id)\"")) }
        #expect(html.contains("行政管理局&lt;script&gt;"))
        #expect(html.contains("href=\"a%20b.pdf#page=1\""))
        // Two bars per year, each a link to the page of the edition it came from.
        #expect(html.components(separatedBy: "<a href=\"b.pdf#page=1\"><rect class=\"bar").count - 1 == 4)
        #expect(html.contains("class=\"bar administrative planned\""))
        #expect(html.contains("<table class=\"diff\">"))
    }
}
