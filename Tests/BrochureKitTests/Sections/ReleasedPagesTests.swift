import Foundation
import Testing

@testable import BrochureKit

/// `extract` reads each page as it is laid out, lets the segmenter release each page once read,
/// runs the segmenter's passes in place and parses the parts a round at a time (BENCHMARKS.md,
/// thirty-third session): the same parts and sections as reading the whole layout at once.
@Suite("Pages released as read")
struct ReleasedPagesTests {
    typealias L = LooseLayoutsTests

    /// A layout of `pages`, each a list of one-line blocks.
    static func layout(_ pages: [[(page: Int, block: Block)]]) -> DocumentLayout {
        DocumentLayout(
            source: "t.pdf", info: DocumentInfo(pageCount: pages.count, title: nil, producer: nil, creator: nil, creationDate: nil),
            pages: pages.enumerated().map { index, blocks in
                PageLayout(number: index + 1, width: 595, height: 842, bodyFontSize: 9, isVertical: false, blocks: blocks.map(\.block))
            })
    }

    /// What a test compares of parts: kind, heading, and each block's page and first line.
    static func summary(_ parts: [SectionSegmenter.Part]) -> [String] {
        parts.map { part in
            "\(part.kind.rawValue) \(part.heading) p\(part.page): "
                + part.blocks.map { "p\($0.page) \($0.block.lines.first?.text ?? "")" }.joined(separator: " | ")
        }
    }

    /// One page of one-line blocks, 30 pt apart down its left column: a title set at 14 pt
    /// (`#` before its text) is a heading, the rest body lines.
    static func page(_ lines: [String]) -> [(page: Int, block: Block)] {
        lines.enumerated().map { index, line in
            let heading = line.hasPrefix("#")
            return L.block(heading ? String(line.dropFirst()) : line, x: 40, y: 100 + 30 * Double(index), size: heading ? 14 : 9, kind: heading ? .heading : .paragraph)
        }
    }

    /// Three pages: a hiring table continued (`（続き）`) on the next page, initiatives on two
    /// pages, and one heading for contacts and access.
    static let continued = layout([
        page(["#採用実績", "令和5年度 10名", "#取組", "テレワークを全職員が使えるようにしています。"]),
        page(["#採用実績（続き）", "令和6年度 12名", "#お問い合わせ・アクセス", "人事課 TEL 03-1234-5678"]),
        page(["#取組", "フレックスタイム制を導入しています。"]),
    ])

    @Test("Released page by page, the segmenter visits each page once in order, empties it, and gives the parts of the whole layout: a continuation joined, a kind repeated, access twinned")
    func releasedPagesGiveTheSameParts() {
        let layout = Self.continued
        let whole = SectionSegmenter().segment(layout)
        var pages = layout.pages
        var visited: [(index: Int, blocks: Int)] = []
        let released = SectionSegmenter().segment(releasing: &pages) { index, page in visited.append((index, page.blocks.count)) }
        #expect(visited.map(\.index) == [0, 1, 2] && visited.map(\.blocks) == layout.pages.map(\.blocks.count))
        #expect(pages.allSatisfy { $0.blocks.isEmpty })
        #expect(Self.summary(released) == Self.summary(whole))
        #expect(whole.map(\.kind) == [.hiring, .initiatives, .contacts, .access, .initiatives])
        #expect(whole.first?.blocks.map(\.page) == [1, 2])
    }

    @Test("Contact cards under no contacts heading are gathered the same way when pages are released")
    func unheadedCardsReleased() {
        typealias C = CardsRibbonsAndGlossesTests
        let layout = Self.layout([
            [
                L.block("研修", x: 62, y: 441, size: 13, kind: .heading),
                L.block("採用後は、裁判所職員総合研修所で導入研修を受けます。", x: 40, y: 466, size: 8.5),
            ],
            [
                L.block("裁判所事務官の採用", x: 30, y: 684, size: 8.5),
                C.block(["事務総局人事局任用課", "TEL 03-3264-5814", "saiyo-jimukan@courts.go.jp"], x: 30, y: 700, size: 8),
            ],
        ])
        var pages = layout.pages
        let released = SectionSegmenter().segment(releasing: &pages) { _, _ in }
        #expect(released.map(\.kind) == [.training, .contacts])
        #expect(Self.summary(released) == Self.summary(SectionSegmenter().segment(layout)))
    }

    @Test("Each block's own readings worked out on two threads give the parts read on one")
    func segmenterOnTwoThreads() throws {
        for name in ["mhlw-2025", "mlit-2024"] {
            let layout = try DocumentLayout.make(try PDFDocument(path: FixtureFiles.pdf(name)), threads: 1)
            var pages = layout.pages
            let two = SectionSegmenter(threads: 2).segment(releasing: &pages) { _, _ in }
            #expect(Self.summary(two) == Self.summary(SectionSegmenter().segment(layout)) && two.count > 2)
        }
    }

    @Test("The readings of pages read as they were laid out are those of the whole layout, on a multi-page brochure")
    func extractionLayoutReadings() throws {
        let pdf = try PDFDocument(path: FixtureFiles.pdf("mhlw-2025"))
        let layout = try DocumentLayout.make(pdf, threads: 1)
        #expect(layout.pages.count > 1)
        let read = DocumentReadings.read(try ExtractionLayout.make(pdf, threads: 2), threads: 2)
        #expect(Self.summary(read.parts) == Self.summary(SectionSegmenter().segment(layout)))
        #expect(read.edition == EditionFinder.find(layout) && read.edition != nil)
        #expect(read.unmapped == UnmappedText.warning(for: layout))
        #expect(read.publisher.scores == OrganizationFinder.scores(layout) && !read.publisher.scores.isEmpty)
        #expect(read.publisher.coverTitle == CoverTitle.organization(layout))
        #expect(read.publisher.titleNames == OrganizationFinder.titleNames(layout))
        let viaPages = BrochureExtractor(provenance: true).extract(pdf, layout: try ExtractionLayout.make(pdf, threads: 1), threads: 1)
        #expect(viaPages == BrochureExtractor(provenance: true).extract(pdf, layout: layout, threads: 2))
    }

    @Test("Parsing the parts one or two at a time gives the sections of parsing them all at once")
    func partsParsedInRounds() throws {
        for name in ["mhlw-2025", "soumu-2024"] {
            let pdf = try PDFDocument(path: FixtureFiles.pdf(name))
            let parts = SectionSegmenter().segment(try DocumentLayout.make(pdf, threads: 1))
            #expect(parts.count > 2)
            let all = BrochureExtractor.sections(of: parts, document: pdf, threads: 2, perRound: parts.count)
            #expect(BrochureExtractor.sections(of: parts, document: pdf, threads: 1, perRound: 1) == all)
            #expect(BrochureExtractor.sections(of: parts, document: pdf, threads: 2, perRound: 2) == all)
            #expect(all.hiring != nil || all.contacts != nil)
        }
    }
}
