import Testing

@testable import BrochureKit

/// The office and the building set in brackets after it, among other brackets.
@Suite("Contact offices")
struct ContactOfficeTests {
    @Test("The building is the last bracket pair that names one: a pair in the office's name, an extension after, a door inside", arguments: [
        ("事務局参事官（システム担当）（霞が関コモンゲート西館32階）", "事務局参事官(システム担当)", "霞が関コモンゲート西館32階"),
        ("大臣官房人事課（中央合同庁舎5号館10階）（内線7034）", "大臣官房人事課", "中央合同庁舎5号館10階"),
        ("大臣官房秘書課（農林水産省本館4階（ドア番号本415））", "大臣官房秘書課", "農林水産省本館4階(ドア番号本415)"),
        ("長官官房総務課人事係", "長官官房総務課人事係", nil),
    ])
    func officeAndBuilding(_ line: String, _ office: String, _ location: String?) throws {
        let contact = try #require(ContactsParser.contact(
            label: "総合職事務系", lines: [Normalized.text(line), "TEL 03-3581-4111"], page: 1, box: Rect(x0: 0, y0: 0, x1: 10, y1: 10)))
        #expect(contact.office == office && contact.location == location)
    }
}
