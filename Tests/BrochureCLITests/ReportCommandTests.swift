import BrochureKit
import Foundation
import Testing

@Suite("brochure report")
struct ReportCommandTests {
    static let editions = ["soumu-2022", "soumu-2023", "soumu-2024", "soumu-2025"].map { CLIRunner.fixture("brochures/\($0).pdf") }

    /// How many pixels of the screenshot are within a small distance of `hex` (#rrggbb).
    static func pixels(near hex: String, in image: RasterImage) -> Int {
        let value = Int(hex.dropFirst(), radix: 16)!
        let target = (Double((value >> 16) & 0xFF) / 255, Double((value >> 8) & 0xFF) / 255, Double(value & 0xFF) / 255)
        var count = 0
        for y in stride(from: 0, to: image.height, by: 2) {
            for x in stride(from: 0, to: image.width, by: 2) {
                guard let c = image.color(x: x, y: y) else { continue }
                if abs(c.red - target.0) < 0.06 && abs(c.green - target.1) < 0.06 && abs(c.blue - target.2) < 0.06 { count += 1 }
            }
        }
        return count
    }

    @Test("From PDFs: one HTML file whose charts a real browser draws", .enabled(if: HeadlessBrowser.path != nil, HeadlessBrowser.skipReason))
    func browserDrawsTheCharts() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let html = dir.appendingPathComponent("report.html").path
        let result = try CLIRunner.run(["report"] + Self.editions + ["-o", html])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let shot = dir.appendingPathComponent("shot.png").path
        try HeadlessBrowser.screenshot(of: html, to: shot)
        let image = try #require(RasterImage(png: shot))
        // The bars of both tracks and the women's share lines are on screen, in their colours.
        let administrative = Self.pixels(near: "#1f5fd1", in: image)
        let technical = Self.pixels(near: "#e07b00", in: image)
        #expect(administrative > 2000, "administrative bars: \(administrative) pixels")
        #expect(technical > 300, "technical bars: \(technical) pixels")

        // The same browser on a report without hiring or assignments draws none of them: the
        // counts above come from the charts, not from the page around them.
        let empty = dir.appendingPathComponent("empty.html").path
        try ReportHTML(ReportData(documents: [])).render().write(toFile: empty, atomically: true, encoding: .utf8)
        let emptyShot = dir.appendingPathComponent("empty.png").path
        try HeadlessBrowser.screenshot(of: empty, to: emptyShot)
        let plain = try #require(RasterImage(png: emptyShot))
        #expect(Self.pixels(near: "#1f5fd1", in: plain) < 50)
    }

    @Test("From the database: the stored editions of one organization")
    func fromDatabase() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("b.sqlite").path
        #expect(try CLIRunner.run(["ingest", "--db", db] + Self.editions).status == 0)
        let result = try CLIRunner.run(["report", "--db", db, "--org", "総務省"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<!doctype html>"))
        #expect(result.stdout.contains("総務省"))
        #expect(result.stdout.contains("soumu-2025.pdf#page="))
        // The same editions from the PDFs give the same report.
        #expect(try CLIRunner.run(["report"] + Self.editions).stdout == result.stdout)
        let unknown = try CLIRunner.run(["report", "--db", db, "--org", "財務省"])
        #expect(unknown.status == 22)
        #expect(unknown.stderr.contains("no edition of 財務省 is stored"))
        #expect(unknown.stdout.isEmpty)
    }

    @Test("Arguments that cannot work: exit 64, nothing written", arguments: [
        ["report"], ["report", "--db", "x.sqlite"], ["report", "--org", "総務省", "a.pdf"],
        ["report", "--db", "x.sqlite", "--org", "総務省", "a.pdf"],
    ])
    func usage(_ arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
    }
}
