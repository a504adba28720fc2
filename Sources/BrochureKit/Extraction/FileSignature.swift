/// Names common non-PDF files by their first bytes, so "not a PDF" says what it is instead.
enum FileSignature {
    static func describe(_ bytes: [UInt8]) -> String {
        if let known = otherFormat(bytes) { return known }
        let text = String(decoding: bytes.prefix(256), as: UTF8.self).lowercased()
        if text.contains("<html") || text.contains("<!doctype html") { return "an HTML page" }
        if text.contains("<?xml") { return "an XML file" }
        let printable = bytes.prefix(256).allSatisfy { $0 == 9 || $0 == 10 || $0 == 13 || ($0 >= 0x20 && $0 < 0x7F) || $0 >= 0x80 }
        return printable ? "a text file" : "binary data of an unknown kind"
    }

    /// The name of a binary format recognised by its magic number, or nil: such a file is not
    /// a PDF even when "%PDF-" occurs in its first KiB (a zipped PDF, say).
    static func otherFormat(_ bytes: [UInt8]) -> String? {
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "a PNG image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive (or an Office document)" }
        if starts([0x1F, 0x8B]) { return "a gzip archive" }
        if starts([0xD0, 0xCF, 0x11, 0xE0]) { return "an old Microsoft Office document" }
        if starts(Array("GIF8".utf8)) { return "a GIF image" }
        return nil
    }
}
