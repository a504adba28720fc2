/// What the extractor reads from every page of a layout: its sections' parts, the edition,
/// the unmapped-text warning and the evidence of its publisher.
///
/// Read together, so the extractor can let the pages go before the parts are parsed: the
/// parts keep only the blocks they are made of, and a long document's peak memory is no
/// longer every page plus every parsed section at once (BENCHMARKS.md, seventeenth session).
/// The segmenter runs beside the edition finder and the rest; the result is the same as
/// reading them one after another.
struct DocumentReadings: Sendable {
    var parts: [SectionSegmenter.Part]
    var edition: BrochureDocument.Edition?
    var unmapped: ExtractionWarning?
    var publisher: OrganizationFinder.Evidence

    static func read(_ layout: DocumentLayout, threads: Int) -> DocumentReadings {
        enum Done {
            case parts([SectionSegmenter.Part])
            case edition(BrochureDocument.Edition?)
            case rest(ExtractionWarning?, OrganizationFinder.Evidence)
        }
        let done = ParallelWork.map(count: 3, threads: threads) { job -> Done in
            switch job {
            case 0: .parts(SectionSegmenter().segment(layout))
            case 1: .edition(EditionFinder.find(layout))
            default: .rest(UnmappedText.warning(for: layout), OrganizationFinder.Evidence(layout))
            }
        }
        guard case .parts(let parts) = done[0], case .edition(let edition) = done[1], case .rest(let unmapped, let publisher) = done[2] else {
            preconditionFailure("ParallelWork.map returns its results in job order")
        }
        return DocumentReadings(parts: parts, edition: edition, unmapped: unmapped, publisher: publisher)
    }
}
