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
    public func extract(_ document: PDFDocument, engine: LayoutEngine = LayoutEngine()) throws(ExtractionError) -> BrochureDocument {
        extract(document, layout: try DocumentLayout.make(document, engine: engine))
    }

    /// Reads the sections of pages already laid out (all of `document`'s, or some of them).
    public func extract(_ document: PDFDocument, layout: DocumentLayout) -> BrochureDocument {
        var sections = SectionSet()
        for part in SectionSegmenter().segment(layout) {
            switch part.kind {
            case .hiring:
                if sections.hiring == nil { sections.hiring = HiringParser().parse(part) }
            case .assignments:
                if sections.assignments == nil { sections.assignments = AssignmentsParser().parse(part) }
            case .examBreakdown:
                if sections.examBreakdown == nil { sections.examBreakdown = ExamBreakdownParser().parse(part) }
            case .contacts:
                let found = ContactsParser().parse(part)
                if !found.isEmpty { sections.contacts = (sections.contacts ?? []) + found }
            case .access:
                if sections.access == nil { sections.access = AccessParser().parse(part) }
            case .initiatives:
                let found = TitledParagraphs().split(part).map {
                    Initiative(title: $0.title, summary: $0.text, page: $0.page, provenance: Provenance(page: $0.page, box: $0.box, text: $0.title + "\n" + $0.text))
                }
                if !found.isEmpty { sections.initiatives = (sections.initiatives ?? []) + found }
            case .supportSystems:
                let found = TitledParagraphs().split(part).map {
                    SupportSystem(
                        name: $0.title, summary: $0.text, durations: DurationFinder.find(in: $0.text), page: $0.page,
                        provenance: Provenance(page: $0.page, box: $0.box, text: $0.title + "\n" + $0.text))
                }
                if !found.isEmpty { sections.supportSystems = (sections.supportSystems ?? []) + found }
            case .training:
                if sections.training == nil { sections.training = TrainingParser().parse(part) }
            }
        }
        // Text sections (初任研修, 取組, an address) appear in any government document; report
        // them only for a recruitment brochure: one with a section of figures or contacts.
        let core = sections.contacts != nil || sections.hiring != nil || sections.assignments != nil
            || sections.examBreakdown != nil
        if !core {
            sections.initiatives = nil
            sections.supportSystems = nil
            sections.training = nil
            sections.access = nil
        }
        // A breakdown that names no year is the coming cohort: the hiring table's planned row.
        if sections.examBreakdown?.cohortFiscalYear == nil, let planned = sections.hiring?.rows.last(where: \.planned) {
            sections.examBreakdown?.cohortFiscalYear = planned.fiscalYear
            sections.examBreakdown?.planned = true
        }
        // What is wrong with the file first (a rebuilt xref, unreadable text), then the figures.
        let warnings = document.warnings + (UnmappedText.warning(for: layout).map { [$0] } ?? []) + CrossChecks.run(sections)
        if !provenance { sections = Self.withoutProvenance(sections) }
        let file = document.displayName == "-" ? "-" : String(document.displayName.split(separator: "/").last ?? "")
        return BrochureDocument(
            source: .init(file: file, sha256: document.sha256, pageCount: document.pageCount),
            organization: OrganizationFinder.find(layout: layout, contacts: sections.contacts ?? []),
            edition: EditionFinder.find(layout), sections: sections, warnings: warnings)
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
