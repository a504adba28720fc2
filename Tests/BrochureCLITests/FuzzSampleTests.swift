import Foundation
import Testing

/// A fixed sample of the fuzzing run (Scripts/fuzz.py runs 10,000 cases; see the README's
/// Robustness section): 30 seeded mutations of a brochure through the whole `extract`
/// pipeline. Each must end with a documented exit code, never a signal or exit 3, and a
/// failure must leave stdout empty. The cases are made at test time, so nothing is committed.
@Suite("Fuzz sample")
struct FuzzSampleTests {
    /// 0, 1 and the failure codes `extract` documents for a bad PDF.
    static let documented: Set<Int32> = [0, 1, 11, 12, 13, 14, 15, 16, 19, 23]

    @Test(arguments: 0..<30)
    func mutated(_ seed: Int) throws {
        let brochure = try [UInt8](Data(contentsOf: URL(fileURLWithPath: CLIRunner.fixture("brochures/mlit-2023.pdf"))))
        let donor = try [UInt8](Data(contentsOf: URL(fileURLWithPath: CLIRunner.fixture("brochures/soumu-2021.pdf"))))
        var mutator = SeededMutator(seed: UInt64(seed) &* 7919 &+ 17)
        let bytes = mutator.mutate(brochure, donor: donor)
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("case-\(seed).pdf")
        try Data(bytes).write(to: file)
        let result = try CLIRunner.run(["extract", "--compact", "--time-limit", "20", file.path])
        #expect(Self.documented.contains(result.status), "exit \(result.status): \(result.stderr)")
        if result.status != 0 {
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }
}
