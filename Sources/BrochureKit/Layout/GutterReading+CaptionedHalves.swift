/// Captions over two tables of one design side by side, which head no columns.
extension GutterReading {
    /// Whether the first rows under two headings level with each other say the same cells
    /// (`区分 令和3年度 … | 区分 令和3年度 …` under `採用者数` and `うち女性`): two captions over one
    /// table set twice, not the headings of two columns.
    func captionsHalves(_ left: Rect, _ right: Rect, region: [Int], gutter: ClosedRange<Double>, unit: Double) -> Bool {
        func firstRow(under heading: Rect, from x0: Double, to x1: Double) -> [String] {
            let below = region.filter { page.boxes[$0].y0 >= heading.y1 - 0.5 && page.boxes[$0].x0 >= x0 && page.boxes[$0].x1 <= x1 }
            guard let top = below.min(by: { page.boxes[$0].y0 < page.boxes[$1].y0 }), page.boxes[top].y0 - heading.y1 <= 3 * unit
            else { return [] }
            // (Its cells may start a little apart: a header cell of two lines sits higher.)
            return below.filter { page.boxes[$0].y0 <= page.boxes[top].y0 + unit }
                .sorted { page.boxes[$0].x0 < page.boxes[$1].x0 }.map { page.lines[$0].text }
        }
        let a = firstRow(under: left, from: -Double.infinity, to: gutter.lowerBound + 0.5)
        return a.count >= 2 && a == firstRow(under: right, from: gutter.upperBound - 0.5, to: .infinity)
    }
}
