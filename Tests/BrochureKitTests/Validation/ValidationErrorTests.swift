import BrochureKit
import Testing

/// Where errors are reported and what they say: the part of the validator a person reads.
@Suite("validation errors")
struct ValidationErrorTests {
    static func errors(_ schema: String, _ instance: String) throws -> [ValidationError] {
        try JSONSchema(text: schema).validate(try JSONParser.parse(instance))
    }

    @Test("pointer tokens escape ~ as ~0 and / as ~1", arguments: [
        (["a/b"], "/a~1b"), (["m~n"], "/m~0n"), (["~1"], "/~01"), (["", "0"], "//0"), ([], ""),
    ])
    func pointerEscaping(_ tokens: [String], _ expected: String) {
        let pointer = JSONPointer(tokens: tokens)
        #expect(pointer.description == expected)
        #expect(JSONPointer(parsing: expected)?.tokens == tokens)
    }

    @Test func pointerResolvesInDocument() throws {
        let doc = try JSONParser.parse(#"{"a/b": [10, {"m~n": true}]}"#)
        #expect(JSONPointer(parsing: "/a~1b/1/m~0n")?.resolve(in: doc) == .bool(true))
        #expect(JSONPointer(parsing: "/a~1b/01")?.resolve(in: doc) == nil)  // no leading zeros
        #expect(JSONPointer(parsing: "a") == nil)
    }

    @Test func additionalPropertyIsReportedAtItsEscapedPath() throws {
        let errors = try Self.errors(#"{"properties": {"a": {"additionalProperties": false, "properties": {"x": {}}}}}"#,
                                     #"{"a": {"x": 1, "p/q~r": 2}}"#)
        #expect(errors.count == 1)
        #expect(errors.first?.instancePath.description == "/a/p~1q~0r")
        #expect(errors.first?.schemaPath.description == "/properties/a/additionalProperties")
        #expect(errors.first?.message == #"property "p/q~r" is not allowed here (allowed: x)"#)
    }

    @Test func nestedArrayPathAndMessages() throws {
        let schema = #"""
            {"type": "object", "required": ["rows"], "properties": {"rows": {"type": "array", "items": {"$ref": "#/$defs/row"}}},
             "$defs": {"row": {"type": "object", "required": ["total"], "properties": {"total": {"type": "object",
                "properties": {"count": {"type": "integer", "minimum": 0}}}}}}}
            """#
        let errors = try Self.errors(schema, #"{"rows": [{"total": {"count": 3}}, {"total": {"count": -1}}, {"total": {"count": 1.5}}, {}]}"#)
        #expect(errors.map(\.description) == [
            "/rows/1/total/count: -1 is less than the minimum 0",
            "/rows/2/total/count: must be an integer, not a number (1.5)",
            #"/rows/3: missing required property "total""#,
        ])
        #expect(errors[0].schemaPath.description == "/$defs/row/properties/total/properties/count/minimum")
    }

    @Test func everyViolationIsReportedInStableOrder() throws {
        let schema = #"{"properties": {"b": {"type": "string"}, "a": {"type": "string"}}, "required": ["c", "d"]}"#
        let errors = try Self.errors(schema, #"{"b": 1, "a": 2}"#)
        #expect(errors.map(\.description) == [
            #"(root): missing required property "c""#,
            #"(root): missing required property "d""#,
            "/a: must be a string, not an integer (2)",
            "/b: must be a string, not an integer (1)",
        ])
    }

    @Test func enumConstAndLengthMessages() throws {
        #expect(try Self.errors(#"{"enum": ["heading", "table"]}"#, #""banner""#).map(\.message)
                == [#""banner" is not one of the allowed values: "heading" or "table""#])
        #expect(try Self.errors(#"{"const": 1}"#, "2").map(\.message) == ["must be 1, not 2"])
        #expect(try Self.errors(#"{"minLength": 2}"#, #""""#).map(\.message) == ["must not be empty (at least 2 characters)"])
        #expect(try Self.errors(#"{"maxItems": 1}"#, "[1, 2]").map(\.message) == ["has 2 items; at most 1 allowed"])
        #expect(try Self.errors(#"{"pattern": "^\\d+$"}"#, #""١٢""#).map(\.message) == [#""١٢" does not match the pattern ^\d+$"#],
                "\\d is ASCII-only, as in ECMA-262")
    }

    @Test func anyOfExplainsEachAlternative() throws {
        let errors = try Self.errors(#"{"anyOf": [{"type": "string"}, {"properties": {"n": {"minimum": 5}}}]}"#, #"{"n": 1}"#)
        #expect(errors.map(\.message) == [
            "matches none of the 2 alternatives (anyOf): (0) must be a string, not an object ({\"n\":1}); (1) at /n: 1 is less than the minimum 5",
        ])
    }

    @Test func ifThenElseAndNotRequired() throws {
        let schema = #"{"if": {"properties": {"kind": {"const": "table"}}}, "then": {"required": ["table"]}, "else": {"not": {"required": ["table"]}}}"#
        #expect(try Self.errors(schema, #"{"kind": "table"}"#).map(\.description) == [#"(root): missing required property "table""#])
        #expect(try Self.errors(schema, #"{"kind": "list", "table": {}}"#).map(\.description) == [#"(root): property "table" is not allowed here"#])
        #expect(try Self.errors(schema, #"{"kind": "list"}"#).isEmpty)
    }

    @Test func falseSchemaAndUniqueItems() throws {
        #expect(try Self.errors(#"{"prefixItems": [true], "items": false}"#, "[1, 2]").map(\.description)
                == ["/1: no value is allowed here (the schema is false)"])
        #expect(try Self.errors(#"{"uniqueItems": true}"#, #"[{"a": 1, "b": 2}, 1, {"b": 2, "a": 1.0}]"#).map(\.message)
                == [#"items 0 and 2 are equal ({"a":1,"b":2}); every item must be different"#])
    }

    @Test("schemas that cannot be used are refused when compiled", arguments: [
        (##"{"$ref": "#/$defs/missing"}"##, ##"$ref "#/$defs/missing" cannot be resolved"##),
        (#"{"$ref": "http://example.com/other.json"}"#, "remote schemas are not fetched"),
        (#"{"minLength": -1}"#, "minLength must be a non-negative integer"),
        (#"{"type": "text"}"#, "type must be one of"),
        (#"{"pattern": "("}"#, "is not a valid regular expression"),
        (#"{"unevaluatedProperties": false}"#, "does not implement unevaluatedProperties"),
    ])
    func unusableSchema(_ text: String, _ expected: String) {
        #expect {
            _ = try JSONSchema(text: text)
        } throws: { error in
            "\(error)".contains(expected)
        }
    }

    @Test func recursionWithoutProgressStops() throws {
        let schema = try JSONSchema(text: ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##)
        #expect(schema.validate(.null).first?.message.contains("refers to itself without end") == true)
    }
}

@Suite("validation concurrency")
struct ValidationConcurrencyTests {
    /// One compiled schema (with patterns) used by many tasks at once gives the same answers.
    @Test func sharedSchemaAgreesAcrossTasks() async throws {
        let schema = try JSONSchema(text: #"{"patternProperties": {"^x": {"pattern": "^\\d{3}$"}}, "additionalProperties": false}"#)
        let good = try JSONParser.parse(#"{"x1": "123", "x2": "456"}"#)
        let bad = try JSONParser.parse(#"{"x1": "12", "y": 1}"#)
        let results = await withTaskGroup(of: (Bool, Int).self) { group in
            for _ in 0..<64 {
                group.addTask { (schema.isValid(good), schema.validate(bad).count) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == (true, 2) })
    }
}
