#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One brochure PDF in, one `BrochureDocument` out: layout, sections, parsers, cross-checks.
public struct BrochureExtractor: Sendable {
    /// Keep each row's page, box and original text in the output.
    public var provenance: Bool

    public init(provenance: Bool = false) {
        self.provenance = provenance
    }

    /// Lays out every page of `document` and reads its sections.
    public func extract(
        _ document: PDFDocument, engine: LayoutEngine = LayoutEngine(), threads: Int? = nil
    ) throws(ExtractionError) -> BrochureDocument {
        extract(document, layout: try ExtractionLayout.make(document, engine: engine, threads: threads), threads: threads)
    }

    /// Reads the sections of pages already laid out (all of `document`'s, or some of them).
    ///
    /// Each page is read (the edition finder, the unmapped-text count, the publisher's
    /// evidence) on `threads` threads, then read by the segmenter and let go, as
    /// `extract(_:layout:threads:)` with an `ExtractionLayout` does.
    public func extract(_ document: PDFDocument, layout: consuming DocumentLayout, threads: Int? = nil) -> BrochureDocument {
        let threads = threads ?? ParallelWork.availableProcessors
        return extract(document, readings: DocumentReadings.read(layout, threads: threads), threads: threads)
    }

    /// Reads the sections of pages laid out and read for `extract` (`ExtractionLayout`).
    ///
    /// What reads every page (the edition finder, the unmapped-text count, the publisher's
    /// evidence) read each page as it was laid out, and the segmenter lets each page go once
    /// it has read it, so the parts are segmented and parsed holding only the blocks they read,
    /// never every page beside them (the peak of a long document: BENCHMARKS.md, seventeenth
    /// and thirty-third sessions).
    public func extract(_ document: PDFDocument, layout: consuming ExtractionLayout, threads: Int? = nil) -> BrochureDocument {
        let threads = threads ?? ParallelWork.availableProcessors
        return extract(document, readings: DocumentReadings.read(layout, threads: threads), threads: threads)
    }

    /// The document from its pages' readings: the parts parsed and merged in document order
    /// (`sections(of:document:threads:)`), then the cross-checks and the publisher.
    func extract(_ document: PDFDocument, readings whole: consuming DocumentReadings, threads: Int) -> BrochureDocument {
        let edition = whole.edition
        let unmapped = whole.unmapped
        let overlaid = whole.overlaid
        let publisher = whole.publisher
        var sections = Self.sections(of: (consume whole).parts, document: document, threads: threads)
        // A breakdown still held open for a page that never came is complete as read (`ExamPageNote`).
        sections.examBreakdown?.continues = nil
        // Text sections (初任研修, 取組, an address) appear in any government document; report
        // them only for a recruitment brochure (`SectionSet.keepBrochureSections`).
        sections.keepBrochureSections()
        // Years printed newest first (a table read right to left) are given oldest first, as
        // every other brochure's are; rows of one year keep their order.
        // Years named relative to the edition (`今年度（予定）`) are the edition's (`RelativeYear`).
        let base = edition.flatMap { RelativeYear.fiscalYear(ofEdition: $0.asOf) }
        if let rows = sections.hiring?.rows { sections.hiring?.rows = RelativeYear.resolved(rows, base: base) }
        if sections.hiring?.rows.isEmpty == true { sections.hiring = nil }
        if let cohort = sections.assignments?.cohortFiscalYear { sections.assignments?.cohortFiscalYear = RelativeYear.resolved(cohort, base: base) }
        if let cohort = sections.examBreakdown?.cohortFiscalYear { sections.examBreakdown?.cohortFiscalYear = RelativeYear.resolved(cohort, base: base) }
        if let rows = sections.hiring?.rows { sections.hiring?.rows = HiringRecord.noWomenBySum(HiringRecord.noWomenInNoHires(HiringRecord.oldestFirst(rows))) }
        // A breakdown that names no year is the coming cohort: the hiring table's planned row.
        if sections.examBreakdown?.cohortFiscalYear == nil, let planned = sections.hiring?.rows.last(where: \.planned) {
            sections.examBreakdown?.cohortFiscalYear = planned.fiscalYear
            sections.examBreakdown?.planned = true
        }
        // A category of two rounds of the exam is one category (`ExamBreakdown.mergingRounds`).
        if let entries = sections.examBreakdown?.entries { sections.examBreakdown?.entries = ExamBreakdown.mergingRounds(entries) }
        // A track boundary the table's geometry left open, settled by the plan and the categories (`ExamTrackBoundary`).
        if let exam = sections.examBreakdown, let cohort = exam.cohortFiscalYear,
            let plan = sections.hiring?.rows.first(where: { $0.fiscalYear == cohort })
        {
            sections.examBreakdown?.entries = ExamTrackBoundary.settled(exam.entries, plan: plan)
        }
        // Assignments that name no cohort: the hiring year their units add up to (`AssignmentCohort`).
        if let assignments = sections.assignments, assignments.cohortFiscalYear == nil, let hiring = sections.hiring {
            sections.assignments?.cohortFiscalYear = AssignmentCohort.year(of: assignments, hiring: hiring)
        }
        // What is wrong with the file first (a rebuilt xref, unreadable text), then the figures.
        let warnings = document.warnings + (unmapped.map { [$0] } ?? []) + (overlaid.map { [$0] } ?? []) + CrossChecks.run(sections)
        let organization = OrganizationFinder.find(publisher, contacts: sections.contacts ?? [])
        sections.contacts = sections.contacts?.map { $0.withoutPublisherLine(organization) }
        if !provenance { sections = Self.withoutProvenance(sections) }
        let file = document.displayName == "-" ? "-" : String(document.displayName.split(separator: "/").last ?? "")
        return BrochureDocument(
            source: .init(file: file, sha256: document.sha256, pageCount: document.pageCount),
            organization: organization,
            edition: edition, sections: sections, warnings: warnings)
    }

    static func withoutProvenance(_ sections: SectionSet) -> SectionSet {
        var s = sections
        if var h = s.hiring { h.rows = h.rows.map { var r = $0; r.provenance = nil; return r }; s.hiring = h }
        if var a = s.assignments { a.rows = a.rows.map { var r = $0; r.provenance = nil; return r }; s.assignments = a }
        if var e = s.examBreakdown { e.entries = e.entries.map { var r = $0; r.provenance = nil; return r }; s.examBreakdown = e }
        s.contacts = s.contacts?.map { var c = $0; c.provenance = nil; return c }
        if var a = s.access { a.routes = a.routes.map { var r = $0; r.provenance = nil; return r }; s.access = a }
        s.initiatives = s.initiatives?.map { var i = $0; i.provenance = nil; return i }
        s.supportSystems = s.supportSystems?.map { var i = $0; i.provenance = nil; return i }
        return s
    }

    /// The sections as the segmenter sees them, one line per block: for `brochure sections`.
    public static func describeSections(_ layout: DocumentLayout) -> String {
        var out = ""
        for part in SectionSegmenter().segment(layout) {
            out += "\(part.kind.rawValue) p\(part.page) \(part.heading)\n"
            for (page, block) in part.blocks {
                out += "  p\(page) \(block.kind.rawValue): \(block.lines.first?.text ?? "")\n"
            }
        }
        return out
    }
}
