/// Tiles of an exam breakdown set as lines (a category caption over a large count, `社会基盤`
/// over `8名`), read as the pairs they are.
///
/// A "数字で見る" row of tiles sets each caption above its number, the number in much larger
/// type: read line by line the captions have no count and the counts no name, and the layout
/// may run the numbers of neighbouring tiles, set on one baseline, into one line (`8名 4名`).
/// Each count goes with the caption right above it that stands over its part of the line:
/// a line of n counts takes the n captions over it, left to right. Only a row of two or more
/// captions that all find their count is taken: one name over one count could be a heading
/// over a total.
enum ExamTileCaptions {
    struct Line {
        var text: String
        /// The line as printed, spaces kept: they part the counts of a run-together line.
        var raw: String
        var box: Rect
        var page: Int
    }

    struct Pair: Equatable {
        /// Indices into the lines: the caption and the line holding its count.
        var name: Int
        var count: Int
        /// The count, normalised (`8名`).
        var item: String
    }

    /// The pairs among `lines` (the section's lines outside tables, texts normalised).
    static func pairs(in lines: [Line]) -> [Pair] {
        var found: [Pair] = []
        for (c, line) in lines.enumerated() {
            let items = line.raw.split(whereSeparator: \.isWhitespace).map { Normalized.compact(String($0)) }
            guard !items.isEmpty, items.allSatisfy(ExamCellLines.isBareCount) else { continue }
            // The captions right above the line, over its extent, in one row.
            let captions = lines.indices.filter { i in
                let name = lines[i].box
                return i != c && lines[i].page == line.page && ExamCellLines.isName(lines[i].text)
                    && name.y1 <= line.box.y0 + 1 && line.box.y0 - name.y1 <= max(name.height, line.box.height)
                    && name.midX >= line.box.x0 && name.midX <= line.box.x1
            }.sorted { lines[$0].box.x0 < lines[$1].box.x0 }
            guard captions.count == items.count, let first = captions.first,
                captions.allSatisfy({ abs(lines[$0].box.midY - lines[first].box.midY) <= 0.3 * lines[first].box.height })
            else { continue }
            found += zip(captions, items).map { Pair(name: $0, count: c, item: $1) }
        }
        // A row of tiles: two or more captions on one baseline, each with its count.
        return found.filter { pair in
            found.filter { abs(lines[$0.name].box.midY - lines[pair.name].box.midY) <= 0.3 * lines[pair.name].box.height
                && lines[$0.name].page == lines[pair.name].page }.count >= 2
        }
    }
}
