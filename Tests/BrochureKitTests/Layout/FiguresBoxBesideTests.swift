import Foundation
import Testing

@testable import BrochureKit

/// A box of key figures beside a section, its heading level with the section's (holdout35's
/// jamstec p1), against a column of sections beside the left one (holdout21's niigata p2), on
/// the pages themselves.
@Suite("A box of figures beside a section")
struct FiguresBoxBesideTests {
    static func lines(_ file: String, page: Int) throws -> [String] {
        let pdf = try PDFDocument(path: FixtureFiles.root.appendingPathComponent(file).path)
        return LayoutEngine().layout(try pdf.page(page)).textLines
    }

    @Test("The box is read to its end before the next section's heading under the left column")
    func boxBeforeNextHeading() throws {
        let lines = try Self.lines("holdout35/jamstec-2026.pdf", page: 1)
        let last = lines.firstIndex(of: "6,500m")
        let next = lines.firstIndex(of: "2025年度採用者の配属先")
        #expect(last != nil && next != nil && last! < next!, "\(lines)")
    }

    @Test("A column that goes on with a section of its own beside the heading is read after the left column")
    func columnOfSections() throws {
        let lines = try Self.lines("holdout21/niigata-2026.pdf", page: 2)
        let right = lines.firstIndex(of: "新規採用職員の1年間の流れ")
        let next = lines.firstIndex(of: "両立支援")
        #expect(right != nil && next != nil && next! < right!, "\(lines)")
    }
}
