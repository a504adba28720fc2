extension SectionSet {
    /// Where every row, entry and item came from, for drawing their boxes.
    var provenances: [Provenance] {
        var all: [Provenance?] = []
        all += hiring?.rows.map(\.provenance) ?? []
        all += assignments?.rows.map(\.provenance) ?? []
        all += examBreakdown?.entries.map(\.provenance) ?? []
        all += contacts?.map(\.provenance) ?? []
        all += access?.routes.map(\.provenance) ?? []
        all += initiatives?.map(\.provenance) ?? []
        all += supportSystems?.map(\.provenance) ?? []
        return all.compactMap { $0 }
    }
}
