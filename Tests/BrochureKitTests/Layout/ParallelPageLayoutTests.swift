import Foundation
import Testing
@testable import BrochureKit

/// Pages laid out on several threads give the same document as one thread.
@Suite("Parallel page layout")
struct ParallelPageLayoutTests {
    static func json(_ layout: DocumentLayout) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(layout), as: UTF8.self)
    }

    @Test("Any thread count gives the one-thread layout, pages in order", arguments: [2, 3, 8])
    func sameAsSequential(threads: Int) throws {
        // Three pages with a running header: furniture is marked across the parallel pages.
        let path = FixtureFiles.pdf("soumu-2025")
        let sequential = try DocumentLayout.make(try PDFDocument(path: path), threads: 1)
        let parallel = try DocumentLayout.make(try PDFDocument(path: path), threads: threads)
        #expect(parallel.pages.map(\.number) == [1, 2, 3])
        #expect(try Self.json(parallel) == Self.json(sequential))
    }

    @Test("A document read from memory is reopened from the same bytes")
    func fromMemory() throws {
        let path = FixtureFiles.pdf("soumu-2025")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let document = try PDFDocument(bytes: bytes, displayName: "-")
        let again = try document.reopened()
        #expect(again.pageCount == 3)
        #expect(try again.page(2).glyphs.count == document.page(2).glyphs.count)
        let parallel = try DocumentLayout.make(document, threads: 3)
        #expect(try Self.json(parallel) == Self.json(DocumentLayout.make(try PDFDocument(path: path), threads: 1)).replacingOccurrences(of: Self.quoted(path), with: "\"-\""))
    }

    @Test("An encrypted document is reopened with its password, from a file and from memory")
    func encrypted() throws {
        let path = FixtureFiles.root.appendingPathComponent("bad/encrypted-userpw.pdf").path
        let fromFile = try PDFDocument(path: path, password: "secret").reopened()
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let fromMemory = try PDFDocument(bytes: bytes, displayName: "-", password: "secret").reopened()
        #expect(try fromFile.page(1).glyphs.count > 100)
        #expect(try fromMemory.page(1).glyphs.count == fromFile.page(1).glyphs.count)
    }

    @Test("A page past the end fails before any thread starts")
    func pageOutOfRange() throws {
        let document = try PDFDocument(path: FixtureFiles.pdf("soumu-2025"))
        #expect(throws: ExtractionError.pageOutOfRange(path: FixtureFiles.pdf("soumu-2025"), page: 4, pageCount: 3)) {
            try DocumentLayout.make(document, pages: 2...4, threads: 2)
        }
    }

    @Test("Every thread's document keeps the limits: a page over the glyph limit fails on any thread")
    func limitsOnEveryThread() throws {
        let path = FixtureFiles.pdf("soumu-2025")
        for threads in [1, 3] {
            let document = try PDFDocument(path: path)
            try document.enforce(ExtractionLimits(maxPages: 0, maxGlyphsPerPage: 10, timeLimit: 0))
            #expect(try document.reopened().limits.maxGlyphsPerPage == 10)
            #expect(throws: ExtractionError.self) { try DocumentLayout.make(document, threads: threads) }
        }
        // A reopened document is not checked again: the warnings of the first are carried over.
        let document = try PDFDocument(path: path)
        #expect(try document.reopened().warnings == document.warnings)
    }

    static func quoted(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }
}
