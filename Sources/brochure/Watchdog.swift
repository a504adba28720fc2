import BrochureKit
import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ends the process when a command is still reading its PDF after `--time-limit` seconds.
///
/// The library checks the time between pages, but a hostile file can keep poppler inside one
/// call (rebuilding a huge cross-reference table, decoding one enormous stream) where nothing
/// can be checked. A timer on another thread then prints the same one-line error the library
/// would have thrown and exits with its code (23). It is disarmed before any output is
/// written, so it never cuts an output short: nothing is written, or all of it.
enum Watchdog {
    /// True while armed; the timer and `disarm()` take it in turn, so exactly one of them wins.
    private static let armed = Mutex(false)

    /// Starts the clock for `seconds` (none for 0); `path` names the input in the message.
    static func arm(seconds: Double, path: String) {
        guard seconds > 0 else { return }
        let error = ExtractionError.timeLimitExceeded(path: path, seconds: seconds)
        let line = "brochure: \(error.errorDescription ?? "time limit exceeded")\n"
        let code = error.exitCode
        armed.withLock { $0 = true }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
            armed.withLock { isArmed in
                guard isArmed else { return }
                DescriptorWriter.writeAll(line, to: 2)
                _exit(code)
            }
        }
    }

    /// Stops the clock: the command has its result and is about to write it.
    static func disarm() {
        armed.withLock { $0 = false }
    }
}
