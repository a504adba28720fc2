import Foundation
import Testing

/// `brochure diff` end to end on consecutive fixture editions. What it must report is derived
/// from the facts each fixture was drawn from (`Fixtures/brochures/NAME.facts.json`), not
/// written down here: which years were planned in the old edition and actual in the new one,
/// with which figures; which years and units came and went; the women's shares.
@Suite("brochure diff")
struct DiffCommandTests {
    struct Facts: Decodable {
        struct Count: Decodable, Equatable { var count: Int; var women: Int? }
        struct HiringRow: Decodable { var fiscalYear: Int; var planned: Bool; var total: Count?; var admin: Count?; var tech: Count? }
        struct Hiring: Decodable { var rows: [HiringRow] }
        struct Unit: Decodable { var unit: String }
        struct Assignments: Decodable { var rows: [Unit] }
        struct ContactFacts: Decodable, Equatable { var office: String; var location: String?; var tel: [String]; var email: [String] }
        var hiring: Hiring
        var assignments: Assignments?
        var contacts: [ContactFacts]?

        static func load(_ name: String) throws -> Facts {
            try JSONDecoder().decode(Facts.self, from: Data(contentsOf: URL(fileURLWithPath: CLIRunner.fixture("brochures/\(name).facts.json"))))
        }

        /// The row's figure for a track as the diff names it.
        func figure(_ row: HiringRow, _ track: String) -> Count? {
            ["total": row.total, "administrative": row.admin, "technical": row.tech][track] ?? nil
        }

        func row(_ year: Int) -> HiringRow? { hiring.rows.first { $0.fiscalYear == year } }
    }

    static let tracks = ["total", "administrative", "technical"]
    static let editions = [("soumu-2023", "soumu-2024"), ("soumu-2024", "soumu-2025")]

    /// `women / count` in percent with one decimal, as the facts give them.
    static func percent(_ c: Facts.Count?) -> Double? {
        guard let c, let women = c.women, c.count > 0 else { return nil }
        return (Double(women) * 1000 / Double(c.count)).rounded() / 10
    }

    /// Unit names compared as the facts tests do: NFKC, no white space.
    static func unitKey(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace }
    }

    static func json(_ result: CLIRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func notices(_ diff: [String: Any], _ kind: String) -> [[String: Any]] {
        ((diff["notices"] as? [[String: Any]]) ?? []).filter { $0["kind"] as? String == kind }
    }

    @Test("Consecutive editions: planned figures against actual ones, exactly as the facts say", arguments: editions)
    func plannedVsActual(_ old: String, _ new: String) throws {
        let (was, now) = (try Facts.load(old), try Facts.load(new))
        var expected: Set<String> = []
        for row in now.hiring.rows where !row.planned {
            guard let before = was.row(row.fiscalYear), before.planned else { continue }
            for track in Self.tracks {
                guard let a = was.figure(before, track), let b = now.figure(row, track) else { continue }
                expected.insert("FY\(row.fiscalYear) \(track) \(a.count)/\(a.women ?? -1) → \(b.count)/\(b.women ?? -1) Δ\(b.count - a.count)")
            }
        }
        #expect(!expected.isEmpty, "the facts of \(old) and \(new) have no planned year that became actual")
        let result = try CLIRunner.run(["diff", "--format", "json", CLIRunner.fixture("brochures/\(old).pdf"), CLIRunner.fixture("brochures/\(new).pdf")])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        let diff = try Self.json(result)
        let reported = Set(Self.notices(diff, "plannedVsActual").map { n -> String in
            let a = n["old"] as? [String: Any] ?? [:], b = n["new"] as? [String: Any] ?? [:]
            return "\(n["key"] as? String ?? "?") \(n["track"] as? String ?? "?") \(a["count"] as? Int ?? -2)/\(a["women"] as? Int ?? -1)"
                + " → \(b["count"] as? Int ?? -2)/\(b["women"] as? Int ?? -1) Δ\(n["delta"] as? Int ?? -999)"
        })
        #expect(reported == expected)
    }

    @Test("Consecutive editions: hiring years and units that came and went, women's shares, contacts", arguments: editions)
    func changes(_ old: String, _ new: String) throws {
        let (was, now) = (try Facts.load(old), try Facts.load(new))
        let result = try CLIRunner.run(["diff", "--format", "json", CLIRunner.fixture("brochures/\(old).pdf"), CLIRunner.fixture("brochures/\(new).pdf")])
        let diff = try Self.json(result)
        let changes = try #require(diff["changes"] as? [[String: Any]])
        func rows(_ section: String, _ kind: String) -> Set<String> {
            Set(changes.filter { $0["section"] as? String == section && $0["kind"] as? String == kind && $0["field"] is NSNull }
                .compactMap { $0["key"] as? String })
        }
        // Years: a year in both editions is never an added/removed pair, planned or not.
        let oldYears = Set(was.hiring.rows.map(\.fiscalYear)), newYears = Set(now.hiring.rows.map(\.fiscalYear))
        #expect(rows("hiring", "removed") == Set(oldYears.subtracting(newYears).map { "FY\($0)" }))
        #expect(rows("hiring", "added") == Set(newYears.subtracting(oldYears).map { "FY\($0)" }))
        // Units.
        let oldUnits = Set((was.assignments?.rows ?? []).map { Self.unitKey($0.unit) })
        let newUnits = Set((now.assignments?.rows ?? []).map { Self.unitKey($0.unit) })
        #expect(Set(Self.notices(diff, "unitAppeared").compactMap { ($0["key"] as? String).map(Self.unitKey) }) == newUnits.subtracting(oldUnits))
        #expect(Set(Self.notices(diff, "unitDisappeared").compactMap { ($0["key"] as? String).map(Self.unitKey) }) == oldUnits.subtracting(newUnits))
        // Women's share: a notice for each year and track whose share differs; the series is the new edition's.
        var shifts: Set<String> = []
        var series: [String] = []
        for row in now.hiring.rows {
            for track in Self.tracks {
                guard let figure = now.figure(row, track) else { continue }
                let before = was.row(row.fiscalYear).flatMap { was.figure($0, track) }
                series.append("FY\(row.fiscalYear) \(track) \(Self.percent(figure).map { "\($0)" } ?? "-") \(Self.percent(before).map { "\($0)" } ?? "-")")
                if let a = Self.percent(before), let b = Self.percent(figure), a != b { shifts.insert("FY\(row.fiscalYear) \(track) \(a) → \(b)") }
            }
        }
        let shares = Set(Self.notices(diff, "womenShare").map { "\($0["key"] as? String ?? "?") \($0["track"] as? String ?? "?") \($0["old"] as? Double ?? -1) → \($0["new"] as? Double ?? -1)" })
        #expect(shares == shifts)
        let reportedSeries = (diff["womenShare"] as? [[String: Any]] ?? []).map { s in
            "FY\(s["fiscalYear"] as? Int ?? 0) \(s["track"] as? String ?? "?") \((s["percent"] as? Double).map { "\($0)" } ?? "-") \((s["oldPercent"] as? Double).map { "\($0)" } ?? "-")"
        }
        #expect(reportedSeries == series)
        // Contacts: a notice exactly when the facts' contacts differ.
        #expect(Self.notices(diff, "contactChanged").isEmpty == (was.contacts == now.contacts))
    }

    @Test("Table and Markdown of consecutive editions: every notice, exit 1")
    func humanForms() throws {
        let files = [CLIRunner.fixture("brochures/soumu-2023.pdf"), CLIRunner.fixture("brochures/soumu-2024.pdf")]
        let json = try Self.json(try CLIRunner.run(["diff", "--format", "json"] + files))
        let messages = (json["notices"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        #expect(!messages.isEmpty)
        let table = try CLIRunner.run(["diff"] + files)
        #expect(table.status == 1)
        #expect(!table.stdout.contains("\u{1B}["))  // stdout is a file, not a terminal
        for message in messages { #expect(table.stdout.contains(message)) }
        let markdown = try CLIRunner.run(["diff", "--format", "markdown"] + files)
        #expect(markdown.status == 1)
        let notices = try #require(markdown.stdout.range(of: "## Notices"))
        let hiring = try #require(markdown.stdout.range(of: "## hiring"))
        #expect(notices.lowerBound < hiring.lowerBound)
    }

    @Test("Its JSON passes brochure validate, by shape and with --schema diff")
    func validates() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("diff.json")
        let result = try CLIRunner.run(["diff", "--format", "json", CLIRunner.fixture("brochures/soumu-2024.pdf"), CLIRunner.fixture("brochures/soumu-2025.pdf")])
        try Data(result.stdout.utf8).write(to: out)
        for extra in [[], ["--schema", "diff"]] {
            let check = try CLIRunner.run(["validate"] + extra + [out.path])
            #expect(check.status == 0 && check.stdout == "valid\n", "\(check.stdout)")
        }
    }

    @Test("A PDF against its own extracted JSON (as a file or on stdin): exit 0, no changes")
    func selfDiff() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = CLIRunner.fixture("brochures/soumu-2024.pdf")
        let json = dir.appendingPathComponent("soumu-2024.json").path
        #expect(try CLIRunner.run(["extract", "--provenance", "-o", json, pdf]).status == 0)
        let table = try CLIRunner.run(["diff", pdf, json])
        #expect(table.status == 0)
        #expect(table.stdout.isEmpty && table.stderr.isEmpty)
        let fromStdin = try CLIRunner.run(["diff", "--format", "json", "-", pdf], stdin: try Data(contentsOf: URL(fileURLWithPath: json)))
        #expect(fromStdin.status == 0, "\(fromStdin.stderr)")
        let diff = try Self.json(fromStdin)
        #expect((diff["changes"] as? [Any])?.isEmpty == true)
        #expect((diff["notices"] as? [Any])?.isEmpty == true)
    }

    @Test("Inputs that cannot be compared: one stderr line, nothing on stdout, the documented exit code")
    func refusals() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = CLIRunner.fixture("brochures/soumu-2024.pdf")
        let layout = dir.appendingPathComponent("layout.json").path
        try Data(try CLIRunner.run(["layout", pdf]).stdout.utf8).write(to: URL(fileURLWithPath: layout))
        let other = dir.appendingPathComponent("other.json").path
        try Data(#"{"schemaVersion": 1, "rows": []}"#.utf8).write(to: URL(fileURLWithPath: other))
        let cases: [([String], Int32)] = [
            (["diff", layout, pdf], 18),  // JSON, but brochure layout's
            (["diff", pdf, other], 18),
            (["diff", "--format", "json", other, pdf], 18),
            (["diff", dir.appendingPathComponent("missing.pdf").path, pdf], 10),
            (["diff", CLIRunner.fixture("bad/not-a-pdf.pdf"), pdf], 11),  // a PNG: neither PDF nor JSON
            (["diff", CLIRunner.fixture("bad/encrypted-userpw.pdf"), pdf], 13),
            (["diff", "-", "-"], 64),
        ]
        for (arguments, status) in cases {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(result.stderr.hasPrefix("brochure: ") && result.stderr.filter { $0 == "\n" }.count == 1, "\(arguments): \(result.stderr)")
        }
    }
}
