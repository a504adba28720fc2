extension ExamCellLines {
    /// The lines of a cell as items: a line ending in `・` joined to the line after it
    /// (`デジタル・` over `電気・電子` is one name), each with the range of lines it covers.
    ///
    /// A name listing fields joined by `・` breaks after one when its cell is narrow; read line
    /// by line, the count beside the cell's middle takes either half, and the name loses a
    /// field. A `・` never ends a name, so the line after it is the same name's.
    static func items(_ lines: [String]) -> [(text: String, lines: ClosedRange<Int>)] {
        var items: [(text: String, lines: ClosedRange<Int>)] = []
        for (i, line) in lines.enumerated() {
            if let last = items.last, last.text.hasSuffix("・") || last.text.hasSuffix("･") {
                items[items.count - 1] = (last.text + line, last.lines.lowerBound...i)
            } else {
                items.append((line, i...i))
            }
        }
        return items
    }
}
