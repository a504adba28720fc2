import BrochureKit
import Testing

/// Every test of the official suite's files for the keywords BrochureKit's validator covers.
@Suite("JSON Schema official test suite (draft 2020-12)", .enabled(if: OfficialSuite.isAvailable, OfficialSuite.absentMessage))
struct OfficialSuiteTests {
    @Test("suite case", arguments: OfficialSuite.casesToRun)
    func suiteCase(_ testCase: OfficialSuite.Case) throws {
        let schema: JSONSchema
        do {
            schema = try JSONSchema(testCase.schema)
        } catch {
            Issue.record("schema does not compile: \(error)")
            return
        }
        let errors = schema.validate(testCase.data)
        #expect(errors.isEmpty == testCase.valid, "expected \(testCase.valid ? "valid" : "invalid"); errors: \(errors)")
        #expect(schema.isValid(testCase.data) == testCase.valid, "isValid disagrees with validate")
        if !testCase.valid {
            #expect(errors.allSatisfy { !$0.message.isEmpty })
        }
    }

    @Test("every required file is present and has cases")
    func requiredFilesPresent() {
        for file in OfficialSuite.requiredFiles {
            #expect(OfficialSuite.allCases.contains { $0.file == file && $0.group != "(file missing or unreadable)" }, "\(file).json")
        }
    }

    /// Each skipped case appears here by name with its reason, and must still exist in the suite
    /// (so a renamed case cannot silently leave a stale skip behind).
    @Test("skipped suite case", arguments: OfficialSuite.skipped)
    func skippedCase(_ skip: OfficialSuite.Skip) {
        #expect(OfficialSuite.allCases.contains { $0.file == skip.file && $0.group == skip.group && $0.test == skip.test },
                "listed skip not found in the suite: \(skip)")
    }

    @Test("counts: run + skipped = all")
    func counts() {
        #expect(OfficialSuite.casesToRun.count + OfficialSuite.skipped.count == OfficialSuite.allCases.count)
    }
}
