import CICUShim

/// The one place where BrochureKit calls ICU (through the CICUShim C target).
///
/// Every C resource lives in a final class that frees it in `deinit`; results are
/// copied into Swift values before the C buffer is released. Which wrappers may be
/// shared across threads is stated on each one (see NORMALIZER.md, "Thread safety").
enum ICU {
    /// ICU's version, e.g. "72.1".
    static let version: String = {
        var buffer = [CChar](repeating: 0, count: 32)
        _ = bk_icu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()

    /// Turns an ICU status into a thrown error naming the failed operation.
    static func check(_ status: Int32, _ operation: String) throws(NormalizationError) {
        if status > 0 {
            throw .icuFailure(operation: operation, code: String(cString: bk_icu_error_name(status)))
        }
    }

    static func utf16(_ text: String) -> [UInt16] { Array(text.utf16) }

    /// The longest text (UTF-8 bytes or UTF-16 units) handed to the shim in one call. The shim
    /// uses ICU's `int32_t` lengths and may need four times the input while transforming, so
    /// anything longer is refused up front instead of trapping on `Int32(count)`.
    static let maximumTextLength = Int(Int32.max / 4) - 64

    /// Throws `.textTooLong` when `count` (of `text`) exceeds `maximumTextLength`.
    static func checkLength(_ count: Int, byteCount: @autoclosure () -> Int) throws(NormalizationError) {
        if count > maximumTextLength { throw .textTooLong(byteCount: byteCount(), limit: maximumTextLength) }
    }
}

/// The text-normalisation chain without a transliterator: a filtered NFKC, frozen sets, and
/// the dash and wave rules applied in C to NFKC's output.
///
/// Shared by all threads: after opening, nothing in it is mutated. Frozen `USet`s and
/// `Normalizer2` are documented thread-safe. Opening no transliterator keeps ICU's
/// process-wide transliterator registry (built when the first one is opened: about 140 million
/// instructions, a third of a small `extract`) out of every process, and ICU's global
/// transliteration lock out of concurrent callers.
final class ICUTextNormalizer: @unchecked Sendable {
    private let handle: OpaquePointer

    init(nfkcFilter: String, dashes: String, waves: String) throws(NormalizationError) {
        let filter16 = ICU.utf16(nfkcFilter), dashes16 = ICU.utf16(dashes), waves16 = ICU.utf16(waves)
        var status: Int32 = 0
        let handle = bk_text_normalizer_open(filter16, Int32(filter16.count), dashes16, Int32(dashes16.count),
                                             waves16, Int32(waves16.count), &status)
        try ICU.check(status, "open the text normaliser")
        guard let handle else { throw .icuFailure(operation: "open the text normaliser", code: "no result") }
        self.handle = handle
    }

    deinit { bk_text_normalizer_close(handle) }

    /// Fast path: unchanged runs are copied as UTF-8, only the rest is converted.
    func normalize(_ text: String) throws(NormalizationError) -> String {
        try ICU.checkLength(text.utf8.count, byteCount: text.utf8.count)
        var text = text
        // Most texts a parser asks about need nothing changed: the text itself is then the
        // answer, without the copy out of C and the new string's validation (about half the
        // cost of a call, and every cell and line of a document is asked).
        let stable = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { bk_text_stable_span_utf8(handle, $0.baseAddress, Int32($0.count)) }
        }
        if Int(stable) == text.utf8.count { return text }
        var status: Int32 = 0
        var length: Int32 = 0
        let result: UnsafeMutablePointer<CChar>? = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                bk_text_normalize_utf8(handle, chars.baseAddress, Int32(chars.count), &length, &status)
            }
        }
        try ICU.check(status, "normalise text")
        guard let result else { throw .icuFailure(operation: "normalise text", code: "no result") }
        defer { bk_free(result) }
        return result.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            String(decoding: UnsafeBufferPointer(start: $0, count: Int(length)), as: UTF8.self)
        }
    }
}

/// The whole chain as one ICU transliterator: the reference that `ICUTextNormalizer` is tested
/// against, opened only when first used (see there for why).
///
/// Shared by all threads: `utrans_transUChars` takes a const transliterator, and ICU
/// serialises rule-based transliteration behind its own global mutex.
final class ICUTransliterator: @unchecked Sendable {
    private let handle: OpaquePointer

    init(rules: String) throws(NormalizationError) {
        let rules16 = ICU.utf16(rules)
        var line: Int32 = 0, offset: Int32 = 0, status: Int32 = 0
        let handle = bk_transliterator_open(rules16, Int32(rules16.count), &line, &offset, &status)
        guard let handle, status <= 0 else {
            throw .invalidRules(line: Int(line), offset: Int(offset),
                                code: String(cString: bk_icu_error_name(status)))
        }
        self.handle = handle
    }

    deinit { bk_transliterator_close(handle) }

    /// The whole text through the transliterator chain.
    func transliterate(_ text: String) throws(NormalizationError) -> String {
        try ICU.checkLength(text.utf16.count, byteCount: text.utf8.count)
        let source = ICU.utf16(text)
        var status: Int32 = 0
        var length: Int32 = 0
        let result = bk_text_transliterate(handle, source, Int32(source.count), &length, &status)
        try ICU.check(status, "transliterate text")
        guard let result else { throw .icuFailure(operation: "transliterate text", code: "no result") }
        defer { bk_free(result) }
        return String(decoding: UnsafeBufferPointer(start: result, count: Int(length)), as: UTF16.self)
    }
}

/// Fields ICU read from a Japanese-calendar date.
struct ICUDateFields: Sendable {
    var era: Int
    var year: Int
    var extendedYear: Int
    var month: Int
    var parsedLength: Int
}

/// A `UDateFormat` in `ja_JP@calendar=japanese` plus its calendar.
///
/// Not thread-safe (parsing mutates the calendar): use through `ICUPool`, which hands
/// each task its own clone.
final class ICUDateParser {
    private let handle: OpaquePointer

    init(pattern: String) throws(NormalizationError) {
        let pattern16 = ICU.utf16(pattern)
        var status: Int32 = 0
        let handle = bk_date_parser_open(pattern16, Int32(pattern16.count), &status)
        try ICU.check(status, "open date format \(pattern)")
        guard let handle else { throw .icuFailure(operation: "open date format \(pattern)", code: "no result") }
        self.handle = handle
    }

    private init(handle: OpaquePointer) { self.handle = handle }

    deinit { bk_date_parser_close(handle) }

    func clone() throws(NormalizationError) -> ICUDateParser {
        var status: Int32 = 0
        let copy = bk_date_parser_clone(handle, &status)
        try ICU.check(status, "clone date format")
        guard let copy else { throw .icuFailure(operation: "clone date format", code: "no result") }
        return ICUDateParser(handle: copy)
    }

    /// Parses from the start of `text`; nil when ICU does not accept it.
    func parse(_ text: String) -> ICUDateFields? {
        let text16 = ICU.utf16(text)
        var fields = bk_date_fields()
        var status: Int32 = 0
        let length = bk_date_parse(handle, text16, Int32(text16.count), &fields, &status)
        guard status <= 0, length > 0 else { return nil }
        return ICUDateFields(era: Int(fields.era), year: Int(fields.year), extendedYear: Int(fields.extendedYear),
                             month: Int(fields.month), parsedLength: Int(length))
    }

    /// The era as this parser's pattern writes it ("G" → 平成, "GGGGG" → H).
    func formatEra(_ era: Int) throws(NormalizationError) -> String {
        var buffer = [UInt16](repeating: 0, count: 32)
        var status: Int32 = 0
        let length = bk_date_parser_format_era(handle, Int32(era), &buffer, Int32(buffer.count), &status)
        try ICU.check(status, "format era \(era)")
        return String(decoding: buffer.prefix(Int(length)), as: UTF16.self)
    }

    static func eraStartYear(_ era: Int) throws(NormalizationError) -> Int {
        var status: Int32 = 0
        let year = bk_japanese_era_start_year(Int32(era), &status)
        try ICU.check(status, "find the start of era \(era)")
        return Int(year)
    }

    static func maximumEra() throws(NormalizationError) -> Int {
        var status: Int32 = 0
        let era = bk_japanese_era_max(&status)
        try ICU.check(status, "count Japanese eras")
        return Int(era)
    }
}

/// ICU's rule-based spell-out number format.
///
/// Not shared across threads (RBNF parsing is not documented thread-safe): pooled.
final class ICUSpellout {
    private let handle: OpaquePointer

    init(locale: String) throws(NormalizationError) {
        var status: Int32 = 0
        let handle = bk_spellout_open(locale, &status)
        try ICU.check(status, "open spell-out format for \(locale)")
        guard let handle else { throw .icuFailure(operation: "open spell-out format", code: "no result") }
        self.handle = handle
    }

    private init(handle: OpaquePointer) { self.handle = handle }

    deinit { bk_spellout_close(handle) }

    func clone() throws(NormalizationError) -> ICUSpellout {
        var status: Int32 = 0
        let copy = bk_spellout_clone(handle, &status)
        try ICU.check(status, "clone spell-out format")
        guard let copy else { throw .icuFailure(operation: "clone spell-out format", code: "no result") }
        return ICUSpellout(handle: copy)
    }

    /// The value and how many UTF-16 units of `text` ICU consumed; nil if none.
    func parse(_ text: String) -> (value: Double, parsedUTF16: Int)? {
        let text16 = ICU.utf16(text)
        var parsed: Int32 = 0
        var status: Int32 = 0
        let value = bk_spellout_parse(handle, text16, Int32(text16.count), &parsed, &status)
        guard status <= 0, parsed > 0 else { return nil }
        return (value, Int(parsed))
    }
}
