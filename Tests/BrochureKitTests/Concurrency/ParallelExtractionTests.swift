import Foundation
import Testing
@testable import BrochureKit

/// `extract` on several threads gives the document one thread gives, byte for byte.
@Suite("Parallel extraction")
struct ParallelExtractionTests {
    static let names = ["soumu-2025", "soumu-2024", "mlit-2024"]

    @Test("Sections, edition and checksum are the same on 1, 2 and 5 threads", arguments: names)
    func sameDocument(_ name: String) throws {
        let path = FixtureFiles.pdf(name)
        func json(_ threads: Int) throws -> String {
            let document = try BrochureExtractor(provenance: true).extract(try PDFDocument(path: path), threads: threads)
            return try JSONOutput.encode(document)
        }
        let one = try json(1)
        #expect(one.contains("\"hiring\""))
        #expect(try json(2) == one)
        #expect(try json(5) == one)
    }

    @Test("The warm-up leaves every parser giving what it gives cold")
    func warmUp() throws {
        let before = try Headcount.parse("55（20）")
        WarmUp.start(threads: 2).wait()
        #expect(try Headcount.parse("55（20）") == before)
        #expect(try EraDate.parse("令和6年3月1日現在").year == 2024)
    }
}
