#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why `brochure inspect` could not write its picture (reading the PDF fails with `ExtractionError`).
public enum InspectionError: LocalizedError, Equatable, Sendable {
    case cannotDraw(reason: String)
    case cannotWrite(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .cannotDraw(let reason):
            return "the page cannot be drawn (\(reason)); try a smaller --scale"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot be written (\(reason))"
        }
    }

    /// 10 like every other output that cannot be written; 3 when cairo fails (a bug or no memory).
    public var exitCode: Int32 {
        switch self {
        case .cannotDraw: return 3
        case .cannotWrite: return 10
        }
    }
}
