import Testing

@testable import BrochureKit

/// The cross-reference check on small hand-made files: a sound one, and each way it breaks.
@Suite("Cross-reference check")
struct XrefCheckTests {
    /// A two-object PDF with a correct table; `shift` moves every entry, `junk` goes first.
    static func pdf(shift: Int = 0, junk: String = "", startxrefDelta: Int = 0, tail: Bool = true) -> [UInt8] {
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (number, body) in ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"].enumerated() {
            offsets.append(text.utf8.count)
            text += "\(number + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 3\n0000000000 65535 f \n"
        for offset in offsets { text += String(repeating: "0", count: 10 - String(offset + shift).count) + "\(offset + shift) 00000 n \n" }
        text += "trailer\n<< /Size 3 /Root 1 0 R >>\n"
        if tail { text += "startxref\n\(xref + startxrefDelta)\n%%EOF\n" }
        return Array((junk + text).utf8)
    }

    @Test func soundTable() {
        #expect(XrefCheck.problem(in: Self.pdf()) == nil)
        // Offsets count from %PDF, which may follow junk.
        #expect(XrefCheck.problem(in: Self.pdf(junk: "garbage before the header\n")) == nil)
    }

    @Test func brokenTables() {
        #expect(XrefCheck.problem(in: Self.pdf(shift: 7)) == "object 1 is not where the table says")
        #expect(XrefCheck.problem(in: Self.pdf(startxrefDelta: 3)) == "startxref does not point at a cross-reference table")
        #expect(XrefCheck.problem(in: Self.pdf(startxrefDelta: 100_000)) == "startxref points past the end of the file")
        #expect(XrefCheck.problem(in: Self.pdf(tail: false))?.hasPrefix("no startxref at the end") == true)
        #expect(XrefCheck.problem(in: Array("%PDF-1.4\nstartxref\n%%EOF\n".utf8)) == "startxref gives no offset")
    }

    @Test func neverTraps() {
        let sound = Self.pdf()
        // Every prefix: the check must answer, never read past the end.
        for length in stride(from: 0, through: sound.count, by: 7) {
            _ = XrefCheck.problem(in: Array(sound.prefix(length)))
        }
        #expect(XrefCheck.problem(in: []) != nil)
    }
}
