/// How one worker process ended.
public enum WorkerOutcome: Sendable, Equatable {
    /// It exited by itself; `message` is its last stderr line without the `brochure: ` prefix.
    case exited(code: Int32, message: String?)
    /// A signal it did not ask for: a crash inside the PDF library, or the kernel's OOM killer.
    case crashed(signal: Int32)
    /// It ran past the time limit and was killed.
    case timedOut(seconds: Double)
    /// The batch was stopped (SIGINT/SIGTERM) while it ran: not the input's fault, not recorded.
    case interrupted

    /// The sentence recorded in the manifest for a failure.
    var errorMessage: String? {
        switch self {
        case .exited(0, _): nil
        case .exited(let code, let message): message ?? "the worker exited with code \(code)"
        case .crashed(let signal): "the worker crashed (signal \(signal)\(Self.signalName(signal).map { ", \($0)" } ?? ""))"
        case .timedOut(let seconds): "time limit of \(Self.format(seconds)) s exceeded (--timeout)"
        case .interrupted: "interrupted"
        }
    }

    static func signalName(_ signal: Int32) -> String? {
        switch signal {
        case 4: "SIGILL"
        case 5: "SIGTRAP"
        case 6: "SIGABRT"
        case 7: "SIGBUS"
        case 8: "SIGFPE"
        case 9: "SIGKILL"
        case 11: "SIGSEGV"
        default: nil
        }
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
