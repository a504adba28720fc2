import ArgumentParser
import BrochureKit
import BrochureStore

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
    } catch let error as DiffError {
        printError(error.errorDescription ?? "\(error)")
        throw ExitCode(error.exitCode)
    } catch let error as StoreError {
        printError(error.errorDescription ?? "\(error)")
        throw ExitCode(error.exitCode)
    } catch let error as InspectionError {
        printError(error.errorDescription ?? "\(error)")
        throw ExitCode(error.exitCode)
    } catch let error as NormalizationError {
        printError(error.errorDescription ?? "\(error)")
        throw ExitCode(17)
    } catch let exit as ExitCode {
        throw exit
    } catch {
        // Anything else is a bug in BrochureKit: one line, and the exit code for bugs.
        printError("internal error: \(error); please report it with the input")
        throw ExitCode(3)
    }
}

func printError(_ message: String) {
    writeAll("brochure: \(message)\n", to: 2)
}

/// Writes the whole output at once, so a failure never leaves half a document on stdout;
/// a write that fails (a full disk, a closed pipe) is exit 10 with one line on stderr.
func writeStandardOutput(_ text: String) throws {
    Watchdog.disarm()
    if let failure = writeAll(text, to: 1) {
        printError("the output cannot be written (\(failure))")
        throw ExitCode(10)
    }
}

/// Writes text rendered a piece (a page) at a time, in chunks of about 64 KB: output as
/// long as the document (`text`: about 1 MB on 400 pages) is then never held whole, which a
/// growing string does in up to twice its size, the largest share of `text`'s peak once its
/// pages are kept as text (BENCHMARKS.md, seventeenth session). Rendering cannot fail, so as
/// with `writeStandardOutput(_:)` only a failed write leaves part of the output written.
func writeStandardOutput<Pieces: Sequence>(_ pieces: Pieces, render: (Pieces.Element, inout String) -> Void) throws {
    Watchdog.disarm()
    let chunk = 1 << 16
    var buffer = ""
    buffer.reserveCapacity(2 * chunk)
    func flush() throws {
        if let failure = writeAll(buffer, to: 1) {
            printError("the output cannot be written (\(failure))")
            throw ExitCode(10)
        }
        buffer.removeAll(keepingCapacity: true)
    }
    for piece in pieces {
        render(piece, &buffer)
        if buffer.utf8.count >= chunk { try flush() }
    }
    if !buffer.isEmpty { try flush() }
}

/// Writes everything or returns why not.
@discardableResult
private func writeAll(_ text: String, to descriptor: Int32) -> String? {
    DescriptorWriter.writeAll(text, to: descriptor)
}
