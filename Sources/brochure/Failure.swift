import ArgumentParser
import BrochureKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a command body, turning library errors into one stderr line and a documented exit code.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExtractionError {
        printError(error.errorDescription ?? "\(error)")
        throw ExitCode(error.exitCode)
    } catch let error as NormalizationError {
        printError(error.errorDescription ?? "\(error)")
        throw ExitCode(17)
    }
}

func printError(_ message: String) {
    writeAll("brochure: \(message)\n", to: 2)
}

/// Writes the whole output at once, so a failure never leaves half a document on stdout.
func writeStandardOutput(_ text: String) {
    writeAll(text, to: 1)
}

private func writeAll(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let n = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }
}
