/// A cursor over raw PDF bytes reading the few tokens the cross-reference check needs:
/// unsigned integers, keywords, whitespace. Never traps: past the end it returns nil.
///
/// It reads the bytes where they are (a memory-mapped file), never a copy: a PDF can be large.
/// Valid only while the buffer is.
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// PDF whitespace: NUL, tab, line feed, form feed, carriage return, space.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0 || byte == 9 || byte == 10 || byte == 12 || byte == 13 || byte == 32
    }

    mutating func skipWhitespace() {
        while position < bytes.count && Self.isWhitespace(bytes[position]) { position += 1 }
    }

    /// The next byte, consumed.
    mutating func next() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    /// An unsigned integer after optional whitespace; nil (and the cursor unmoved past the
    /// whitespace) when there is none or it has more than 15 digits.
    mutating func integer() -> Int? {
        skipWhitespace()
        var value = 0
        var digits = 0
        while position < bytes.count, bytes[position] >= 0x30 && bytes[position] <= 0x39 {
            guard digits < 15 else { return nil }
            value = value * 10 + Int(bytes[position] - 0x30)
            digits += 1
            position += 1
        }
        return digits > 0 ? value : nil
    }

    /// Consumes `keyword` after optional whitespace when it comes next.
    mutating func consume(_ keyword: String) -> Bool {
        skipWhitespace()
        let word = Array(keyword.utf8)
        guard position + word.count <= bytes.count,
            bytes[position..<position + word.count].elementsEqual(word)
        else { return false }
        position += word.count
        return true
    }

    /// The first start of `needle` in `from..<before`.
    func find(_ needle: [UInt8], from start: Int, before end: Int) -> Int? {
        guard !needle.isEmpty, end - start >= needle.count else { return nil }
        var index = start
        while index + needle.count <= end {
            if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// The last start of `needle` at or after `start`.
    func findLast(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count - max(start, 0) >= needle.count else { return nil }
        var index = bytes.count - needle.count
        while index >= max(start, 0) {
            if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}
