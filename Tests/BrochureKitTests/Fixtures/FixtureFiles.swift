import Foundation

/// Paths of the committed fixtures, found from this file's location in the package.
enum FixtureFiles {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Names of the brochures that have an expected text beside them.
    static let brochures: [String] = {
        let folder = root.appendingPathComponent("brochures")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".expected.txt") }
            .map { String($0.dropLast(".expected.txt".count)) }.sorted()
    }()

    static func pdf(_ name: String) -> String { root.appendingPathComponent("brochures/\(name).pdf").path }

    static func expectedText(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("brochures/\(name).expected.txt"), encoding: .utf8)
    }
}
