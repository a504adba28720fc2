import Foundation
import Testing
@testable import BrochureKit

/// The three forms of a diff: the terminal table lines up with Japanese in it, the Markdown
/// report puts notices first and cannot be broken by a value, the JSON follows its schema and
/// reads back as the same diff.
@Suite("Rendering a diff")
struct DiffRenderingTests {
    /// A diff with a planned → actual year, a unit gone and one arrived, a phone change and a
    /// value holding `|`.
    static let sample: DocumentDiff = {
        var old = DiffSamples.full()
        old.hiring!.rows.removeFirst()
        var new = DiffSamples.full()
        new.hiring!.rows[2] = DiffSamples.row(2024, total: (57, 18), admin: (49, 15), tech: (8, 3))
        new.assignments!.rows[0] = .init(unit: "サイバーセキュリティ統括官室", administrative: 2, technical: 0)
        new.contacts![1].phones = [.init(number: "03-5253-5874", note: "直通")]
        new.initiatives![0].summary = "A | B"
        return EditionDiff.compare(old: DiffSamples.document(year: 2024, sections: old), new: DiffSamples.document(year: 2025, sections: new))
    }()

    @Test("Table columns line up by display width, Japanese keys included")
    func tableAligned() throws {
        let text = DiffTableRenderer().render(Self.sample)
        let lines = text.split(separator: "\n").map(String.init)
        let headerIndex = try #require(lines.firstIndex { $0.contains("SECTION") && $0.contains("FIELD") })
        let header = lines[headerIndex]
        let rows = Array(lines[(headerIndex + 1)...])
        #expect(rows.count == Self.sample.changes.count)
        // The KEY column starts at the same cell on every row; so does the FIELD column for
        // changed rows, whose field is never empty. Cells are counted here independently of
        // DisplayWidth: what comes before these columns is ASCII or kanji/kana (2 cells).
        func start(of word: String, in line: String) -> Int? {
            line.range(of: word).map { line[..<$0.lowerBound].unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) } }
        }
        let keyColumn = try #require(start(of: "KEY", in: header))
        let fieldColumn = try #require(start(of: "FIELD", in: header))
        for (row, change) in zip(rows, Self.sample.changes) {
            if let key = change.key { #expect(start(of: key, in: row) == keyColumn, "\(row)") }
            if let field = change.field { #expect(start(of: " " + field + " ", in: row).map { $0 + 1 } == fieldColumn, "\(row)") }
            #expect(!row.hasSuffix(" "))
        }
        #expect(!text.contains("\u{1B}["))
        #expect(DiffTableRenderer(color: true).render(Self.sample).contains("\u{1B}[32m"))
    }

    @Test("The table of two equal editions is empty; the report says so")
    func noDifferences() {
        let same = EditionDiff.compare(old: DiffSamples.document(sections: DiffSamples.full()), new: DiffSamples.document(sections: DiffSamples.full()))
        #expect(DiffTableRenderer().render(same).isEmpty)
        #expect(DiffMarkdownRenderer().render(same).hasSuffix("\nNo differences.\n"))
    }

    @Test("Markdown: notices first, a heading per section, every row a well-formed table row")
    func markdown() throws {
        let text = DiffMarkdownRenderer().render(Self.sample)
        let notices = try #require(text.range(of: "## Notices"))
        let hiring = try #require(text.range(of: "## hiring (採用実績)"))
        #expect(notices.lowerBound < hiring.lowerBound)
        for section in Self.sample.changedSections { #expect(text.contains("\n## \(section)")) }
        #expect(text.contains("A \\| B"))
        // Within each table every line has as many unescaped pipes as its header.
        var tables: [[Substring]] = [[]]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") {
                tables[tables.count - 1].append(line)
            } else if !tables[tables.count - 1].isEmpty {
                tables.append([])
            }
        }
        let filled = tables.filter { !$0.isEmpty }
        #expect(filled.count == Self.sample.changedSections.count + 2)  // + the editions and the women's share
        for table in filled {
            let pipes = Set(table.map { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count })
            #expect(pipes.count == 1, "\(table)")
        }
    }

    @Test("JSON follows Schemas/diff.schema.json and decodes back to the same diff")
    func json() throws {
        let text = try DiffFormat.json(Self.sample)
        #expect(try BundledSchema.diff.validate(jsonText: text).isEmpty)
        #expect(BundledSchema.detect(try JSONParser.parse(text)) == .diff)
        let decoded = try JSONDecoder().decode(DocumentDiff.self, from: Data(text.utf8))
        #expect(decoded == Self.sample)
        #expect(try DiffFormat.json(decoded, pretty: false) == (try DiffFormat.json(Self.sample, pretty: false)))
    }

    @Test("The schema refuses a change that breaks its rules")
    func schemaIsStrict() throws {
        let text = try DiffFormat.json(Self.sample, pretty: false)
        let broken = text.replacingOccurrences(of: #""kind":"removed""#, with: #""kind":"moved""#)
        #expect(broken != text)
        #expect(!(try BundledSchema.diff.validate(jsonText: broken)).isEmpty)
    }
}
