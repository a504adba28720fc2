import ArgumentParser
import BrochureKit
import Foundation

extension Brochure {
    /// Normalises Japanese text from a file or stdin (digits, Latin, katakana, dashes, tildes).
    struct Normalize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Normalise Japanese text (NFKC digits/Latin, full-width katakana, dashes, tildes) via ICU."
        )

        @Argument(help: "Text file to read; stdin when omitted.")
        var file: String?

        @Option(name: .shortAndLong, help: "Write here instead of stdout.")
        var output: String?

        @Flag(help: "Print input MB, seconds and MB/s to stderr (normalisation only, I/O excluded).")
        var timing = false

        func run() throws {
            let data: Data
            do {
                data = try file.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
                    ?? FileHandle.standardInput.readDataToEndOfFile()
            } catch {
                printError("\(file ?? "-"): cannot be read (\(error.localizedDescription))")
                throw ExitCode(10)
            }
            let text = String(decoding: data, as: UTF8.self)
            let clock = ContinuousClock()
            var result = ""
            let elapsed = try clock.measure { result = try JapaneseTextNormalizer.shared.normalize(text) }
            if timing {
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                let megabytes = Double(data.count) / 1_000_000
                FileHandle.standardError.write(Data(String(format: "swift-icu %.1f MB %.3f s %.1f MB/s\n",
                                                           megabytes, seconds, megabytes / seconds).utf8))
            }
            let bytes = Data(result.utf8)
            if let output {
                try bytes.write(to: URL(fileURLWithPath: output), options: .atomic)
            } else {
                FileHandle.standardOutput.write(bytes)
            }
        }
    }
}
