import Testing
@testable import BrochureKit

/// A contact's phone or e-mail set a few ems after its address, on the same line.
@Suite("Contact run lines")
struct ContactRunLinesTests {
    /// Where a run set by `PageBuilder` ends: an em per CJK letter, half an em otherwise.
    private func end(of text: String, x: Double, size: Double) -> Double {
        x + text.unicodeScalars.reduce(0) { $0 + (Script.isCJK($1) ? size : size / 2) }
    }

    /// The contact block of a page: office, address with a run after a gap, e-mail; a heading
    /// and two route lines under it, all ending well left of the run.
    private func contactLines(right: String, gap: Double) -> [String] {
        var b = PageBuilder()
        b.text("お問い合わせ", x: 59, y: 364, size: 11.5)
        b.text("磐城国道事務所総務課", x: 50, y: 384, size: 9.5)
        let address = "〒970-8026 福島県いわき市平字五色町8-1"
        b.text(address, x: 50, y: 399, size: 9)
        b.text(right, x: end(of: address, x: 50, size: 9) + gap * 9, y: 399, size: 9)
        b.text("E-mail iwaki-saiyo@thr.mlit.go.jp", x: 50, y: 413, size: 9)
        b.text("アクセス", x: 59, y: 433, size: 11.5)
        b.text("車で約10分（JR常磐線いわき駅から）", x: 50, y: 453, size: 9)
        b.text("バスで約25分（JR常磐線内郷駅から）", x: 50, y: 467, size: 9)
        return LayoutEngine().layout(b.page()).textLines
    }

    @Test("A phone or e-mail run 1.5 to 3 ems after its address, nothing around, goes on the address's line", arguments: [
        "TEL 0246-21-4372", "電話：0246-21-4372", "E-mail iwaki@thr.mlit.go.jp",
    ])
    func joinsContactRun(_ right: String) {
        let lines = contactLines(right: right, gap: 1.6)
        #expect(lines.contains("〒970-8026 福島県いわき市平字五色町8-1 \(right)"), "\(lines)")
    }

    @Test("Other text, a key without its value, or a gap wider than three ems stays a run of its own", arguments: [
        ("研修制度のご案内はこちら", 1.6), ("TEL 内線のみ", 1.6), ("TEL 0246-21-4372", 3.5),
    ])
    func keepsOtherRunsApart(_ right: String, _ gap: Double) {
        let lines = contactLines(right: right, gap: gap)
        #expect(lines.contains("〒970-8026 福島県いわき市平字五色町8-1"), "\(lines)")
        #expect(lines.contains(right), "\(lines)")
    }

    @Test("Only a contact key before a phone's digits or an address's `@` opens a contact run", arguments: [
        ("TEL 0246-21-4372", true), ("Tel.0246-21-4372", true), ("ＦＡＸ ０２４６－２１－４３７３", true), ("E-mail a@b.jp", true),
        ("メール：saiyo@city.example.jp", true), ("TEL", false), ("Telework 2026", false), ("電話応対研修", false), ("令和8年4月1日", false),
    ])
    func vocabulary(_ run: String, _ opens: Bool) {
        #expect(LineBuilder.opensContact(Array(run.unicodeScalars)) == opens)
    }

    @Test("The phone after the address on its line names no building")
    func phoneIsNoBuilding() {
        let split = AccessParser.splitAddress("〒970-8026 福島県いわき市平字五色町8-1 TEL 0246-21-4372")
        #expect(split.0 == "福島県いわき市平字五色町8-1" && split.1 == nil)
    }
}
