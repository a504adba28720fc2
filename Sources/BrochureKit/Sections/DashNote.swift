/// A note saying what a dash in a table's cell stands for: nobody (`うち女性欄の「－」は該当者なし`).
///
/// A dash in a women's cell is read as no figure at all: a plan not yet split by sex prints
/// one too (`女性の内数は未定のため「－」としています`). Only where a note says the dash means
/// nobody is it a count of none.
enum DashNote {
    /// Whether `line` says a dash means none: it quotes a dash (`「－」`) and says 該当なし /
    /// 該当者なし.
    static func saysNone(_ line: String) -> Bool {
        // (Cheap test first: most lines of a section name no 該当.)
        guard line.contains("該当") else { return false }
        let text = Array(Normalized.compact(line))
        guard text.count >= 3, String(text).contains("該当者なし") || String(text).contains("該当なし") else { return false }
        return (1..<(text.count - 1)).contains { i in
            dashes.contains(text[i]) && "「『\"(".contains(text[i - 1]) && "」』\")".contains(text[i + 1])
        }
    }

    /// Dashes as printed and as normalised (`－` → `-`).
    private static let dashes: Set<Character> = ["-", "－", "‐", "‑", "‒", "–", "—", "―", "−", "ー"]
}
