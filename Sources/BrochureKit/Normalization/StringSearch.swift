import Foundation

/// Substring search on UTF-8 bytes for the parsers' `contains("…")` and `range(of: "…")`.
///
/// These overloads take a `String` (the literal's default type), so inside BrochureKit they are
/// chosen over Foundation's generic `StringProtocol.contains(_:)` and `range(of:)`, which bridge
/// to `NSString` and cost about a microsecond a call: callgrind put them at 11% of a two-page
/// `extract` (tens of thousands of short keyword tests) against about 1/20 of that here.
///
/// The answers are Foundation's for the text the pipeline sees: UTF-8 is self-synchronising, so
/// a byte match starts and ends on scalar boundaries, and a match is refused unless it also starts
/// and ends on a `Character` boundary (`葛` does not match inside `葛` + a variation selector).
/// Foundation also matches canonically equivalent spellings (`が` against `か` + U+3099); those
/// differ only by combining marks, so a text holding one is searched by Foundation instead.
extension StringProtocol {
    /// Whether `other` occurs in this text.
    func contains(_ other: String) -> Bool {
        range(of: other) != nil
    }

    /// The first occurrence of `other`, or nil; an empty `other` is never found, as in Foundation.
    func range(of other: String) -> Range<String.Index>? {
        var needle = other
        if needle.isEmpty { return nil }
        let searched: Search? = needle.withUTF8 { (pattern) in
            self.utf8.withContiguousStorageIfAvailable { (text) in
                if Self.hasCombiningMark(text) || Self.hasCombiningMark(pattern) { return .ask }
                return Self.byteSearch(pattern, in: text).map(Search.found) ?? .absent
            }
        }
        switch searched {
        case .absent?:
            return nil
        case .found(let bytes)?:
            let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
            let end = utf8.index(start, offsetBy: bytes.count)
            if String.Index(start, within: self) != nil, String.Index(end, within: self) != nil { return start..<end }
            return range(of: other, options: [])
        case .ask?, nil:
            // A combining mark, or storage that is not contiguous UTF-8: Foundation answers.
            return range(of: other, options: [])
        }
    }

    /// The byte offsets of the first match of `pattern` (not empty) in `text`.
    private static func byteSearch(_ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let count = pattern.count
        guard count <= text.count else { return nil }
        let first = pattern[0]
        var index = 0
        let last = text.count - count
        while index <= last {
            if text[index] == first {
                var offset = 1
                while offset < count && text[index + offset] == pattern[offset] { offset += 1 }
                if offset == count { return index..<(index + count) }
            }
            index += 1
        }
        return nil
    }

    /// U+0300–U+036F (lead bytes CC, CD) or the kana voicing marks U+3099, U+309A (E3 82 99/9A).
    private static func hasCombiningMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xCC || byte == 0xCD { return true }
            if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x82,
               bytes[index + 2] == 0x99 || bytes[index + 2] == 0x9A {
                return true
            }
            index += 1
        }
        return false
    }
}

/// What a byte search of `StringSearch` found.
private enum Search {
    case found(Range<Int>)
    case absent
    case ask
}
