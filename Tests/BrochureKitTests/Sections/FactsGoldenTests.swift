import Foundation
import Testing
@testable import BrochureKit

/// `extract` against the facts each fixture was drawn from, field by field.
@Suite("Extraction against the fixtures' facts")
struct FactsGoldenTests {
    struct Facts: Decodable {
        struct Edition: Decodable { var year: Int; var asOf: String }
        struct Count: Decodable { var count: Int; var women: Int? }
        struct HiringRow: Decodable {
            var fiscalYear: Int
            var labelText: String
            var planned: Bool
            var total: Count?
            var admin: Count?
            var tech: Count?
        }
        struct Hiring: Decodable { var rows: [HiringRow] }
        struct AssignmentRow: Decodable { var unit: String; var admin: Int?; var tech: Int? }
        struct Assignments: Decodable { var cohortFiscalYear: Int; var rows: [AssignmentRow] }
        struct Breakdown: Decodable { var category: String; var count: Int }
        struct ExamEntry: Decodable { var track: String; var exam: String; var breakdown: [Breakdown] }
        struct Exams: Decodable { var fiscalYear: Int?; var entries: [ExamEntry] }
        struct ContactFacts: Decodable { var office: String; var tel: [String]; var email: [String] }

        var organization: String
        var edition: Edition
        var hiring: Hiring?
        var assignments: Assignments?
        var exams: Exams?
        var contacts: [ContactFacts]?
    }

    static func load(_ name: String) throws -> (Facts, BrochureDocument) {
        let url = FixtureFiles.root.appendingPathComponent("brochures/\(name).facts.json")
        let facts = try JSONDecoder().decode(Facts.self, from: Data(contentsOf: url))
        let document = try BrochureExtractor().extract(try PDFDocument(path: FixtureFiles.pdf(name)))
        return (facts, document)
    }

    static func key(_ text: String) -> String { Normalized.compact(text).filter { !$0.isWhitespace } }

    @Test("Organization and edition", arguments: FixtureFiles.brochures)
    func header(_ name: String) throws {
        let (facts, document) = try Self.load(name)
        #expect(document.organization == facts.organization)
        #expect(document.edition == BrochureDocument.Edition(year: facts.edition.year, asOf: facts.edition.asOf))
        #expect(document.source.file == "\(name).pdf")
        #expect(document.source.sha256.count == 64)
    }

    @Test("Every hiring figure, women included, and the planned row", arguments: FixtureFiles.brochures)
    func hiring(_ name: String) throws {
        let (facts, document) = try Self.load(name)
        let want = try #require(facts.hiring)
        let got = try #require(document.sections.hiring)
        #expect(got.rows.count == want.rows.count)
        for row in want.rows {
            let found = try #require(got.rows.first { $0.fiscalYear == row.fiscalYear }, "\(row.labelText)")
            #expect(found.planned == row.planned, "\(row.labelText)")
            #expect(found.total == row.total.map { CountWithWomen(count: $0.count, women: $0.women) }, "\(row.labelText)")
            #expect(found.administrative == row.admin.map { CountWithWomen(count: $0.count, women: $0.women) }, "\(row.labelText)")
            #expect(found.technical == row.tech.map { CountWithWomen(count: $0.count, women: $0.women) }, "\(row.labelText)")
        }
    }

    @Test("Every assignment row, empty cells as 0", arguments: FixtureFiles.brochures)
    func assignments(_ name: String) throws {
        let (facts, document) = try Self.load(name)
        let want = try #require(facts.assignments)
        let got = try #require(document.sections.assignments)
        #expect(got.cohortFiscalYear == want.cohortFiscalYear)
        #expect(got.rows.map { Self.key($0.unit) } == want.rows.map { Self.key($0.unit) })
        #expect(got.rows.map(\.administrative) == want.rows.map { $0.admin ?? 0 })
        #expect(got.rows.map(\.technical) == want.rows.map { $0.tech ?? 0 })
    }

    @Test("Every exam category count by track and level", arguments: FixtureFiles.brochures)
    func exams(_ name: String) throws {
        let (facts, document) = try Self.load(name)
        let want = try #require(facts.exams)
        let got = try #require(document.sections.examBreakdown)
        var expected: [String] = []
        for entry in want.entries {
            let level = entry.exam.contains("院") ? "graduate" : "undergraduate"
            for item in entry.breakdown {
                expected.append("\(Track(label: entry.track).rawValue) \(level) \(Self.key(item.category)) \(item.count)")
            }
        }
        let actual = got.entries.map { "\($0.track.rawValue) \($0.level.rawValue) \(Self.key($0.category)) \($0.count)" }
        #expect(actual == expected)
        #expect(got.cohortFiscalYear == want.fiscalYear)
    }

    @Test("Every contact's office, phone and e-mail", arguments: FixtureFiles.brochures)
    func contacts(_ name: String) throws {
        let (facts, document) = try Self.load(name)
        let want = try #require(facts.contacts)
        let got = try #require(document.sections.contacts)
        #expect(got.map { Self.key($0.office) } == want.map { Self.key($0.office) })
        #expect(got.map(\.emails) == want.map(\.email))
        let phones = got.map { $0.phones.map { $0.number.filter(\.isNumber) } }
        let wanted = want.map { $0.tel.map { tel in Normalized.compact(String(tel.prefix { $0 != "（" && $0 != "(" })).filter(\.isNumber) } }
        #expect(phones == wanted)
    }

    @Test("The first set's figures add up, so it raises no warning", arguments: FixtureFiles.brochures)
    func noWarnings(_ name: String) throws {
        let (_, document) = try Self.load(name)
        #expect(document.warnings.isEmpty, "\(document.warnings.map(\.message))")
    }
}
