import Crypto

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The SHA-256 of an input, for `source.sha256`: what ties an extraction to the exact file.
///
/// Through swift-crypto (BoringSSL's SHA-256, with the CPU's SHA instructions where it has
/// them) rather than GLib's portable C: on a 4.8 MB, 220-page document GLib's took 257 M
/// instructions, 3.8% of the whole `extract`, for a value that never changes the output.
enum Checksum {
    static func sha256(_ bytes: UnsafeRawBufferPointer) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The file's digest, read in 64 KiB pieces; nil when it cannot be read.
    ///
    /// Not through a memory map: the pages of a mapped file count in the process's resident
    /// memory, and `batch` hashes its own 96 MB executable (the tool build) and every PDF. Nor
    /// in larger pieces: `extract` hashes beside its parts' parsing, where a 1 MiB buffer was
    /// a megabyte on its peak, and 64 KiB reads cost no measurable time (BENCHMARKS.md,
    /// thirty-third session).
    static func sha256(file path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { break }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<n])) }
        }
        return hex(hasher.finalize())
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
