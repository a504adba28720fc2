import BrochureKit
import Foundation
import Testing
@testable import BrochureStore

/// `history`: figures by fiscal year with their editions, planned against actual, women's
/// share, and the three output formats.
@Suite("History across editions")
struct HistoryTests {
    /// Two editions: 2024 plans FY2024 at 48(16)+7(1); 2025 gives it as actual 49(16)+8(2).
    static func twoEditions(in dir: URL, file2025: String? = nil) throws -> BrochureDatabase {
        let store = try StoreSamples.database(in: dir)
        _ = try store.ingest(StoreSamples.document(sha: 1, year: 2024, asOf: "2024-03", rows: [
            StoreSamples.row(2023, admin: (61, 20), tech: (9, 3)),
            StoreSamples.row(2024, planned: true, admin: (48, 16), tech: (7, 1)),
        ], file: "soumu-2024.pdf"))
        _ = try store.ingest(StoreSamples.document(sha: 2, year: 2025, asOf: "2025-03", rows: [
            StoreSamples.row(2024, admin: (49, 16), tech: (8, 2), label: "令和6年度"),
            StoreSamples.row(2025, planned: true, admin: (52, 19), tech: (8, 3), label: "令和7年度"),
        ], file: file2025 ?? "soumu-2025.pdf"))
        return store
    }

    @Test("every year of every edition, each figure with its edition, planned beside actual")
    func figures() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let history = try Self.twoEditions(in: dir).history(organization: "総務省")
        #expect(history.fiscalYears.map(\.fiscalYear) == [2023, 2024, 2025])
        let fy2024 = history.fiscalYears[1]
        #expect(fy2024.figures.map(\.edition.year) == [2024, 2025])
        #expect(fy2024.figures.map(\.planned) == [true, false])
        #expect(fy2024.figures[0].total == History.Count(count: 55, women: 17, womenShare: 30.9))
        #expect(fy2024.figures[1].total == History.Count(count: 57, women: 18, womenShare: 31.6))
        let comparison = try #require(fy2024.plannedVsActual)
        #expect(comparison.plannedEdition.file == "soumu-2024.pdf" && comparison.actualEdition.file == "soumu-2025.pdf")
        // 18/57 − 17/55 = 31.58 − 30.91 = 0.67 points: from the exact shares, not the rounded ones.
        #expect(comparison.total == History.Count(count: 2, women: 1, womenShare: 0.7))
        #expect(comparison.administrative == History.Count(count: 1, women: 0, womenShare: -0.7))
        #expect(history.fiscalYears[0].plannedVsActual == nil && history.fiscalYears[2].plannedVsActual == nil)
    }

    @Test("women's share: one decimal, half away from zero; null without women or heads")
    func share() {
        #expect(History.Count(count: 55, women: 20).womenShare == 36.4)
        #expect(History.Count(count: 8, women: 1).womenShare == 12.5)
        #expect(History.Count(count: 0, women: 0).womenShare == nil)
        #expect(History.Count(count: 5, women: nil).womenShare == nil)
        #expect(History.Count.difference(History.Count(count: 5, women: nil), History.Count(count: 4, women: 1)) == History.Count(count: 1, women: nil, womenShare: nil))
        #expect(HistoryFormat.decimal(-0.05) == "-0.1" && HistoryFormat.decimal(30) == "30.0")
    }

    @Test("an unknown organization lists the ones stored")
    func unknownOrganization() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: StoreError.unknownOrganization("総務", present: ["総務省"])) { try Self.twoEditions(in: dir).history(organization: "総務") }
    }

    @Test("JSON follows Schemas/history.schema.json and decodes back")
    func json() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let history = try Self.twoEditions(in: dir).history(organization: "総務省", allEditions: true)
        let text = try HistoryFormat.json.render(history)
        #expect(try BundledSchema.history.validate(jsonText: text).isEmpty)
        #expect(BundledSchema.detect(try JSONParser.parse(text)) == .history)
        #expect(try JSONDecoder().decode(History.self, from: Data(text.utf8)) == history)
    }

    @Test("the table lines up by display width, kanji counting two cells")
    func table() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let history = try Self.twoEditions(in: dir, file2025: "総務省パンフ.pdf").history(organization: "総務省")
        let lines = HistoryTable.render(history).split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("総務省: hiring by fiscal year from 2 current editions"))
        let body = Array(lines.dropFirst(1))
        #expect(body.count == 1 + 4 + 1)  // header, four figures, one difference
        // The kind column starts at the same cell on every line, whether the label is R6 or 令和6年度.
        let starts = body.map { line -> Int in
            let kind = ["kind", "planned", "actual", "difference"].compactMap { line.range(of: "  \($0) ") }.first!
            return DisplayWidth.of(String(line[..<kind.lowerBound]))
        }
        #expect(Set(starts).count == 1, "\(body.joined(separator: "\n"))")
        #expect(body.contains { $0.contains("difference") && $0.contains("+2") && $0.contains("+0.7pt") })
        #expect(body.allSatisfy { !$0.hasSuffix(" ") })
        #expect(DisplayWidth.of("令和6年度") == 9 && DisplayWidth.of("ｱｲ") == 2 && DisplayWidth.of("e\u{301}") == 1)
    }

    @Test("CSV: header row, CRLF, one record per figure and difference, RFC 4180 quoting")
    func csv() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let history = try Self.twoEditions(in: dir, file2025: #"soumu "2025", final.pdf"#).history(organization: "総務省")
        let text = HistoryCSV.render(history)
        #expect(text.hasSuffix("\r\n"))
        let records = text.components(separatedBy: "\r\n").dropLast()
        #expect(records.first == HistoryCSV.header.joined(separator: ","))
        #expect(records.count == 1 + 4 + 1)
        #expect(records.contains { $0.contains(#","soumu ""2025"", final.pdf","#) })
        #expect(records.contains { $0.hasPrefix("総務省,2024,令和6年度,difference,2025-2024,,,,,2,1,0.7,1,0,-0.7,1,1,") })
        #expect(HistoryCSV.quoted("a\nb") == "\"a\nb\"" && HistoryCSV.quoted("plain") == "plain")
    }
}
