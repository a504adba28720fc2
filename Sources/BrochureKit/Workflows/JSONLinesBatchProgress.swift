import Foundation

/// One JSON object per finished input on stderr (`--progress json`), for logs and schedulers.
public struct JSONLinesBatchProgress: BatchProgress {
    let descriptor: Int32

    public init(descriptor: Int32 = 2) {
        self.descriptor = descriptor
    }

    public func report(_ event: BatchEvent) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(event) else { return }
        writeLine(String(decoding: data, as: UTF8.self) + "\n", to: descriptor)
    }

    public func finish() {}
}
