import BrochureKit
import Testing

/// The parser keeps what JSON Schema needs (integers vs decimals, true vs 1) and says where a
/// broken document breaks.
@Suite("JSON parser")
struct JSONParserTests {
    @Test func numbersCompareByValue() throws {
        #expect(try JSONParser.parse("1") == JSONParser.parse("1.0"))
        #expect(try JSONParser.parse("1") == JSONParser.parse("1e0"))
        #expect(try JSONParser.parse("true") != JSONParser.parse("1"))
        #expect(try JSONParser.parse("9007199254740993") != JSONParser.parse("9007199254740992"))
        #expect(try JSONParser.parse("1.0").typeName == "integer")
        #expect(try JSONParser.parse("1.5").typeName == "number")
        #expect(try JSONParser.parse(#"{"a": 1, "b": [2]}"#) == JSONParser.parse(#"{"b": [2.0], "a": 1}"#))
    }

    @Test("Numbers near 2^63 compare exactly, and equal numbers hash alike")
    func numbersAtTheEdgeOfInt64() throws {
        let max = try JSONParser.parse("9223372036854775807")  // Int64.max, an integer
        let beyond = try JSONParser.parse("9223372036854775808")  // 2^63, only a double
        #expect(max != beyond)
        #expect(try JSONParser.parse("9200000000000000000") == JSONParser.parse("9.2e18"))
        #expect(try Set([JSONParser.parse("9200000000000000000"), JSONParser.parse("9.2e18")]).count == 1)
        guard case .number(let m) = max, case .number(let b) = beyond, case .number(let half) = try JSONParser.parse("0.5"),
            case .number(let one) = try JSONParser.parse("1")
        else {
            Issue.record("numbers did not parse as numbers")
            return
        }
        #expect(m < b && !(b < m))
        #expect(half < one && !(one < half))
    }

    @Test func stringsWithEscapes() throws {
        #expect(try JSONParser.parse(#""a\"\\\/\n\u00e9\ud83d\ude00""#) == .string("a\"\\/\né😀"))
        #expect(try JSONParser.parse(#""\u0065\u0301""#) != .string("é"), "code points, not canonical equivalence")
    }

    @Test("broken documents", arguments: [
        ("", 1, 1, "the file is empty"),
        ("{\"a\": 1,}", 1, 9, "trailing comma before '}'"),
        ("[1 2]", 1, 4, "expected ',' or ']' in an array, found '2'"),
        ("{\"a\":\n  01}", 2, 3, "a number cannot have a leading zero"),
        ("\"abc", 1, 1, "the string that starts here is never closed"),
        ("\"\\ud800\"", 1, 2, "a lone high surrogate"),
        ("True", 1, 1, "true, false and null are lower case"),
        ("{} x", 1, 4, "unexpected 'x' after the end of the document"),
    ])
    func brokenDocument(_ text: String, _ line: Int, _ column: Int, _ reason: String) {
        #expect {
            _ = try JSONParser.parse(text)
        } throws: { error in
            guard let error = error as? JSONParseError else { return false }
            return error.line == line && error.column == column && error.reason.contains(reason)
        }
    }

    @Test func notUTF8() {
        #expect(throws: JSONParseError.self) { _ = try JSONParser.parse([0x22, 0xFF, 0x22]) }
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { _ = try JSONParser.parse(deep) }
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(throws: Never.self) { _ = try JSONParser.parse(fine) }
    }
}
