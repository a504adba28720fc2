import Foundation

/// Why a brochure string could not be normalised or read as a value.
///
/// Every case carries the offending text so that a report can point at the exact cell
/// of the brochure, and every message says what shape was expected.
public enum NormalizationError: LocalizedError, Equatable, Sendable {
    /// ICU itself failed (out of memory, missing data); `code` is ICU's error name.
    case icuFailure(operation: String, code: String)
    /// The text is longer than ICU's 32-bit lengths allow; `byteCount` is its UTF-8 size.
    case textTooLong(byteCount: Int, limit: Int)
    /// The transliteration rules did not compile (a bug in BrochureKit, not in the input).
    case invalidRules(line: Int, offset: Int, code: String)
    /// No number, in digits or kanji, could be read.
    case notANumber(String)
    /// A number was read but is too large to represent.
    case numberOutOfRange(String)
    /// No Japanese era (明治…令和, M/T/S/H/R, ㍻, ㋿) was found.
    case unknownEra(String)
    /// An era was found but the year or month cannot exist in it.
    case impossibleEraDate(String, reason: String)
    /// Not a headcount like `55（20）` or `55名（うち女性20名）`.
    case notAHeadcount(String)
    /// More women than people in a headcount.
    case womenExceedTotal(String)
    /// Not a duration like `約１～２年`, `６週間` or `半年～１年程度`.
    case notADuration(String)
    /// Not a Japanese phone number like `03-5253-5069`.
    case notAPhoneNumber(String)
    /// Not an e-mail address.
    case notAnEmailAddress(String)
    /// Not a floor like `７階` or `地下1階`.
    case notAFloor(String)
    /// Not a walking time like `徒歩約３分`.
    case notAWalkingTime(String)
    /// Not a station exit like `A２出口`.
    case notAStationExit(String)

    public var errorDescription: String? {
        switch self {
        case let .icuFailure(operation, code):
            return "ICU could not \(operation) (\(code)). Check that libicu-dev is installed and its data is complete."
        case let .textTooLong(byteCount, limit):
            return "The text is \(byteCount) bytes of UTF-8; at most \(limit) can be normalised at once. Split it (by page or line) and normalise the parts."
        case let .invalidRules(line, offset, code):
            return "The built-in transliteration rules fail to compile at line \(line), offset \(offset) (\(code)); this is a BrochureKit bug, please report it."
        case let .notANumber(text):
            return "No number in “\(text)”: expected digits (５, 22) or kanji numerals (二十二, 二〇二四)."
        case let .numberOutOfRange(text):
            return "The number in “\(text)” is too large."
        case let .unknownEra(text):
            return "No Japanese era date in “\(text)”: expected e.g. 令和6年, 平成31年, 令和元年度, R2 or ㋿6年."
        case let .impossibleEraDate(text, reason):
            return "“\(text)” is not a possible date: \(reason)."
        case let .notAHeadcount(text):
            return "“\(text)” is not a headcount: expected e.g. 55（20）, 55名（うち女性20名）, 55 or － for none."
        case let .womenExceedTotal(text):
            return "“\(text)” counts more women than people; check that the columns were not swapped."
        case let .notADuration(text):
            return "“\(text)” is not a duration: expected e.g. 約１～２年, ６週間, 約１ヶ月, 半年～１年程度 or ６月以内."
        case let .notAPhoneNumber(text):
            return "“\(text)” is not a phone number: expected e.g. 03-5253-5069 (10 or 11 digits)."
        case let .notAnEmailAddress(text):
            return "“\(text)” is not an e-mail address: expected e.g. recruit@example.go.jp."
        case let .notAFloor(text):
            return "“\(text)” is not a floor: expected e.g. ７階, 10階 or 地下1階."
        case let .notAWalkingTime(text):
            return "“\(text)” is not a walking time: expected e.g. 徒歩約３分 or 徒歩10分."
        case let .notAStationExit(text):
            return "“\(text)” is not a station exit: expected e.g. A２出口 or 3番出口."
        }
    }
}
