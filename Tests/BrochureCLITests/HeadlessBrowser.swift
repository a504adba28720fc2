import Foundation
import Testing

/// A Chromium that can take screenshots without a display, when one is installed.
///
/// `.ci/run` installs Debian's `chromium-headless-shell`; elsewhere the browser tests are
/// skipped with a message naming the package. `BROCHURE_BROWSER` picks another binary.
enum HeadlessBrowser {
    static let candidates = ["chromium-headless-shell", "chromium", "chromium-browser", "google-chrome"]

    static let path: String? = {
        if let chosen = ProcessInfo.processInfo.environment["BROCHURE_BROWSER"], !chosen.isEmpty { return chosen }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        for name in candidates {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    static let skipReason: Comment = "no headless Chromium: apt-get install chromium-headless-shell (or set BROCHURE_BROWSER)"

    /// Renders `html` (a file) at `width` × `height` CSS pixels into the PNG at `screenshot`.
    static func screenshot(of html: String, to screenshot: String, width: Int = 900, height: Int = 2400) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "/nonexistent")
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(FileManager.default.temporaryDirectory.appendingPathComponent("brochure-chromium-\(UUID().uuidString)").path)",
            "--window-size=\(width),\(height)", "--screenshot=\(screenshot)", URL(fileURLWithPath: html).absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }
}
