#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole buffers to a file descriptor, retrying short writes and interruptions.
///
/// Every output of the tool (stdout, stderr lines, manifest records) goes through here, so a
/// line is handed to the kernel in as few calls as possible and a failure is reported, not lost.
public enum DescriptorWriter {
    /// Writes everything, or returns the system's reason why not.
    @discardableResult
    public static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
        var offset = 0
        while offset < buffer.count {
            let n = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return String(cString: strerror(errno)) }
            offset += n
        }
        return nil
    }

    @discardableResult
    public static func writeAll(_ text: String, to descriptor: Int32) -> String? {
        var text = text
        return text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    }
}
