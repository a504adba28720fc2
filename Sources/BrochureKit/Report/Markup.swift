import Foundation

/// Escaping and number formatting for the report's HTML and SVG, written by hand: the report
/// is a few hundred lines of markup, not worth a template engine.
enum Markup {
    /// Text or an attribute value, safe inside `"…"` or between tags.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The link to a figure's page in its PDF, which a reader keeps beside the report.
    static func pageLink(_ source: ReportData.Source) -> String {
        escape(percentEncoded(source.file) + "#page=\(source.page)")
    }

    /// A file name as a relative URL (spaces and non-ASCII encoded; `#` and `?` too, which
    /// would otherwise end the path).
    static func percentEncoded(_ name: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "#?;:")
        return name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name
    }

    /// The opening tag of a chart: its size in CSS pixels, an id for tests and links, and a
    /// label for screen readers.
    static func svgOpen(id: String, width: Double, height: Double, label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"\(id)\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
            + "width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"\(escape(label))\">\n"
    }

    /// A coordinate with at most one decimal, so the SVG stays short.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// `49（17）` as the brochures print a count with its women, `49` when they are not given.
    static func count(_ value: CountWithWomen) -> String {
        value.women.map { "\(value.count)（\($0)）" } ?? "\(value.count)"
    }

    /// `37.5%`.
    static func percent(_ share: Double) -> String {
        number(share * 100) + "%"
    }
}
