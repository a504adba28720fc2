/// A track's strip over a column of its categories: the track's label at the strip's left end
/// and the track's total at its right (`行政事務 … 計52名`), the categories listed under it.
///
/// Two such columns side by side (a bar list per track) are read by the table detector as one
/// grid, and a category row then stands as near to the other column's label as to its own:
/// the label nearest by height, or the last one read, is the wrong track for half the rows.
/// The strip says how far its track reaches: across, from its label to its total; down, to
/// the next strip. A row lying wholly within that width under it is of its track, wherever
/// it stands in the grid.
enum ExamTrackStrips {
    struct Item {
        var text: String
        var box: Rect
        var page: Int
        var track: Track?
    }

    struct Strip: Equatable {
        var track: Track
        var box: Rect
        var page: Int
    }

    /// The strips among `items`: a track label (one naming no count) whose next item to the
    /// right on its row is a bare total (`計52名`, `合計 32人`).
    static func strips(in items: [Item]) -> [Strip] {
        items.indices.compactMap { i in
            let label = items[i]
            guard let track = label.track, !isTotal(label.text) else { return nil }
            let right = items.indices.filter { $0 != i }.map { items[$0] }
                .filter { $0.page == label.page && $0.box.x0 >= label.box.x1 - 1 && $0.box.yOverlap(label.box) > 0 }
            guard let next = right.min(by: { $0.box.x0 < $1.box.x0 }), isTotal(next.text) else { return nil }
            return Strip(track: track, box: label.box.union(next.box), page: label.page)
        }
    }

    /// The track of the nearest strip above `box` on its page whose width holds it.
    static func track(of box: Rect, page: Int, strips: [Strip]) -> Track? {
        strips.filter {
            $0.page == page && $0.box.y1 <= box.y0 + 1 && $0.box.x0 <= box.x0 + 1 && $0.box.x1 >= box.x1 - 1
        }.max { $0.box.y1 < $1.box.y1 }?.track
    }

    /// `計52名`, `合計 32人`: a total and nothing else.
    static func isTotal(_ raw: String) -> Bool {
        var text = Substring(Normalized.compact(raw))
        if text.hasPrefix("合計") { text = text.dropFirst(2) } else if text.hasPrefix("計") { text = text.dropFirst() } else { return false }
        guard let unit = text.last, unit == "名" || unit == "人" else { return false }
        let digits = text.dropLast()
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
