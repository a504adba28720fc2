/// Where a piece of an exam breakdown stands among the others: the labels, headers and bars
/// that give it a track or a level by their place.
extension ExamBreakdownParser {
    /// Labels set once at the top of the rows they span (`事務系` level with its 大卒 row, blank
    /// beside its 院卒 row), repeated beside each row they cover.
    ///
    /// Only where every label of the column sits level with the top of a row: a label centred
    /// over its rows is found by height already, and repeating it would be wrong for the row
    /// above its centre. A bare count (`5名`) is no label: repeated, it would pair again with
    /// a name repeated beside it.
    static func topAlignedSpans(in table: Table, page: Int) -> [Piece] {
        var repeated: [Piece] = []
        let body = Array(table.rows.dropFirst(table.headerRowCount))
        for column in table.columns.indices {
            let labels = body.enumerated().filter { $0.element.indices.contains(column) && !$0.element[column].text.isEmpty }
            guard labels.count >= 2, labels.allSatisfy({ _, cells in
                guard let label = cells[column].box else { return false }
                let others = cells.indices.filter { $0 != column }.compactMap { cells[$0].box }
                return !others.isEmpty && others.contains { abs($0.y0 - label.y0) <= 0.3 * label.height }
                    && pairs(in: cellText(cells[column].text)).isEmpty && !ExamCellLines.isBareCount(Normalized.compact(cells[column].text))
            }) else { continue }
            var current: String? = nil
            for cells in body where cells.indices.contains(column) {
                if !cells[column].text.isEmpty { current = cells[column].text; continue }
                guard let current, let rowBox = Rect.enclosing(cells.compactMap(\.box)) else { continue }
                let x = table.columns[column]
                repeated.append(Piece(text: Normalized.compact(current), raw: current,
                                      box: Rect(x0: x.lowerBound, y0: rowBox.y0, x1: x.upperBound, y1: rowBox.y1), page: page, repeated: true))
            }
        }
        return repeated
    }

    /// The label of the kind `value` reads nearest in height among those wholly left of `piece`
    /// on its page, within two and a half line heights; not its table's header cells.
    static func labelToTheLeft<T>(of piece: Piece, in pieces: [Piece], _ value: (Piece) -> T?) -> T? {
        var best: (T, Double)? = nil
        // A header cell heads its own column, not the rows beside and below it; a cell of
        // another table (one set beside this in the page's other column) heads nothing here.
        for other in pieces where other.page == piece.page && other.box.x1 <= piece.box.x0 + 1 && pairs(in: other.text).isEmpty
            && !(other.header && other.table != nil && other.table == piece.table && !piece.header)
            && !(other.table != nil && piece.table != nil && other.table != piece.table)
        {
            guard let found = value(other) else { continue }
            let distance = abs(other.box.midY - piece.box.midY)
            // A line beside a tall piece (a tile: caption over a large count) is level with it
            // wherever it stands along its height.
            let beside = piece.table == nil && other.table == nil && other.box.yOverlap(piece.box) >= 0.5 * other.box.height
            guard distance <= 2.5 * max(min(piece.box.height, other.box.height), 1) || beside else { continue }
            // Between lines, an item ending between label and piece (boxes side by side, one
            // per track) puts the label in another box: its items are the ones it heads.
            guard piece.table != nil || other.table != nil || !ExamBoxLabels.inAnotherBox(label: other.box, piece: piece.box, page: piece.page, items: pieces.map {
                ExamBoxLabels.Item(box: $0.box, page: $0.page, counted: !pairs(in: $0.text).isEmpty, label: value($0) != nil)
            }) else { continue }
            if best == nil || distance < best!.1 { best = (found, distance) }
        }
        return best?.0
    }

    /// The track of a cell centred over all the rows it heads (`事務系` level with the middle of
    /// four), for a first row further from it than the neighbouring rows are: the nearest
    /// track cell of a column to the left, in the same table, that holds track labels only.
    static func spanningTrack(of piece: Piece, in pieces: [Piece]) -> Track? {
        guard let table = piece.table, let column = piece.column else { return nil }
        let labels = pieces.filter { !$0.text.isEmpty && !$0.header && $0.table == table && ($0.column ?? column) < column }
        let tracks = Dictionary(grouping: labels) { $0.column ?? -1 }.values
            .filter { cells in cells.allSatisfy { $0.track != nil && $0.level == nil && pairs(in: $0.text).isEmpty } }.joined()
        return tracks.min { abs($0.box.midY - piece.box.midY) < abs($1.box.midY - piece.box.midY) }?.track
    }

    /// The label of the kind `value` heading the table column `piece` sits in: the nearest cell
    /// above it in the same column of the same table that holds no counts. With nothing to a
    /// cell's left naming its track or level, a grid printed the other way round (levels down
    /// the side and tracks across the top, or tracks down the side and levels across) names it
    /// there; the last label read, the header's rightmost, would be wrong for every column
    /// but the last.
    static func columnHeader<T>(above piece: Piece, in pieces: [Piece], _ value: (Piece) -> T?) -> T? {
        guard let table = piece.table, let column = piece.column else { return nil }
        var best: (T, Double)? = nil
        for other in pieces where other.table == table && other.column == column && other.box.y1 <= piece.box.y0 + 1 && pairs(in: other.text).isEmpty {
            guard let found = value(other) else { continue }
            if best == nil || other.box.y1 > best!.1 { best = (found, other.box.y1) }
        }
        return best?.0
    }

    /// The track of the nearest section bar above `piece`: a track label alone on its row
    /// (`事務系` on a shaded row across the table), starting left of the piece. Such a bar
    /// heads every row under it down to the next, however far below its own line they sit;
    /// a track cell beside its rows is found on their row instead.
    static func trackBar(above piece: Piece, in pieces: [Piece]) -> Track? {
        var best: (Track, Double)? = nil
        for bar in pieces where bar.page == piece.page && bar.box.y1 <= piece.box.y0 + 1 && bar.box.x0 <= piece.box.x0 + 1 {
            guard let track = bar.track, isBar(bar, in: pieces) else { continue }
            if best == nil || bar.box.y1 > best!.1 { best = (track, bar.box.y1) }
        }
        return best?.0
    }

    /// A track label on a row of its own (no level, no counts, nothing to its right), set in
    /// the column of the level labels under it: a bar across the table, not a cell of a track
    /// column (a cell centred between its two rows is alone on its line too, but left of the
    /// levels).
    static func isBar(_ piece: Piece, in pieces: [Piece]) -> Bool {
        piece.track != nil && piece.level == nil && pairs(in: piece.text).isEmpty
            && !pieces.contains { $0.page == piece.page && $0.box.x0 >= piece.box.x1 && $0.box.yOverlap(piece.box) > 0 }
            && pieces.contains {
                $0.page == piece.page && $0.level != nil && $0.track == nil && $0.box.y0 >= piece.box.y1 - 1
                    && abs($0.box.x0 - piece.box.x0) <= piece.box.height
            }
    }

    /// Tile captions with the counts under them (`ExamTileCaptions`): one piece at the caption's place.
    static func joiningTiles(_ pieces: [Piece]) -> [Piece] {
        var pieces = pieces
        let lines = pieces.indices.filter { pieces[$0].table == nil }
        let tiles = ExamTileCaptions.pairs(in: lines.map { ExamTileCaptions.Line(text: pieces[$0].text, raw: pieces[$0].raw, box: pieces[$0].box, page: pieces[$0].page) })
        for tile in tiles {
            let (name, count) = (lines[tile.name], lines[tile.count])
            pieces[name].raw += "\t" + tile.item
            pieces[name].text += ":" + tile.item
            pieces[name].box = pieces[name].box.union(Rect(x0: pieces[name].box.x0, y0: pieces[count].box.y0, x1: pieces[name].box.x1, y1: pieces[count].box.y1))
        }
        let used = Set(tiles.map { lines[$0.count] })
        return pieces.indices.filter { !used.contains($0) }.map { pieces[$0] }
    }

    /// The piece cut where a new level starts on its line (`ExamListLine`), so each part's level is its own.
    static func levelParts(of piece: Piece) -> [Piece] {
        let parts = ExamListLine.levelParts(of: piece.text, across: piece.box)
        guard parts.count > 1 else { return [piece] }
        return parts.map { part in
            var cut = piece
            (cut.text, cut.raw, cut.box) = (part.text, part.text, part.box)
            return cut
        }
    }
}
