import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a command's input with the messages and exit codes the PDF commands use.
///
/// Every command (PDF, text or JSON input) says "no such file", "it is a directory" or the
/// system's reason in the same words, instead of Foundation's or poppler's.
public enum InputFile {
    /// Throws when `path` is missing, a directory, or not readable by this process.
    static func checkReadable(_ path: String) throws(ExtractionError) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .fileNotFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: path, reason: "it is a directory") }
        guard access(path, R_OK) == 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// The bytes of `path`, or of standard input for `-`.
    public static func read(_ path: String) throws(ExtractionError) -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        try checkReadable(path)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
    }

    /// Where UTF-8 decoding first fails, or nil when all of `bytes` is UTF-8: a message can
    /// then point at the byte instead of saying only "not UTF-8".
    public static func firstInvalidUTF8Offset(in bytes: some Sequence<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
