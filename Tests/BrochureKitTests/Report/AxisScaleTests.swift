import Testing
@testable import BrochureKit

/// Chart axes end at a round value just above the data, in four or five round steps.
@Suite("Axis scale")
struct AxisScaleTests {
    @Test("Round steps and maximum", arguments: [
        (value: 49.0, step: 20.0, maximum: 60.0),
        (value: 61.0, step: 20.0, maximum: 80.0),
        (value: 7.0, step: 2.0, maximum: 8.0),
        (value: 23.0, step: 10.0, maximum: 30.0),
        (value: 1.0, step: 0.25, maximum: 1.0),
        (value: 0.0, step: 0.25, maximum: 1.0),
        (value: 230.0, step: 100.0, maximum: 300.0),
    ])
    func scale(value: Double, step: Double, maximum: Double) {
        let axis = AxisScale(maximum: value)
        #expect(axis.step == step)
        #expect(axis.maximum == maximum)
        #expect(axis.maximum >= value)
    }
}
