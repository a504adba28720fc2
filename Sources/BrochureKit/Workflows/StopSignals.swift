import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT and SIGTERM into a call to `stop`, once, instead of killing the process.
///
/// A long job stopped by ^C or by a scheduler's SIGTERM then kills its workers, finishes its
/// bookkeeping and reports what is left, rather than dying between a rename and its record.
public final class StopSignals: @unchecked Sendable {
    private let lock = NSLock()
    private var sources: [DispatchSourceSignal] = []
    private var signal: Int32?

    /// The first stop signal received, if any.
    public var received: Int32? { lock.withLock { signal } }

    public init(_ signals: [Int32] = [SIGINT, SIGTERM], stop: @escaping @Sendable () -> Void) {
        let queue = DispatchQueue(label: "brochure.stop-signals")
        for number in signals {
            Glibc.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [weak self] in
                guard let self else { return }
                lock.withLock { if signal == nil { signal = number } }
                stop()
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
