extension ExamListLine {
    /// `行政:約12名` → `行政:12名`: a count printed as an estimate (`約12名`, about twelve) right
    /// after its category's colon is that count, as `12名程度` is (`droppingEstimate`).
    ///
    /// Only after the colon that closes a category (a table's name and count cells are joined
    /// by one): there `約` can be no part of the name. Elsewhere (`合計で約20名`) a rough count
    /// names no category (`saysAbout`), and the item is left as it is.
    static func droppingAbout(_ item: Substring) -> Substring {
        guard let unit = item.last, unit == "名" || unit == "人" else { return item }
        let body = item.dropLast()
        let digits = body.reversed().prefix { $0.isNumber }.count
        guard digits > 0, case let head = body.dropLast(digits), head.last == "約",
            let colon = head.dropLast().last, colon == ":" || colon == "："
        else { return item }
        return Substring(String(head.dropLast()) + String(body.suffix(digits)) + String(unit))
    }
}
