#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why a PDF could not be read, each with its own exit code so scripts can tell them apart.
public enum ExtractionError: LocalizedError, Equatable, Sendable {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    case emptyFile(path: String)
    case notPDF(path: String, looksLike: String)
    case damaged(path: String, reason: String)
    case passwordRequired(path: String)
    case wrongPassword(path: String)
    case noTextLayer(path: String, pageCount: Int)
    case pageOutOfRange(path: String, page: Int, pageCount: Int)
    /// More pages than `ExtractionLimits.maxPages` (`--max-pages`).
    case tooManyPages(path: String, pageCount: Int, limit: Int)
    /// A page with more glyphs than `ExtractionLimits.maxGlyphsPerPage` (`--max-glyphs-per-page`).
    case tooManyGlyphs(path: String, page: Int, glyphCount: Int, limit: Int)
    /// Still working after `ExtractionLimits.timeLimit` seconds (`--time-limit`).
    case timeLimitExceeded(path: String, seconds: Double)

    public var errorDescription: String? {
        switch self {
        case .fileNotFound(let path):
            return "\(path): no such file"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read (\(reason))"
        case .emptyFile(let path):
            return "\(path): the file is empty (0 bytes); the download may have failed"
        case .notPDF(let path, let looksLike):
            return "\(path): not a PDF (no %PDF header; it looks like \(looksLike))"
        case .damaged(let path, let reason):
            return "\(path): the PDF is damaged beyond repair (\(reason))"
        case .passwordRequired(let path):
            return "\(path): the PDF is encrypted; give its password with --password"
        case .wrongPassword(let path):
            return "\(path): the password given with --password is wrong for this encrypted PDF"
        case .noTextLayer(let path, let pageCount):
            return "\(path): no text layer in \(pageCount) page\(pageCount == 1 ? "" : "s") (an image-only scan?); BrochureKit does not OCR"
        case .pageOutOfRange(let path, let page, let pageCount):
            return "\(path): page \(page) does not exist (the document has \(pageCount) page\(pageCount == 1 ? "" : "s"))"
        case .tooManyPages(let path, let pageCount, let limit):
            return "\(path): \(pageCount) pages, more than the page limit of \(limit) (raise it with --max-pages N, 0 for no limit)"
        case .tooManyGlyphs(let path, let page, let glyphCount, let limit):
            return "\(path): page \(page) has \(glyphCount) glyphs, more than the limit of \(limit) per page (raise it with --max-glyphs-per-page N, 0 for no limit)"
        case .timeLimitExceeded(let path, let seconds):
            return "\(path): not finished within the time limit of \(ExtractionLimits.describe(seconds: seconds)) (raise it with --time-limit SECONDS, 0 for no limit)"
        }
    }

    /// The process exit code documented in the README.
    public var exitCode: Int32 {
        switch self {
        case .fileNotFound, .unreadable: return 10
        case .emptyFile, .notPDF: return 11
        case .damaged: return 12
        case .passwordRequired: return 13
        case .wrongPassword: return 14
        case .noTextLayer: return 15
        case .pageOutOfRange: return 16
        case .tooManyPages, .tooManyGlyphs: return 19
        case .timeLimitExceeded: return 23
        }
    }
}
