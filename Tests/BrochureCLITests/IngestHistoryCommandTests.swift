import BrochureStore
import Foundation
import Testing

/// `brochure ingest` then `brochure history` on the 総務省 fixtures, checked against the facts
/// each fixture was drawn from: every hiring row, attributed to its edition.
@Suite("ingest and history end to end")
struct IngestHistoryCommandTests {
    /// What the tests read of a fixture's `facts.json`.
    struct Facts: Decodable {
        struct Edition: Decodable { var year: Int; var asOf: String }
        struct Count: Decodable, Equatable { var count: Int; var women: Int? }
        struct Row: Decodable { var fiscalYear: Int; var planned: Bool; var total: Count?; var admin: Count?; var tech: Count? }
        struct Hiring: Decodable { var rows: [Row] }
        var organization: String
        var edition: Edition
        var hiring: Hiring
    }

    /// What the tests read of `history --format json` (Schemas/history.schema.json).
    struct HistoryJSON: Decodable {
        struct Edition: Decodable { var year: Int; var asOf: String?; var file: String; var current: Bool }
        struct Count: Decodable { var count: Int; var women: Int? }
        struct Figure: Decodable { var edition: Edition; var planned: Bool; var total: Count?; var administrative: Count?; var technical: Count? }
        struct Year: Decodable { var fiscalYear: Int; var figures: [Figure] }
        var organization: String
        var editions: [Edition]
        var fiscalYears: [Year]
    }

    /// The 総務省 fixture PDFs, in the order ingest is given them, with their facts.
    static let fixtures: [(pdf: String, facts: Facts)] = {
        let folder = CLIRunner.packageRoot.appendingPathComponent("Fixtures/brochures")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasPrefix("soumu-20") && $0.hasSuffix(".pdf") }.sorted()
        return names.compactMap { name in
            let facts = folder.appendingPathComponent(name.replacingOccurrences(of: ".pdf", with: ".facts.json"))
            guard let data = try? Data(contentsOf: facts), let decoded = try? JSONDecoder().decode(Facts.self, from: data) else { return nil }
            return (folder.appendingPathComponent(name).path, decoded)
        }
    }()

    static func history(_ db: String, _ extra: [String] = []) throws -> HistoryJSON {
        let result = try CLIRunner.run(["history", "--org", "総務省", "--db", db, "--format", "json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(HistoryJSON.self, from: Data(result.stdout.utf8))
    }

    /// Every hiring row of every fixture in `editions`' files appears once, with the same
    /// figures, under its fiscal year and its own edition.
    static func expectEveryFact(in history: HistoryJSON, files: Set<String>) {
        for (pdf, facts) in fixtures where files.contains(URL(fileURLWithPath: pdf).lastPathComponent) {
            let file = URL(fileURLWithPath: pdf).lastPathComponent
            for row in facts.hiring.rows {
                let figures = history.fiscalYears.first { $0.fiscalYear == row.fiscalYear }?.figures.filter { $0.edition.file == file } ?? []
                #expect(figures.count == 1, "\(file) FY\(row.fiscalYear)")
                guard let figure = figures.first else { continue }
                #expect(figure.edition.year == facts.edition.year && figure.edition.asOf == facts.edition.asOf, "\(file)")
                #expect(figure.planned == row.planned, "\(file) FY\(row.fiscalYear)")
                #expect(figure.total.map { Facts.Count(count: $0.count, women: $0.women) } == row.total, "\(file) FY\(row.fiscalYear)")
                #expect(figure.administrative.map { Facts.Count(count: $0.count, women: $0.women) } == row.admin, "\(file) FY\(row.fiscalYear)")
                #expect(figure.technical.map { Facts.Count(count: $0.count, women: $0.women) } == row.tech, "\(file) FY\(row.fiscalYear)")
            }
        }
    }

    @Test("every fixture edition's hiring rows, attributed to it; re-ingesting adds nothing")
    func allEditions() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("brochures.sqlite").path
        let pdfs = Self.fixtures.map(\.pdf)
        try #require(pdfs.count >= 7)

        let first = try CLIRunner.run(["ingest", "--db", db] + pdfs)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.isEmpty)
        #expect(first.stdout.hasSuffix("ingested \(pdfs.count), already present 0, failed 0\n"))

        // The current edition of a year has the newest as-of date; on a tie, the one ingested last.
        var newest: [Int: (asOf: String, file: String)] = [:]
        for (pdf, facts) in Self.fixtures where facts.edition.asOf >= (newest[facts.edition.year]?.asOf ?? "") {
            newest[facts.edition.year] = (facts.edition.asOf, URL(fileURLWithPath: pdf).lastPathComponent)
        }
        let currentFile = newest.mapValues(\.file)
        let everything = try Self.history(db, ["--all-editions"])
        #expect(everything.organization == "総務省")
        #expect(everything.editions.count == pdfs.count)
        #expect(everything.editions.filter(\.current).map(\.file).sorted() == currentFile.values.sorted())
        Self.expectEveryFact(in: everything, files: Set(pdfs.map { URL(fileURLWithPath: $0).lastPathComponent }))

        let current = try Self.history(db)
        #expect(current.editions.map(\.file).sorted() == currentFile.values.sorted())
        #expect(current.fiscalYears.allSatisfy { $0.figures.allSatisfy { currentFile[$0.edition.year] == $0.edition.file } })
        Self.expectEveryFact(in: current, files: Set(currentFile.values))

        let counts = try BrochureDatabase(path: db, mustExist: true).rowCounts()
        let jsonBefore = try CLIRunner.run(["history", "--org", "総務省", "--db", db, "--format", "json", "--all-editions"]).stdout
        let again = try CLIRunner.run(["ingest", "--db", db] + pdfs)
        #expect(again.status == 0)
        #expect(again.stdout == "ingested 0, already present \(pdfs.count), failed 0\n")
        #expect(try BrochureDatabase(path: db, mustExist: true).rowCounts() == counts)
        #expect(try CLIRunner.run(["history", "--org", "総務省", "--db", db, "--format", "json", "--all-editions"]).stdout == jsonBefore)
    }

    @Test("killing ingest part-way leaves whole documents only, and ingesting again completes the set")
    func killedMidIngest() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("b.sqlite").path
        let pdfs = Self.fixtures.map(\.pdf)
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["ingest", "--db", db] + pdfs
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.25)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        // Whatever was stored is whole: the rows of the normalised tables are exactly those of
        // the stored documents' JSON.
        let store = try BrochureDatabase(path: db)
        let documents = try store.editions().map { try store.document($0) }
        let counts = try store.rowCounts()
        #expect(counts["documents"] == documents.count)
        #expect(counts["hiring"] == documents.reduce(0) { $0 + ($1.sections.hiring?.rows.count ?? 0) })
        #expect(counts["contacts"] == documents.reduce(0) { $0 + ($1.sections.contacts?.count ?? 0) })
        #expect(counts["warnings"] == documents.reduce(0) { $0 + $1.warnings.count })
        let rest = try CLIRunner.run(["ingest", "--db", db] + pdfs)
        #expect(rest.status == 0)
        #expect(rest.stdout.hasSuffix("ingested \(pdfs.count - documents.count), already present \(documents.count), failed 0\n"))
    }

    @Test("table and CSV list the same figures as JSON")
    func formats() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("b.sqlite").path
        let pdfs = Self.fixtures.map(\.pdf).filter { $0.hasSuffix("2024.pdf") || $0.hasSuffix("2025.pdf") }
        #expect(try CLIRunner.run(["ingest", "--db", db] + pdfs).status == 0)
        let history = try Self.history(db)
        let figures = history.fiscalYears.reduce(0) { $0 + $1.figures.count }
        let csv = try CLIRunner.run(["history", "--org", "総務省", "--db", db, "--format", "csv"])
        let records = csv.stdout.components(separatedBy: "\r\n").dropLast()
        #expect(records.filter { $0.contains(",actual,") || $0.contains(",planned,") }.count == figures)
        #expect(records.contains { $0.contains(",difference,2025-2024,") })
        let table = try CLIRunner.run(["history", "--org", "総務省", "--db", db])
        #expect(table.stdout.hasPrefix("総務省: hiring by fiscal year from 2 current editions"))
        #expect(table.stdout.split(separator: "\n").filter { $0.hasSuffix(".pdf") }.count == figures)
    }

    @Test("a file that is not a PDF fails alone: exit 1, one stderr line, the others stored")
    func badFileAmongGood() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("b.sqlite").path
        let bad = CLIRunner.fixture("bad/not-a-pdf.pdf")
        let good = Self.fixtures.map(\.pdf).filter { $0.hasSuffix("2020.pdf") || $0.hasSuffix("2021.pdf") }
        let result = try CLIRunner.run(["ingest", "--db", db, good[0], bad, good[1]])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n") == ["brochure: \(bad): neither a PDF nor a brochure JSON document (it looks like a PNG image)"])
        #expect(result.stdout == "ingested 2, already present 0, failed 1\n")
        #expect(try Self.history(db).editions.map(\.file) == ["soumu-2020.pdf", "soumu-2021.pdf"])
    }

    @Test("an unusable --db: its exit code, one stderr line, nothing on stdout")
    func unusableDatabase() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = Self.fixtures[0].pdf
        let notSQLite = dir.appendingPathComponent("notes.sqlite")
        try Data("not a database\n".utf8).write(to: notSQLite)
        let empty = dir.appendingPathComponent("empty.sqlite")
        try Data().write(to: empty)
        let cases: [([String], Int32, String)] = [
            (["history", "--org", "総務省", "--db", empty.path], 20, "no brochure tables in it"),
            (["ingest", "--db", dir.appendingPathComponent("missing/b.sqlite").path, pdf], 21, "cannot use the database"),
            (["ingest", "--db", dir.path, pdf], 21, "cannot use the database"),
            (["ingest", "--db", notSQLite.path, pdf], 20, "not a BrochureKit database"),
            (["history", "--org", "総務省", "--db", dir.appendingPathComponent("absent.sqlite").path], 21, "no such file"),
            (["history", "--org", "総務省", "--db", notSQLite.path], 20, "not a BrochureKit database"),
        ]
        for (arguments, status, message) in cases {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == status, "\(arguments)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(message), "\(result.stderr)")
        }
        #expect(try Data(contentsOf: notSQLite) == Data("not a database\n".utf8))
    }

    @Test("an organization not stored: exit 22, naming the ones that are")
    func unknownOrganization() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("b.sqlite").path
        #expect(try CLIRunner.run(["ingest", "--db", db, Self.fixtures[0].pdf]).status == 0)
        let result = try CLIRunner.run(["history", "--org", "文部科学省", "--db", db])
        #expect(result.status == 22)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "brochure: no edition of 文部科学省 is stored (stored: 総務省)\n")
    }
}
