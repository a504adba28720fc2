import Foundation

/// A value axis from 0 to a round maximum, with four or five round ticks.
struct AxisScale {
    let maximum: Double
    let step: Double

    init(maximum value: Double) {
        let target = max(value, 1) / 4
        let magnitude = pow(10, floor(log10(target)))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= target } ?? magnitude * 10
        self.step = step
        maximum = (max(value, 1) / step).rounded(.up) * step
    }

    /// Horizontal lines and their labels at each tick, from 0 to the maximum.
    func gridlines(left: Double, right: Double, y: (Double) -> Double, format: (Double) -> String = { Markup.number($0) }) -> String {
        var out = ""
        var value = 0.0
        while value <= maximum + step / 2 {
            let at = Markup.number(y(value))
            out += "<line x1=\"\(Markup.number(left))\" x2=\"\(Markup.number(right))\" y1=\"\(at)\" y2=\"\(at)\" class=\"grid\"/>"
            out += "<text x=\"\(Markup.number(left - 6))\" y=\"\(Markup.number(y(value) + 4))\" text-anchor=\"end\" class=\"tick\">\(format(value))</text>\n"
            value += step
        }
        return out
    }
}
