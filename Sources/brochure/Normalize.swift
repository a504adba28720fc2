import ArgumentParser
import BrochureKit
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Brochure {
    /// Normalises Japanese text from a file or stdin (digits, Latin, katakana, dashes, tildes).
    ///
    /// Failures follow the other commands: one `brochure: …` line on stderr, nothing on stdout,
    /// and the documented exit code (10 unreadable input or unwritable `-o`, 11 not UTF-8,
    /// 17 the normaliser refused the text).
    struct Normalize: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "normalize",
            abstract: "Normalise Japanese text (NFKC digits/Latin, full-width katakana, dashes, tildes) via ICU.",
            discussion: """
                Reads UTF-8 text and writes it normalised. Exit codes: 10 the input is missing or \
                unreadable, or the -o file cannot be written; 11 the input is not UTF-8; 17 the \
                text cannot be normalised (too long, ICU failure).
                """)

        @Argument(help: "Text file to read; stdin when omitted or -.")
        var file: String?

        @Option(name: .shortAndLong, help: "Write here (atomically: replaced only when complete) instead of stdout.")
        var output: String?

        @Flag(help: "Print input MB, seconds and MB/s to stderr (normalisation only, I/O excluded).")
        var timing = false

        func run() throws {
            try reportingFailures {
                let data = try InputFile.read(file ?? "-")
                let name = file ?? "-"
                guard let text = String(validating: data, as: UTF8.self) else {
                    printError("\(name): not UTF-8 text (\(InputFile.firstInvalidUTF8Offset(in: data).map { "invalid byte at offset \($0)" } ?? "invalid"))")
                    throw ExitCode(11)
                }
                let clock = ContinuousClock()
                var result = ""
                let elapsed = try clock.measure { result = try JapaneseTextNormalizer.shared.normalize(text) }
                if timing {
                    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                    let megabytes = Double(data.count) / 1_000_000
                    FileHandle.standardError.write(Data(String(format: "swift-icu %.1f MB %.3f s %.1f MB/s\n",
                                                               megabytes, seconds, megabytes / seconds).utf8))
                }
                if let output {
                    try writeOutputFile(Data(result.utf8), to: output)
                } else {
                    try writeStandardOutput(result)
                }
            }
        }
    }
}
