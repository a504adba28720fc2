/// One of N deterministic parts of an archive, so several machines can share it unplanned.
///
/// An input belongs to shard K when a stable hash of its path relative to the archive
/// (FNV-1a, 64 bits; not Swift's per-process seeded `hashValue`) is K-1 modulo N. Every
/// machine that lists the same archive computes the same split, and the N shards together
/// hold every input exactly once.
public struct BatchShard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based, as job schedulers number array tasks (`--shard 1/4` … `--shard 4/4`).
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws(BatchError) {
        guard count >= 1, (1...count).contains(index) else { throw .badShard("\(index)/\(count)") }
        self.index = index
        self.count = count
    }

    /// Reads `K/N`, e.g. `2/8`.
    public init(parsing text: String) throws(BatchError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { throw .badShard(text) }
        try self.init(index: k, count: n)
    }

    public static let whole = try! BatchShard(index: 1, count: 1)

    public func contains(relativePath: String) -> Bool {
        count == 1 || Int(Self.fnv1a(relativePath) % UInt64(count)) == index - 1
    }

    public var description: String { "\(index)/\(count)" }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
