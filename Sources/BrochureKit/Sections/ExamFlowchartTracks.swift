/// The tracks of an exam breakdown drawn as a flowchart: a track box at the left (`事務職`),
/// connector lines to the level boxes right of it (`上級（大学卒業程度）`, `初級（高校卒業程度）`),
/// and from each level to its category boxes (`行政　38名`, `社会福祉　6名`).
///
/// The connectors are graphics, so only the places tell what joins what. A category stands
/// on its level's row, but a track box stands somewhere within the height of its levels (at
/// their middle, or nearer one of them), far from most of its categories, and the next track's
/// box may be read before the last rows of this one. So each level box takes the track box
/// nearest it by height, and a category the track of the level box on its row. Taken only
/// where the boxes make a flowchart: two track boxes or more, of two tracks, in one column left
/// of every level box, each standing within the height of the levels it takes (a label set at
/// the top of its rows, a table's track column, stands level with its first row instead).
enum ExamFlowchartTracks {
    struct Item {
        var box: Rect
        var page: Int
        /// The track the item names, if it is no more than a label.
        var track: Track?
        /// Whether the item names an exam level and nothing else (no track, no count).
        var level: Bool
        /// Whether the item holds a category with its count.
        var counted: Bool
    }

    /// The track of the counted piece at `row` on `page` by the flowchart among `items`; nil
    /// when no level box stands on its row or the boxes make no flowchart.
    static func track(of row: Rect, page: Int, items: [Item]) -> Track? {
        let onPage = items.filter { $0.page == page }
        let levels = onPage.filter { $0.level && !$0.counted && $0.track == nil }.map(\.box)
        // The row's level: the nearest level box left of it, within two and a half line heights.
        guard let own = levels.filter({ $0.x1 <= row.x0 + 1 && abs($0.midY - row.midY) <= 2.5 * max(min($0.height, row.height), 1) })
            .min(by: { abs($0.midY - row.midY) < abs($1.midY - row.midY) }),
            let left = levels.map(\.x0).min()
        else { return nil }
        let tracks = onPage.filter { $0.track != nil && !$0.level && !$0.counted && $0.box.x1 <= left + 1 }
        guard tracks.count >= 2, Set(tracks.compactMap(\.track)).count >= 2,
            let first = tracks.first, tracks.allSatisfy({ $0.box.x0 <= first.box.x1 && first.box.x0 <= $0.box.x1 })
        else { return nil }
        // Each level box with the track box nearest it by height.
        func nearest(_ level: Rect) -> Int {
            tracks.indices.min { abs(tracks[$0].box.midY - level.midY) < abs(tracks[$1].box.midY - level.midY) }!
        }
        let taken = Dictionary(grouping: levels, by: nearest)
        for (index, track) in tracks.enumerated() {
            guard let mine = taken[index] else { return nil }
            let (low, high) = (mine.map(\.midY).min()!, mine.map(\.midY).max()!)
            let margin = 0.25 * track.box.height
            // Within its levels' height, not at its end (one level: level with it).
            let within = mine.count == 1 ? abs(track.box.midY - low) <= track.box.height : track.box.midY > low + margin && track.box.midY < high - margin
            guard within else { return nil }
        }
        return tracks[nearest(own)].track
    }
}
