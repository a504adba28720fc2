#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open PDF, read one page at a time so memory does not grow with the page count.
///
/// Not shared between threads: poppler documents are not thread-safe. Open one per worker.
public final class PDFDocument {
    private let handle: PopplerDocumentHandle
    /// The name used in error messages: the path, or `-` for standard input.
    public let displayName: String
    public let info: DocumentInfo
    /// SHA-256 of the file's bytes, hex. For a file, computed on first use: `text` and `layout`
    /// never ask, and hashing was 7% of `brochure text` on a small brochure.
    public var sha256: String {
        if let digest { return digest }
        let value = path.flatMap(Checksum.sha256(file:)) ?? ""
        digest = value
        return value
    }
    private var digest: String?
    /// The file hashed on first use; nil for a document read from bytes (hashed when opened).
    private var path: String?
    /// How to open the same document again for another thread.
    private var origin: Origin = .memory

    private enum Origin {
        case file(path: String, password: String?)
        /// In memory without a password: poppler reads the handle's bytes.
        case memory
        /// In memory with a password: spooled to a file to open, spooled again to reopen.
        case spooled(bytes: [UInt8], password: String)
    }
    /// What is wrong with the file but did not stop poppler (a rebuilt cross-reference table).
    public internal(set) var warnings: [ExtractionWarning] = []
    /// Set by `enforce(_:)` (ExtractionLimits.swift); checked by `page(_:)`.
    var limits = ExtractionLimits.none
    var deadline: ContinuousClock.Instant?

    /// Opens a file, or standard input when `path` is `-`.
    public convenience init(path: String, password: String? = nil) throws(ExtractionError) {
        if path == "-" {
            try self.init(bytes: try Self.readStandardInput(), displayName: "-", password: password)
            return
        }
        try InputFile.checkReadable(path)
        let header = try Self.readHeader(path)
        try Self.checkHeader(header, displayName: path)
        try self.init(opening: PopplerDocumentHandle.open(path: path, password: password), displayName: path, password: password)
        self.path = path
        origin = .file(path: path, password: password)
        warnings = XrefCheck.warning(forFile: path).map { [$0] } ?? []
    }

    /// Opens a PDF held in memory.
    public convenience init(bytes: [UInt8], displayName: String, password: String? = nil) throws(ExtractionError) {
        try Self.checkHeader(bytes.prefix(1024), displayName: displayName)
        guard let password else {
            let opened = PopplerDocumentHandle.open(bytes: PopplerDocumentHandle.copyBytes(bytes))
            try self.init(opening: opened, displayName: displayName, password: nil)
            digest = bytes.withUnsafeBytes(Checksum.sha256)
            warnings = bytes.withUnsafeBytes(XrefCheck.warning(for:)).map { [$0] } ?? []
            return
        }
        // poppler-glib crashes on a wrong password for in-memory input; a file is safe.
        let spool = try Self.spool(bytes, displayName: displayName)
        defer { unlink(spool) }
        try self.init(opening: PopplerDocumentHandle.open(path: spool, password: password), displayName: displayName, password: password)
        digest = bytes.withUnsafeBytes(Checksum.sha256)
        origin = .spooled(bytes: bytes, password: password)
        warnings = bytes.withUnsafeBytes(XrefCheck.warning(for:)).map { [$0] } ?? []
    }

    private init(handle: PopplerDocumentHandle, like other: PDFDocument) {
        self.handle = handle
        displayName = other.displayName
        info = other.info
        path = other.path
        digest = other.digest
        origin = other.origin
        warnings = other.warnings
        limits = other.limits
        deadline = other.deadline
    }

    /// The same document opened again, for another thread: poppler documents are not shared
    /// between threads, but one per thread lets pages be read in parallel. It keeps this one's
    /// limits and deadline, and is not checked again (header, cross-reference table).
    public func reopened() throws(ExtractionError) -> PDFDocument {
        let opened: Result<PopplerDocumentHandle, PopplerDocumentHandle.OpenFailure>
        switch origin {
        case .file(let path, let password):
            opened = PopplerDocumentHandle.open(path: path, password: password)
        case .memory:
            opened = handle.reopenBytes()
        case .spooled(let bytes, let password):
            let spool = try Self.spool(bytes, displayName: displayName)
            defer { unlink(spool) }
            opened = PopplerDocumentHandle.open(path: spool, password: password)
        }
        guard case .success(let handle) = opened else {
            throw .damaged(path: displayName, reason: "it could not be opened a second time")
        }
        return PDFDocument(handle: handle, like: self)
    }

    private init(
        opening result: Result<PopplerDocumentHandle, PopplerDocumentHandle.OpenFailure>, displayName: String,
        password: String?
    ) throws(ExtractionError) {
        switch result {
        case .success(let handle):
            self.handle = handle
        case .failure(.encrypted):
            throw password == nil ? .passwordRequired(path: displayName) : .wrongPassword(path: displayName)
        case .failure(.damaged(let reason)):
            throw .damaged(path: displayName, reason: reason)
        }
        self.displayName = displayName
        self.info = handle.info
    }

    /// Writes bytes to a private temporary file (mode 0600) and returns its path.
    private static func spool(_ bytes: [UInt8], displayName: String) throws(ExtractionError) -> String {
        let directory = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(directory)/brochure-XXXXXX.pdf".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard fd >= 0 else { throw .unreadable(path: displayName, reason: "cannot create a temporary file") }
        defer { close(fd) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else {
                unlink(path)
                throw .unreadable(path: displayName, reason: "cannot write a temporary file")
            }
            offset += n
        }
        return path
    }

    public var pageCount: Int { info.pageCount }

    /// The glyphs of page `number` (1-based).
    public func page(_ number: Int) throws(ExtractionError) -> Page {
        guard number >= 1 && number <= pageCount else {
            throw .pageOutOfRange(path: displayName, page: number, pageCount: pageCount)
        }
        return try withinLimits(handle.page(at: number - 1))
    }

    /// Draws page `number` (1-based) into `canvas`, scaled to its size.
    func render(_ number: Int, into canvas: CairoCanvas) throws(ExtractionError) {
        guard number >= 1 && number <= pageCount else {
            throw .pageOutOfRange(path: displayName, page: number, pageCount: pageCount)
        }
        canvas.drawing { handle.render(pageAt: number - 1, into: $0) }
    }

    // MARK: - Input checks that give better messages than poppler's

    private static func readHeader(_ path: String) throws(ExtractionError) -> ArraySlice<UInt8> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1024)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 1024) }
        guard n >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        return buffer[0..<n]
    }

    static func checkHeader(_ header: ArraySlice<UInt8>, displayName: String) throws(ExtractionError) {
        if header.isEmpty { throw .emptyFile(path: displayName) }
        // The PDF spec allows junk before %PDF; poppler searches the first 1 KiB, so do we.
        let marker: [UInt8] = Array("%PDF-".utf8)
        let bytes = Array(header)
        // A ZIP or an image may hold "%PDF-" in its first KiB (a zipped PDF's name or data).
        if !bytes.starts(with: marker), let other = FileSignature.otherFormat(bytes) {
            throw .notPDF(path: displayName, looksLike: other)
        }
        if bytes.count >= marker.count {
            for start in 0...(bytes.count - marker.count) where bytes[start..<start + marker.count].elementsEqual(marker) {
                return
            }
        }
        throw .notPDF(path: displayName, looksLike: FileSignature.describe(bytes))
    }

    private static func readStandardInput() throws(ExtractionError) -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, 1 << 16) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw .unreadable(path: "-", reason: String(cString: strerror(errno))) }
            if n == 0 { break }
            result.append(contentsOf: buffer[0..<n])
        }
        return result
    }
}
