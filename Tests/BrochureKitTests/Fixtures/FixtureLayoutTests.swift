import Foundation
import Testing
@testable import BrochureKit

/// Every fixture brochure against its expected text: the targets the README reports.
@Suite("Fixture brochures")
struct FixtureLayoutTests {
    static func text(_ name: String) throws -> String {
        let document = try PDFDocument(path: FixtureFiles.pdf(name))
        return TextRenderer().render(try DocumentLayout.make(document))
    }

    @Test("The fixtures are there", .tags(.fixtures))
    func fixturesExist() {
        #expect(FixtureFiles.brochures.count >= 8)
    }

    @Test("Lines intact and in reading order", .tags(.fixtures), arguments: FixtureFiles.brochures)
    func readingOrder(_ name: String) throws {
        let score = ReadingOrderScore(expected: try FixtureFiles.expectedText(name), actual: try Self.text(name))
        #expect(score.integrity >= 0.98, "integrity \(score.integrity)")
        #expect(score.tau >= 0.95, "tau \(score.tau)")
    }

    @Test("The hiring table keeps its rows, two-line cells and women's counts", .tags(.fixtures))
    func hiringTable() throws {
        let layout = try DocumentLayout.make(try PDFDocument(path: FixtureFiles.pdf("soumu-2024")))
        let tables = layout.pages[0].blocks.compactMap(\.table)
        let hiring = try #require(tables.first { $0.rows.first?.first?.text == "入省年度" })
        #expect(hiring.rows.map { $0.map(\.text) } == [
            ["入省年度", "合計", "事務系", "技術系（うち情報通信行政）"],
            ["R2", "55（20）", "49（17）", "6（3）"],
            ["R3", "52（17）", "47（14）", "5（3）"],
            ["R4", "56（21）", "46（16）", "10（5）"],
            ["R5", "70（23）", "61（20）", "9（3）"],
            ["R6（予定数）", "55（17）", "48（16）", "7（1）"],
        ])
        #expect(hiring.headerRowCount == 1)
    }

    @Test("Running headers and page numbers are marked, not printed", .tags(.fixtures))
    func furniture() throws {
        let layout = try DocumentLayout.make(try PDFDocument(path: FixtureFiles.pdf("soumu-2025")))
        #expect(layout.pages.count == 3)
        for page in layout.pages {
            let furniture = page.blocks.filter(\.isFurniture).map { $0.lines.map(\.text).joined() }
            #expect(furniture.contains { $0.contains("総務省") && $0.contains("2025") }, "page \(page.number)")
            #expect(furniture.contains { $0.contains("\(page.number)") && $0.count <= 7 }, "page \(page.number)")
        }
        let text = TextRenderer().render(layout)
        #expect(!text.contains("- 2 -"))
        #expect(TextRenderer(includeFurniture: true).render(layout).contains("- 2 -"))
    }

    @Test("A vertical heading reads as one line before its section", .tags(.fixtures))
    func verticalHeading() throws {
        let layout = try DocumentLayout.make(try PDFDocument(path: FixtureFiles.pdf("soumu-2024")))
        let lines = layout.pages[1].blocks.flatMap(\.lines)
        let heading = try #require(lines.first { $0.orientation == .vertical })
        #expect(heading.text == "研修制度")
        let text = TextRenderer().render(layout)
        let headingAt = try #require(text.range(of: "研修制度\n"))
        let sectionAt = try #require(text.range(of: "入省直後に"))
        #expect(headingAt.lowerBound < sectionAt.lowerBound)
    }
}

extension Tag {
    @Tag static var fixtures: Self
}

/// The holdout brochures, in geometry the engine was not tuned on when each set was made:
/// not held to the fixture targets, but to a floor just under today's scores, so a change that
/// makes the engine generalise worse shows up in `make test`.
@Suite("Holdout brochures")
struct HoldoutFloorTests {
    struct Set: Sendable, CustomStringConvertible {
        var folder: String
        var count: Int
        var integrity: Double
        var tau: Double
        var description: String { folder }
    }

    static func names(in folder: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: FixtureFiles.root.appendingPathComponent(folder).path)) ?? []
        return files.filter { $0.hasSuffix(".expected.txt") }.map { String($0.dropLast(".expected.txt".count)) }.sorted()
    }

    @Test("Mean reading-order scores stay above the floor", arguments: [
        Set(folder: "holdout", count: 6, integrity: 0.98, tau: 0.98),
        Set(folder: "holdout2", count: 5, integrity: 0.96, tau: 0.98),
        Set(folder: "holdout3", count: 5, integrity: 0.95, tau: 0.98),
        Set(folder: "holdout4", count: 5, integrity: 0.85, tau: 0.975),
        Set(folder: "holdout5", count: 5, integrity: 0.93, tau: 0.92),
        Set(folder: "holdout6", count: 5, integrity: 0.93, tau: 0.97),
        Set(folder: "holdout7", count: 3, integrity: 0.86, tau: 0.98),
        Set(folder: "holdout8", count: 3, integrity: 0.89, tau: 0.98),
        Set(folder: "holdout9", count: 3, integrity: 0.92, tau: 0.99),
        Set(folder: "holdout10", count: 3, integrity: 0.89, tau: 0.97),
        Set(folder: "holdout11", count: 3, integrity: 0.85, tau: 0.95),
        Set(folder: "holdout12", count: 3, integrity: 0.89, tau: 0.98),
        Set(folder: "holdout13", count: 3, integrity: 0.87, tau: 0.94),
        Set(folder: "holdout14", count: 3, integrity: 0.84, tau: 0.91),
        Set(folder: "holdout15", count: 3, integrity: 0.78, tau: 0.94),
        Set(folder: "holdout16", count: 3, integrity: 0.86, tau: 0.91),
        Set(folder: "holdout17", count: 3, integrity: 0.72, tau: 0.95),
        Set(folder: "holdout18", count: 3, integrity: 0.70, tau: 0.96),
        Set(folder: "holdout19", count: 3, integrity: 0.67, tau: 0.89),
        Set(folder: "holdout20", count: 3, integrity: 0.62, tau: 0.95),
        Set(folder: "holdout21", count: 3, integrity: 0.93, tau: 0.96),
        Set(folder: "holdout22", count: 3, integrity: 0.86, tau: 0.97),
        Set(folder: "holdout23", count: 3, integrity: 0.82, tau: 0.96),
        Set(folder: "holdout24", count: 3, integrity: 0.84, tau: 0.96),
        Set(folder: "holdout25", count: 3, integrity: 0.80, tau: 0.95),
        Set(folder: "holdout26", count: 3, integrity: 0.90, tau: 0.98),
        Set(folder: "holdout27", count: 3, integrity: 0.83, tau: 0.98),
        Set(folder: "holdout28", count: 3, integrity: 0.76, tau: 0.97),
        Set(folder: "holdout29", count: 3, integrity: 0.83, tau: 0.96),
        Set(folder: "holdout30", count: 3, integrity: 0.88, tau: 0.98),
        Set(folder: "holdout31", count: 3, integrity: 0.85, tau: 0.94),
        Set(folder: "holdout32", count: 3, integrity: 0.86, tau: 0.96),
        Set(folder: "holdout33", count: 3, integrity: 0.87, tau: 0.94),
        Set(folder: "holdout34", count: 3, integrity: 0.79, tau: 0.97),
        Set(folder: "holdout35", count: 3, integrity: 0.96, tau: 0.98),
        Set(folder: "holdout36", count: 3, integrity: 0.94, tau: 0.98),
        Set(folder: "holdout37", count: 3, integrity: 0.90, tau: 0.96),
        Set(folder: "holdout38", count: 3, integrity: 0.93, tau: 0.98),
        Set(folder: "holdout39", count: 3, integrity: 0.95, tau: 0.98),
        Set(folder: "holdout40", count: 3, integrity: 0.96, tau: 0.98),
        Set(folder: "holdout41", count: 3, integrity: 0.98, tau: 0.95),
        Set(folder: "holdout42", count: 3, integrity: 0.98, tau: 0.99),
        Set(folder: "holdout43", count: 3, integrity: 0.98, tau: 0.99),
        Set(folder: "holdout44", count: 3, integrity: 0.98, tau: 0.99),
        Set(folder: "holdout45", count: 3, integrity: 0.98, tau: 0.99),
        Set(folder: "holdout46", count: 3, integrity: 0.98, tau: 0.99),
        Set(folder: "holdout47", count: 3, integrity: 0.98, tau: 0.99),
        Set(folder: "holdout48", count: 3, integrity: 0.95, tau: 0.99),
        Set(folder: "holdout49", count: 3, integrity: 0.98, tau: 0.99),
        Set(folder: "holdout50", count: 3, integrity: 0.95, tau: 0.99),
        Set(folder: "holdout51", count: 3, integrity: 0.97, tau: 0.99),
        Set(folder: "holdout52", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout53", count: 3, integrity: 0.94, tau: 0.93),
        Set(folder: "holdout54", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout55", count: 3, integrity: 0.91, tau: 0.99),
        Set(folder: "holdout56", count: 3, integrity: 0.98, tau: 0.99),
        Set(folder: "holdout57", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout58", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout59", count: 3, integrity: 0.97, tau: 0.98),
        Set(folder: "holdout60", count: 3, integrity: 0.97, tau: 0.99),
        Set(folder: "holdout61", count: 3, integrity: 0.96, tau: 0.99),
        Set(folder: "holdout62", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout63", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout64", count: 3, integrity: 0.89, tau: 0.99),
        Set(folder: "holdout65", count: 3, integrity: 0.96, tau: 0.99),
        Set(folder: "holdout66", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout67", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout68", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout69", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout70", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout71", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout72", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout73", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout74", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout75", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout76", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout77", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout78", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout79", count: 3, integrity: 0.99, tau: 0.99),
        // (abashiri-shinrin: one line of 52 lost, 0.981.)
        Set(folder: "holdout80", count: 3, integrity: 0.95, tau: 0.99),
        // (imabari's support table: the life-stage labels and the items beside them read apart, 0.942.)
        Set(folder: "holdout81", count: 3, integrity: 0.94, tau: 0.99),
        Set(folder: "holdout82", count: 3, integrity: 0.99, tau: 0.99),
        // (minamiaso: two of 48 lines not found whole, 0.958.)
        Set(folder: "holdout83", count: 3, integrity: 0.98, tau: 0.99),
        // (nifs's tau 0.940 and saitama-u's 0.969: a date badge beside the title and two columns starting on one line.)
        Set(folder: "holdout84", count: 3, integrity: 0.99, tau: 0.96),
        Set(folder: "holdout85", count: 3, integrity: 0.99, tau: 0.99),
        // (kouku-hoan: `令和` in one cell down the year rows, read with the middle row, 0.958.)
        Set(folder: "holdout86", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout87", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout88", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout89", count: 3, integrity: 0.98, tau: 0.99),
        Set(folder: "holdout90", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout91", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout92", count: 3, integrity: 0.99, tau: 0.99),
        Set(folder: "holdout93", count: 3, integrity: 0.98, tau: 0.99),
        Set(folder: "holdout94", count: 3, integrity: 0.98, tau: 0.99),
        Set(folder: "holdout95", count: 3, integrity: 0.97, tau: 0.99),
        Set(folder: "holdout96", count: 3, integrity: 0.93, tau: 0.99),
        Set(folder: "holdout97", count: 3, integrity: 0.97, tau: 0.99),
        Set(folder: "holdout98", count: 3, integrity: 0.95, tau: 0.99),
        Set(folder: "holdout99", count: 3, integrity: 0.97, tau: 0.99),
        Set(folder: "holdout100", count: 3, integrity: 0.96, tau: 0.99),
        Set(folder: "holdout101", count: 3, integrity: 0.96, tau: 0.99),
        Set(folder: "holdout102", count: 3, integrity: 0.96, tau: 0.99),
        Set(folder: "holdout103", count: 3, integrity: 0.96, tau: 0.99),
        Set(folder: "holdout104", count: 3, integrity: 0.97, tau: 0.99),
        Set(folder: "holdout105", count: 3, integrity: 0.95, tau: 0.99),
        Set(folder: "holdout106", count: 3, integrity: 0.88, tau: 0.97),
        Set(folder: "holdout107", count: 3, integrity: 0.95, tau: 0.98),
        Set(folder: "holdout108", count: 3, integrity: 0.95, tau: 0.99),
        Set(folder: "holdout109", count: 3, integrity: 0.96, tau: 0.98),
        // (holdout110: infographic pages whose charts the reading order does not yet follow.)
        Set(folder: "holdout110", count: 3, integrity: 0.64, tau: 0.94),
        Set(folder: "holdout111", count: 3, integrity: 0.91, tau: 0.98),
    ])
    func floor(_ set: Set) throws {
        let names = Self.names(in: set.folder)
        try #require(names.count == set.count)
        var integrity = 0.0
        var tau = 0.0
        for name in names {
            let folder = FixtureFiles.root.appendingPathComponent(set.folder)
            let expected = try String(contentsOf: folder.appendingPathComponent("\(name).expected.txt"), encoding: .utf8)
            let layout = try DocumentLayout.make(try PDFDocument(path: folder.appendingPathComponent("\(name).pdf").path))
            let score = ReadingOrderScore(expected: expected, actual: TextRenderer().render(layout))
            integrity += score.integrity
            tau += score.tau
        }
        #expect(integrity / Double(names.count) >= set.integrity)
        #expect(tau / Double(names.count) >= set.tau)
    }
}
