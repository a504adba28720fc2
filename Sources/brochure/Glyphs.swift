import ArgumentParser
import BrochureKit

extension Brochure {
    struct Glyphs: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "glyphs",
            abstract: "Print every glyph as TSV (page, char, x0, y0, x1, y1, size, font): a debugging aid.",
            shouldDisplay: false)

        @OptionGroup var input: InputOptions

        func run() throws {
            try reportingFailures {
                let document = try input.open()
                let pages = input.page.map { [$0] } ?? Array(stride(from: 1, through: document.pageCount, by: 1))
                var out = ""
                for number in pages {
                    let page = try document.page(number)
                    for g in page.glyphs {
                        let b = g.box.rounded
                        out += "\(number)\t\(Character(g.scalar))\t\(b.x0)\t\(b.y0)\t\(b.x1)\t\(b.y1)\t\(g.size)\t\(page.fonts[g.font].name)\n"
                    }
                }
                try writeStandardOutput(out)
            }
        }
    }
}
